// One GUM document (amir-zeldes/gum, dep/*.conllu) read as running text, tokens and entity mentions, for
// src/cli/gum-corpus.ts. The text is rebuilt from the tokens: a space after each unless SpaceAfter=No, a
// multi-word token ("Trump's" = "Trump" + "'s") written once with its parts placed inside it, sentences
// joined by a space, or by a newline where a paragraph starts (`# newpar`).

export interface GumToken {
  form: string;
  upos: string;
  xpos: string;
  start: number;
  end: number;
  /** The governor's index in the document's tokens; -1 for a sentence's root. */
  head: number;
  deprel: string;
}

/** A GUM mention (Entity= in MISC): its entity type ("person", "place", …), its chain (the entity id that
 *  all mentions of one referent share) and its first and last token. */
export interface GumMention {
  etype: string;
  chain: string;
  first: number;
  last: number | null;
}

export interface GumDocument {
  text: string;
  tokens: GumToken[];
  mentions: GumMention[];
}

/** The key=value fields of a MISC column ("SpaceAfter=No|Entity=(1-person…)"). */
function miscFields(misc: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const kv of misc && misc !== '_' ? misc.split('|') : []) {
    const eq = kv.indexOf('=');
    if (eq >= 0) out.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return out;
}

export type EntityEvent = { open: string; etype: string } | { close: string };

const ENTITY_OPEN = /^\((\d+)-([a-z]+)-([^-()]*)-([^-()]*)-([^-()]*)-([0-9,]+)-([^-()]*)(?:-([^()]*))?/u;
const ENTITY_CLOSE = /^(\d+)\)/u;

/** The brackets of a token's Entity= field in order: "(12-person-giv:act-1-coref-1-Name)13)" opens and
 *  closes mention 12 on this token, then closes the mention of 13 opened before. */
export function entityEvents(entity: string): EntityEvent[] {
  const out: EntityEvent[] = [];
  let i = 0;
  while (i < entity.length) {
    const rest = entity.slice(i);
    if (rest.startsWith('(')) {
      const m = ENTITY_OPEN.exec(rest);
      if (!m) throw new Error(`bad GUM entity ${entity}`);
      out.push({ open: m[1]!, etype: m[2]! });
      i += m[0].length;
      if (entity[i] === ')') {
        out.push({ close: m[1]! });
        i++;
      }
    } else {
      const m = ENTITY_CLOSE.exec(rest);
      if (m) out.push({ close: m[1]! });
      i += m ? m[0].length : 1;
    }
  }
  return out;
}

/** Where a part of a multi-word token lies in its surface form, from `off` on: its own letters when the
 *  surface goes on with them ("Trump" and "'s" in "Trump's"), else the rest of the surface (a part spelled
 *  otherwise there: "to" in "gonna" = "gon" + "to"). */
export function partSpan(surface: string, off: number, part: string): [number, number] {
  if (surface.slice(off).toLowerCase().startsWith(part.toLowerCase())) return [off, off + part.length];
  return [off, Math.max(surface.length, off)];
}

interface MultiWord {
  a: number;
  b: number;
  form: string;
  spaceAfter: boolean;
  start: number;
  off: number;
}

/** A GUM document's text, tokens (each with its governor) and mentions, read line by line. */
export function readConllu(conllu: string): GumDocument {
  let text = '';
  const tokens: GumToken[] = [];
  const mentions: GumMention[] = [];
  const open = new Map<string, GumMention[]>();
  let [sentenceStart, firstSentence, newpar] = [0, true, false];
  let multi: MultiWord | null = null;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newpar')) newpar ||= !line.startsWith('# newpar_block');
    if (line.startsWith('#') || !line.trim()) continue;
    const cols = line.split('\t');
    const [id, form, , upos, xpos, , head, deprel] = cols as [string, string, string, string, string, string, string, string];
    if (id.includes('.')) continue;
    const misc = miscFields(cols[9]);
    if (id.includes('-')) {
      const [a, b] = id.split('-').map(Number) as [number, number];
      multi = { a, b, form, spaceAfter: misc.get('SpaceAfter') !== 'No', start: 0, off: 0 };
      continue;
    }
    const n = Number(id);
    if (n === 1) {
      if (!firstSentence) text = withSentenceBreak(text, newpar);
      [sentenceStart, firstSentence, newpar] = [tokens.length, false, false];
    }
    let span: [number, number];
    if (multi && multi.a <= n && n <= multi.b) {
      ({ text, span } = writeMultiWordPart(text, multi, n, form));
      if (n === multi.b) multi = null;
    } else {
      span = [text.length, text.length + form.length];
      text += form + (misc.get('SpaceAfter') !== 'No' ? ' ' : '');
    }
    const governor = head === '0' || head === '_' ? -1 : sentenceStart + Number(head) - 1;
    tokens.push({ form, upos, xpos, start: span[0], end: span[1], head: governor, deprel });
    openAndCloseMentions(misc.get('Entity') ?? '', tokens.length - 1, open, mentions);
  }
  return { text: text.trimEnd(), tokens, mentions };
}

/** The text with the break before a new sentence: a newline where a paragraph starts, else a space,
 *  in place of the space the last token left. */
function withSentenceBreak(text: string, newpar: boolean): string {
  const sep = newpar ? '\n' : ' ';
  return /[ \n]$/u.test(text) ? text.slice(0, -1) + sep : text + sep;
}

/** Writes a part of a multi-word token: the whole surface at its first part, then where each part lies in it. */
function writeMultiWordPart(text: string, multi: MultiWord, n: number, form: string): { text: string; span: [number, number] } {
  if (n === multi.a) {
    multi.start = text.length;
    text += multi.form + (multi.spaceAfter ? ' ' : '');
  }
  const [s, e] = partSpan(multi.form, multi.off, form);
  multi.off = e;
  return { text, span: [multi.start + s, multi.start + e] };
}

/** Opens the mentions a token's Entity= field opens (kept by entity id in `open`, listed in `mentions`)
 *  and ends at it the ones it closes. */
function openAndCloseMentions(entity: string, token: number, open: Map<string, GumMention[]>, mentions: GumMention[]): void {
  for (const event of entityEvents(entity)) {
    if ('open' in event) {
      const mention: GumMention = { etype: event.etype, chain: event.open, first: token, last: null };
      open.set(event.open, [...(open.get(event.open) ?? []), mention]);
      mentions.push(mention);
    } else {
      const mention = open.get(event.close)?.pop();
      if (mention) mention.last = token;
    }
  }
}

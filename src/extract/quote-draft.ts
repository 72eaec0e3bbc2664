// A quote as the detection stages find it, before its speaker words are resolved to an entity,
// and the span helpers those stages share.
import type { QuoteKind, Sentence, Span, TextSpan } from './types.js';
import type { SpeakerSurface } from './name-index.js';
import { isFiniteVerb } from './lexicon.js';
import { extended } from './extended.js';
import { spanOf } from './tokens.js';

export interface QuoteDraft extends TextSpan {
  kind: QuoteKind;
  cue: TextSpan | null;
  /** null with `continues` set: the previous quote's speaker goes on */
  speaker: SpeakerSurface | null;
  conjoined: boolean;
  continues: boolean;
  quoted: TextSpan[];
  sentence: number;
  /** what interrupts the content inside start..end: the attribution in “A,” she said, “B.” */
  gaps?: Span[];
  /** a cue that often means something else ("accused", "cited", "called for") with a noun phrase, not a clause, for content */
  phraseOnly?: boolean;
  /** "spoke about the flooding", "criticized the council": a topic or an object for content, no clause */
  topic?: boolean;
  /** "declined to comment", "refused to say whether …": a speech act turned down */
  declined?: boolean;
  /** "plans to cast her ballot": an intention held, no words of the holder's (belief-verbs.ts) */
  intention?: boolean;
  /** "the court" of "The court heard that …": the speaker is who last addressed it */
  heardBy?: TextSpan;
  /** "Holt said the pier would close, according to the Gazette": the content is an attribution a source passes on, its speaker and cue in it */
  relayed?: boolean;
}

const TRAILING = /^[\s,.;:!?…"“”'‘’»«)\]—–-]$/u;
const LEADING = /^[\s,;:—–-]+/u;

/** Where the run of spaces, punctuation and marks closing `body` starts (its length when none).
 *  (Read from the end: a pattern anchored at the end would be tried at every space of the content.) */
function trailingRunStart(body: string): number {
  let start = body.length;
  while (start > 0 && TRAILING.test(body[start - 1]!)) start--;
  return start;
}

/** What stays of the closing run `tail` of `body`: a closing quote mark that closes a mark inside
 *  the content, else nothing. */
function keptOfTail(body: string, tail: string): string {
  if (/[”"’»]/u.test(tail) && /[“"‘«]/u.test(body)) return tail.replace(/[^”"’»]+$/u, '');
  // Archives typed in ASCII close with '' what they opened with ''.
  return tail.includes("''") && body.slice(0, -tail.length).includes("''") ? tail.slice(0, tail.lastIndexOf("''") + 2) : '';
}

export function trimmed(text: string, start: number, end: number): TextSpan | null {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  let body = slice.slice(lead);
  // Keep a closing quote mark that closes a mark inside the content.
  const tailStart = trailingRunStart(body);
  if (tailStart < body.length) body = body.slice(0, tailStart) + keptOfTail(body, body.slice(tailStart));
  // Keep a closing bracket that closes one inside the content: "560 billion baht ($15.5 billion)".
  const open = (body.match(/\(/gu)?.length ?? 0) - (body.match(/\)/gu)?.length ?? 0);
  if (open > 0 && slice.slice(lead + body.length).startsWith(')')) body += ')';
  if (!body.trim()) return null;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

export const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The words inside a quoted passage, and the sentence it stands in. */
export interface QuotedWords {
  text: string;
  sentence: Sentence;
  content: TextSpan;
}

/** The quote of a quoted passage's words: DIRECT, or MIXED when it opens before them (`start`);
 *  `continues`: the speaker of the quote before goes on. */
export function passageQuote(
  w: QuotedWords,
  speaker: SpeakerSurface | null,
  cue: TextSpan | null,
  continues = false,
  end = w.content.end,
  start = w.content.start,
): QuoteDraft {
  return {
    start,
    end,
    text: w.text.slice(start, end),
    kind: start < w.content.start ? 'MIXED' : 'DIRECT',
    cue,
    speaker,
    conjoined: false,
    continues,
    quoted: [{ ...w.content }],
    sentence: w.sentence.index,
  };
}

export function draft(content: TextSpan, cue: TextSpan | null, speaker: SpeakerSurface | null, conjoined: boolean, sentence: Sentence): QuoteDraft {
  return extended(content, { kind: 'INDIRECT' as const, cue, speaker, conjoined, continues: false, quoted: [], sentence: sentence.index });
}

/** Records `gap` (an attribution or other narration between two pieces of one content) on `q`;
 *  a gap of only marks and spaces (“A.” “B.”) interrupts nothing. */
export function addGap(text: string, q: QuoteDraft, gap: Span): void {
  if (gap.end <= gap.start || !/[\p{L}\p{N}]/u.test(text.slice(gap.start, gap.end))) return;
  (q.gaps ??= []).push(gap);
}

/** The span of `start..end` without surrounding white space, or null when blank. */
function spaceTrimmed(text: string, start: number, end: number): TextSpan | null {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  return body ? { start: start + lead, end: start + lead + body.length, text: body } : null;
}

/** A line break before a quote mark: a quotation running on into its next paragraph, which by
 *  convention opens with the mark again (after the mark closing the paragraph before, where one
 *  quote goes on with the next paragraph's quotation); in archives typed in ASCII the mark is ''. */
const REOPENED_PARAGRAPH = /(?:[”"»]|'')?\s*\n\s*(?:[“"‘«]|'')/gu;

/** Whether text[start, end) holds a line break: looked for within the content only, where `indexOf`
 *  from its start would run on to the next break, as far as the text's end in a text of one line. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Breaks between paragraphs of a quotation running over several: each paragraph is a piece. */
function paragraphBreaks(text: string, q: Span): Span[] {
  // (Most contents hold no line break, and the pattern would be tried at every space.)
  if (!hasLineBreak(text, q.start, q.end)) return [];
  const slice = text.slice(q.start, q.end);
  return Array.from(slice.matchAll(REOPENED_PARAGRAPH), (m) => ({ start: q.start + m.index, end: q.start + m.index + m[0].length }));
}

/** "that " opening a content as its complementizer ("said that the plan failed"), not as its
 *  subject ("said that was wrong"): the span opens with it, as PARC and PolNeAR mark contents, but
 *  it is the reporter's word, not the speaker's, so no part holds it. */
function complementizer(text: string, q: Span & { kind?: QuoteKind; gaps?: Span[] }): Span | null {
  // (“That’s why …,” “That plan is dead,”: a quotation's own first word, and no "that" of "That’s".)
  const m = q.kind === 'DIRECT' ? null : /^that(?=[\s,])[\s,]*/iu.exec(text.slice(q.start, q.end));
  if (!m) return null;
  // ("a loss that builders say will …", "That, she said, will …": an attribution right after it
  // interrupts a relative pronoun or a subject, the first piece of what was said.)
  if (q.gaps?.some((g) => g.start >= q.start && g.start <= q.start + m[0].length)) return null;
  const next = /^[\p{L}’']+/u.exec(text.slice(q.start + m[0].length, q.end))?.[0] ?? '';
  return !next || isFiniteVerb(next) ? null : { start: q.start, end: q.start + m[0].length };
}

/** Adverbs within a passive's auxiliaries ("has often been widely criticized"); a negation is not one. */
const ADVERBS = String.raw`(?:\s+(?:\p{Ll}+ly|often|sometimes|also|always|already|once|now|still|long))*`;
/** A form of "be" (after "has", "have" or "had" for "been", after a modal for "be") and any adverbs
 *  closing the words before a passive cue. */
const PASSIVE_AUXILIARY = new RegExp(
  String.raw`(?:\b(?:has|have|had)${ADVERBS}\s+been|\b(?:(?:can|could|may|might|must|shall|should|will|would)${ADVERBS}\s+)?be|\b(?:is|are|was|were|been|being)|[’']s)${ADVERBS}\s+$`,
  'u',
);

/** The cue of a content that holds its own subject: "Tom Reed was charged with fraud", "The trust is
 *  reportedly buying the yard", "The council is expected to approve it". The subject and what is said
 *  of it are the content, as news annotation marks it; the cue between them is the reporter's word,
 *  with the auxiliary of a passive, so no part holds it. A content relayed with its
 *  whole attribution ("…,” Holt said, according to …) keeps it. */
function cueInside(text: string, q: Span & { cue?: TextSpan | null; relayed?: boolean }): Span | null {
  const { cue } = q;
  if (!cue || q.relayed || cue.start <= q.start || cue.end >= q.end) return null;
  // ("is reportedly buying": an adverb cue is the one word out; its auxiliary belongs to the verb after it)
  if (/^\p{L}+ly$/u.test(cue.text)) return { start: cue.start, end: cue.end };
  const auxiliary = PASSIVE_AUXILIARY.exec(text.slice(q.start, cue.start));
  if (!auxiliary || !/ed$|^(?:said|told|known|seen|shown|held|thought)$/u.test(cue.text)) return null;
  // (its preposition stays with what it governs: "Tom Reed … with fraud", as after "by the union")
  return { start: cue.start - auxiliary[0].length, end: cue.end };
}

/** The pieces of a content: start..end without its gaps, paragraph breaks, opening complementizer
 *  and a cue inside it; the whole span when uninterrupted. */
export function partsOf(text: string, q: TextSpan & { gaps?: Span[]; kind?: QuoteKind; cue?: TextSpan | null; relayed?: boolean }): TextSpan[] {
  const opening = complementizer(text, q);
  const inside = cueInside(text, q);
  const gaps = [...(q.gaps ?? []), ...paragraphBreaks(text, q), ...(opening ? [opening] : []), ...(inside ? [inside] : [])]
    .filter((g) => g.start < q.end && g.end > q.start)
    .sort((a, b) => a.start - b.start);
  if (!gaps.length) return [spanOf(q)];
  const parts: TextSpan[] = [];
  let from = q.start;
  for (const g of gaps) {
    const piece = spaceTrimmed(text, from, Math.max(from, g.start));
    if (piece) parts.push(piece);
    from = Math.max(from, g.end);
  }
  const last = spaceTrimmed(text, from, q.end);
  if (last) parts.push(last);
  return parts.length ? parts : [spanOf(q)];
}

/** The words said: the parts joined, without what interrupts them. */
export const saidText = (parts: TextSpan[]) => parts.map((p) => p.text).join(' ');

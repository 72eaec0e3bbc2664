// Quoted passages: paired quote marks of any style (“…”, "…", «…», „…“, ‘…’, ''…''), a passage may run over
// several paragraphs when each opens with a mark and only the last closes. An opening mark that
// never closes is dropped, so it cannot swallow the rest of the article.
import { quotationCueLemma } from './cues.js';
import type { Block, Layout, Span } from './types.js';
import { isLowerCaseWord } from './tokens.js';

export interface QuotedPassage extends Span {
  /** offsets of the content, without the marks */
  inner: Span;
  /** first and last block of the passage */
  firstBlock: number;
  lastBlock: number;
}

// Opening mark → closing mark. Archives typed as plain ASCII use two apostrophes ('' … '').
const CLOSER: Record<string, string> = { "''": "''", '“': '”', '”': '”', '"': '"', '«': '»', '„': '“', '‘': '’', '‹': '›' };

/** The first characters of the marks (an apostrophe for ''): every character of a body is asked
 *  whether it opens a quotation, and most are none of these, so they are passed over at once. */
const MARK_STARTS = new Set(Object.keys(CLOSER).map((mark) => mark.charCodeAt(0)));

/** The opening mark at `i`, if one opens a quotation there. */
function openingAt(text: string, i: number, blockStart: number): string | null {
  if (!MARK_STARTS.has(text.charCodeAt(i))) return null;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const mark = text.startsWith("''", i) ? "''" : text[i]!;
  const after = text[i + mark.length] ?? ' ';
  // A paragraph opening with a closing mark (”Fear. …”) is a misprinted opening one.
  if (mark === '”') return i === blockStart && /\S/u.test(after) ? mark : null;
  if (!(mark in CLOSER) || !/\S/u.test(after)) return null;
  if (mark === '‘' || mark === '"' || mark === "''") return /[\s([{—–\-:;,]/u.test(before) ? mark : null;
  return mark;
}

/** Finds closing marks. Searches in one block go forward, so the last answer for a mark answers
 *  any later search that starts at or before it: a block of opening marks with no closing one is
 *  scanned once, not once per mark. */
class Closers {
  private readonly last = new Map<string, { from: number; to: number; at: number }>();

  constructor(private readonly text: string) {}

  index(from: number, to: number, open: string): number {
    const close = CLOSER[open]!;
    const known = this.last.get(close);
    if (known && known.to === to && known.from <= from && (known.at < 0 || from <= known.at)) return known.at;
    const at = this.scan(from, to, close);
    this.last.set(close, { from, to, at });
    return at;
  }

  private scan(from: number, to: number, close: string): number {
    const { text } = this;
    for (let i = text.indexOf(close, from); i >= 0 && i < to; i = text.indexOf(close, i + 1)) {
      // An apostrophe inside a word ("can’t") is not a closing single quote.
      if ((close === '’' || close === '"' || close === "''") && /\p{L}/u.test(text[i + close.length] ?? ' ')) continue;
      // ''… 'We won,''': three apostrophes close a quotation inside another, the first the inner one.
      return close === "''" && text[i + 2] === "'" ? i + 1 : i;
    }
    return -1;
  }
}

/** A double mark closed by one of the other style (\"…” or “…\"), or misprinted as an opening one
 *  at the paragraph's end (“…“) or before an attribution of its own (“…,“ said Ann Holt): the first
 *  double mark after the opening one, when it closes words (no space before it, no letter after it);
 *  else -1. */
function mismatchedClose(text: string, from: number, to: number, open: string): number {
  if (open !== '"' && open !== '“') return -1;
  let at = from;
  while (at < to && text[at] !== '"' && text[at] !== '“' && text[at] !== '”') at++;
  if (at >= to || /\s/u.test(text[at - 1] ?? ' ') || /\p{L}/u.test(text[at + 1] ?? ' ')) return -1;
  if (text[at] !== '“') return at;
  // Misprinted, it ends the paragraph: only white space may follow (checked up to the first other character).
  let end = at + 1;
  while (end < to && /\s/u.test(text[end]!)) end++;
  return end >= to || attributedAnew(text, at, 1) ? at : -1;
}

const DOUBLE_MARKS = new Set(['"', '“', '”']);

/** A double mark of another style that closes words (“A," she said. "B.”) before the opening mark's
 *  own closer, with a mark opening words again after it: the passage is two, interrupted by their
 *  attribution, not one that takes the attribution in. The first double mark only, so a title quoted
 *  inside (“We read "War and Peace" twice,”) still opens rather than closes. Else -1. */
function closeOfAnotherStyle(text: string, from: number, own: number, open: string): number {
  if (open !== '"' && open !== '“') return -1;
  let at = from;
  while (at < own && !DOUBLE_MARKS.has(text[at]!)) at++;
  if (at >= own || text[at] === CLOSER[open] || /\s/u.test(text[at - 1] ?? ' ') || /\p{L}/u.test(text[at + 1] ?? ' ')) return -1;
  for (let next = at + 1; next < own; next++) {
    if (DOUBLE_MARKS.has(text[next]!) && /\s/u.test(text[next - 1]!) && /\S/u.test(text[next + 1] ?? ' ')) return at;
  }
  return -1;
}

/** The layout's quoted passages, read once for the whole pipeline: the names' rules take the words
 *  opening a quotation from them, the quotes their quotations. */
export function quotedPassagesOf(layout: Layout): QuotedPassage[] {
  let found = passagesRead.get(layout);
  if (!found) {
    found = findQuotedPassages(layout.text, layout.blocks);
    passagesRead.set(layout, found);
  }
  return found;
}
const passagesRead = new WeakMap<Layout, QuotedPassage[]>();

export function findQuotedPassages(text: string, blocks: Block[]): QuotedPassage[] {
  const body = blocks.filter((b) => b.role === 'BODY');
  const scan = new PassageScan(text, body);
  const out: QuotedPassage[] = [];
  // Where scanning goes on in a paragraph that a passage from an earlier one closed in.
  let resumeAt: number | null = null;
  for (let bi = 0; bi < body.length; ) {
    const found = passagesInParagraph(scan, bi, resumeAt ?? body[bi]!.start);
    for (const passage of found.passages) out.push(passage);
    resumeAt = found.resumeAt;
    bi = found.next;
  }
  return out;
}

/** The body's paragraphs, their closing marks, and where a quotation left open in one closes. */
class PassageScan {
  readonly closers: Closers;
  private readonly continued = new Map<string, { end: number; bj: number }>();
  private readonly left = new Map<string, { end: number; stop: boolean; lastMark: number }>();

  constructor(
    readonly text: string,
    readonly body: Block[],
  ) {
    this.closers = new Closers(text);
  }

  /** The end of paragraph `bj - 1` (white space trimmed), whether a stop closes it, and the last
   *  double mark from paragraph `bi`'s start to there that opens no paragraph: read once per paragraph,
   *  however many marks it leaves open. */
  leftOpen(bi: number, bj: number): { end: number; stop: boolean; lastMark: number } {
    const key = `${bi}:${bj}`;
    let found = this.left.get(key);
    if (!found) {
      const { text, body } = this;
      const last = body[bj - 1]!;
      const end = last.start + text.slice(last.start, last.end).trimEnd().length;
      let lastMark = -1;
      for (let b = bj - 1; b >= bi && lastMark < 0; b--) {
        const from = b === bi ? body[b]!.start : body[b]!.start + (/^\s*(?:[“"]|'')/u.exec(text.slice(body[b]!.start, body[b]!.start + 8))?.[0].length ?? 0);
        for (let k = (b === bj - 1 ? end : body[b]!.end) - 1; k >= from; k--) {
          if (DOUBLE_MARKS.has(text[k]!) || (text[k] === "'" && text[k - 1] === "'")) {
            lastMark = k;
            break;
          }
        }
      }
      found = { end, stop: /[.!?…]$/u.test(text.slice(Math.max(0, end - 1), end)), lastMark };
      this.left.set(key, found);
    }
    return found;
  }

  /** Where a quotation left open in paragraph `bi` closes in a later paragraph that opens with its
   *  mark again: its closer (-1 if none) and that paragraph's place in the body. */
  continuation(bi: number, open: string): { end: number; bj: number } {
    const key = `${bi}:${open}`;
    let found = this.continued.get(key);
    if (!found) {
      found = this.scanOn(bi, open);
      this.continued.set(key, found);
    }
    return found;
  }

  private scanOn(bi: number, open: string): { end: number; bj: number } {
    const { text, body } = this;
    let bj = bi + 1;
    while (bj < body.length && text.startsWith(open, body[bj]!.start)) {
      const c = this.closers.index(body[bj]!.start + open.length, body[bj]!.end, open);
      if (c >= 0) return { end: c, bj };
      bj++;
    }
    return { end: -1, bj };
  }
}

/** The passages one paragraph opens from `from` on; a passage running on into a later paragraph
 *  ends the paragraph's scan, which goes on (`next`, `resumeAt`) in the paragraph it closes in. */
interface ParagraphPassages {
  passages: QuotedPassage[];
  resumeAt: number | null;
  next: number;
}

/** The passages paragraph `bi` opens, read from `from`. */
function passagesInParagraph(scan: PassageScan, bi: number, from: number): ParagraphPassages {
  const block = scan.body[bi]!;
  const passages: QuotedPassage[] = [];
  let i = from;
  while (i < block.end) {
    const open = openingAt(scan.text, i, block.start);
    if (!open) {
      i++;
      continue;
    }
    const closed = passageClosedIn(scan, block, i, open);
    if (closed) {
      passages.push(closed);
      i = closed.end;
      continue;
    }
    // Unclosed here: a quotation continues only into paragraphs that open with a mark again.
    const { end, bj } = scan.continuation(bi, open);
    if (end < 0) {
      const unclosed = closedByParagraph(scan, bi, i, open, bj);
      if (unclosed) return { passages: [...passages, unclosed], resumeAt: null, next: bj };
      i++;
      continue;
    }
    const closeLength = CLOSER[open]!.length;
    // “A,” Reed said. “B.¶“C,” he said. “D.”: after narration or an attribution in its own paragraph,
    // a quotation left open ends with its paragraph when the next one's quotation closes before an
    // attribution of its own, words attributed anew. (One opening its paragraph, “A.¶“B,” Reed said,
    // is attributed there, at its end.)
    const narrated = /\S/u.test(scan.text.slice(block.start, i));
    if (narrated && attributedAnew(scan.text, end, closeLength)) {
      const last = scan.body[bj - 1]!;
      const lastEnd = last.start + scan.text.slice(last.start, last.end).trimEnd().length;
      passages.push({ start: i, end: lastEnd, inner: { start: i + open.length, end: lastEnd }, firstBlock: block.index, lastBlock: last.index });
      return { passages, resumeAt: null, next: bj };
    }
    passages.push({ start: i, end: end + closeLength, inner: { start: i + open.length, end }, firstBlock: block.index, lastBlock: scan.body[bj]!.index });
    // The paragraph it closes in goes on after it (“…,” Moss said. “More.”).
    return { passages, resumeAt: end + closeLength, next: bj };
  }
  return { passages, resumeAt: null, next: bi + 1 };
}

/** “A,” Holt said. “B.¶Narration.: a double mark opened after words of its paragraph and left open
 *  to its end (and that of the paragraphs after it that open with it again), the last closing a
 *  sentence, is a quotation whose closing mark was left out: it ends with that paragraph. (Not a
 *  single mark: an apostrophe opens “‘90s” and closes nothing. Nor one opening its paragraph: pasted
 *  articles open each paragraph with a mark and close only the last, if any.) */
function closedByParagraph(scan: PassageScan, bi: number, i: number, open: string, bj: number): QuotedPassage | null {
  const block = scan.body[bi]!;
  if (open !== '"' && open !== '“' && open !== "''") return null;
  let first = block.start;
  while (first < i && /\s/u.test(scan.text[first]!)) first++;
  if (first === i) return null;
  const left = scan.leftOpen(bi, bj);
  // (Another double mark after it but those opening the paragraphs, ‘the plan “reckless“ in a post’,
  // may be its misprinted close.)
  if (!left.stop || left.lastMark >= i + open.length) return null;
  return { start: i, end: left.end, inner: { start: i + open.length, end: left.end }, firstBlock: block.index, lastBlock: scan.body[bj - 1]!.index };
}

/** Whether the quotation closing at `close` breaks off for an attribution of its own: a comma (or
 *  "!" or "?") before the mark, and a speaker of a few words and a verb of speech after it
 *  (“…,” Ann Holt said; “…,” he added), or the verb first (“…,” said Holt). */
function attributedAnew(text: string, close: number, closeLength: number): boolean {
  if (!/[,!?]\s*$/u.test(text.slice(Math.max(0, close - 3), close))) return false;
  const after = /^\s+([^\n,;:!?“”"]{1,60})/u.exec(text.slice(close + closeLength, close + closeLength + 80));
  // (A title's full stop stays with its word: "Mr. Reed said."; the sentence's comes off.)
  const words = after
    ? after[1]!
        .trim()
        .split(/\s+/u)
        .map((w) => (/^\p{Ll}+\.$/u.test(w) ? w.slice(0, -1) : w))
    : [];
  const verb = words.findIndex((w, k) => k <= 4 && isLowerCaseWord(w) && !!quotationCueLemma(w, words[k + 1]));
  // (Before the verb a name or a pronoun: capitalised words, with "the" before a title at most.)
  const speaker = words.slice(0, Math.max(0, verb)).join(' ');
  return verb >= 0 && (!speaker || SPEAKER_BEFORE_VERB.test(speaker));
}
const SPEAKER_BEFORE_VERB = /^(?:he|she|they|we|I|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})$/u;

/** The passage `open` opens at `i` when it closes in the same paragraph: at a double mark of another
 *  style closing words before its own closer, at its own closer, or at a mismatched double mark. */
function passageClosedIn(scan: PassageScan, block: Block, i: number, open: string): QuotedPassage | null {
  const { text } = scan;
  const own = scan.closers.index(i + open.length, block.end, open);
  const early = own >= 0 ? closeOfAnotherStyle(text, i + open.length, own, open) : -1;
  const close = early >= 0 ? early : own >= 0 ? own : mismatchedClose(text, i + open.length, block.end, open);
  if (close < 0) return null;
  const end = close + CLOSER[open]!.length;
  return { start: i, end, inner: { start: i + open.length, end: close }, firstBlock: block.index, lastBlock: block.index };
}

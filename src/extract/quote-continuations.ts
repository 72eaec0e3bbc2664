// Quotation marks later in a paragraph that go on with the quote before them: “…,” X said. “More.”;
// and a quoted sentence right after reported speech.
import { cueLemma } from './cues.js';
import { isInTitleCase } from './lexicon.js';
import { clauseAfterComma } from './acting-person.js';
import { addGap, type QuoteDraft, within } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import { lastEndingBy, spanAt, SpanSet } from './span-index.js';
import type { Layout, Span } from './types.js';

const QUOTED_WORDS = /[“"«]([^”"»]{1,120})[”"»]/u;

/** A quotation that is a sentence of its own, of more than two words, opening right after the
 *  sentence that reports `prev`. */
function quotedSentenceAfter(text: string, layout: Layout, prev: QuoteDraft, p: QuotedPassage): boolean {
  const report = spanAt(layout.sentences, prev.end - 1);
  const reportEnd = report?.end ?? prev.end;
  const words = text.slice(p.inner.start, p.inner.end).trim();
  // Nothing but the report sentence's closing between; no narration after the closing mark (“The Bridge” is a film).
  const follows = /^[\s.!?”"’]*$/u.test(text.slice(reportEnd, p.start)) && /[.!?]["”’]?\s*$/u.test(text.slice(prev.end, p.start));
  const closes = /[.!?…]$/u.test(words) || /^\s*($|[.!?])/u.test(text.slice(p.end, p.end + 2));
  if (!follows || !closes || words.split(/\s+/u).length < 3) return false;
  // ("Asked about the harbour, Holt paused. “…”": a clause of its own after the report narrates who answers.)
  const own = report ? clauseAfterComma(report.text) : null;
  return own === null || report!.start + own < prev.end;
}

/** The quote that quotation marks after `out[i]` go on with: “A,” X said, explaining why Y. “B.”
 *  and “A,” X said, after Z said that Y. “B.” go on with A, not with the reported Y that the
 *  attribution's sentence carries after the cue of A. In its paragraph (`inParagraph`), what was
 *  added goes on, though: in “A,” X said, adding that Y. “B.” the speaker says more, and B is more of
 *  Y (a paragraph of its own, “A,” X said, adding that Y.¶“B.”, still goes on with A). */
function quoteGoingOn(layout: Layout, out: QuoteDraft[], i: number, inParagraph = false): QuoteDraft | undefined {
  const prev = out[i];
  const before = out[i - 1];
  const added = inParagraph && prev?.cue && cueLemma(prev.cue.text) === 'add';
  if (!prev || prev.kind === 'DIRECT' || added || before?.kind !== 'DIRECT' || before.end > prev.start || !before.cue) return prev;
  const sentence = spanAt(layout.sentences, before.end - 1);
  return sentence && prev.start < sentence.end && (prev.cue?.start ?? 0) >= before.cue.start ? before : prev;
}

const OPENING_MARKS = /^[\s“"«]*$/u;

/** The paragraph after the one `prev` ends in, when `next` opens it with double marks (one in single
 *  marks is a title or a quotation of someone else's words) and holds it only ("“B,” he added. “C.”"
 *  attributes its words anew), and the attribution of `prev` stands in the paragraph `prev` ends in. */
function quotationParagraphAfter(text: string, layout: Layout, prev: QuoteDraft, next: QuoteDraft): { block: Span } | null {
  if (!prev.cue || next.gaps?.length || next.kind !== 'DIRECT' || !next.continues) return null;
  const block = spanAt(layout.blocks, prev.end - 1);
  const following = block && layout.blocks[block.index + 1];
  if (!following || !within(prev.cue, block) || spanAt(layout.blocks, next.start) !== following) return null;
  const nextOnly = OPENING_MARKS.test(text.slice(following.start, next.start)) && CLOSING.test(text.slice(next.end, following.end));
  return nextOnly ? { block } : null;
}
const CLOSING = /^[\s”"’».!?…]*$/u;

/** “A,” X said.¶“B.”, “A!” X said.¶“B.”: a quotation whose sentence goes on into its attribution,
 *  or ends in "!" or "?" before it, the attribution closing the paragraph, and a quotation opening
 *  the next paragraph with no attribution of its own: the speaker goes on with the same words, as
 *  one quote in two pieces. */
function afterAttributionParagraph(text: string, layout: Layout, prev: QuoteDraft, next: QuoteDraft): boolean {
  const after = quotationParagraphAfter(text, layout, prev, next);
  if (!after || prev.cue!.start < prev.end) return false;
  // (A quotation closed by a full stop before its attribution is no sentence said on: ‘“The Bridge.” she called it’.)
  if (!/[,!?]['’”"]*$/u.test(prev.text.trimEnd()) && !/^[,!?]/u.test(text.slice(prev.end, prev.end + 1))) return false;
  const sentence = spanAt(layout.sentences, prev.cue!.start);
  // (Quoted words inside narration, ‘calling him “a fraud,” she said as she left’, are no sentence said.)
  if (!sentence || !OPENING_MARKS.test(text.slice(sentence.start, prev.start))) return false;
  // The attribution's sentence is the paragraph's last.
  return !text.slice(sentence.end, after.block.end).trim();
}

/** “A,” X said. “B.”¶“C.”: a quotation interrupted by its attribution closes its paragraph, and the
 *  next paragraph is a quotation with no attribution of its own. */
function afterInterruptedParagraph(text: string, layout: Layout, prev: QuoteDraft, next: QuoteDraft): boolean {
  const after = quotationParagraphAfter(text, layout, prev, next);
  return !!after && prev.kind === 'DIRECT' && prev.cue!.start > prev.start && prev.cue!.start < prev.end && CLOSING.test(text.slice(prev.end, after.block.end));
}

/** `prev` goes on with the quotation `q` after it. */
function goOn(text: string, prev: QuoteDraft, q: QuoteDraft): void {
  addGap(text, prev, { start: prev.end, end: q.start });
  for (const g of q.gaps ?? []) addGap(text, prev, g);
  prev.end = q.end;
  prev.text = text.slice(prev.start, prev.end);
  prev.quoted.push(...q.quoted);
}

/** Quotation marks later in the same paragraph, with no attribution of their own, go on with the quote before. */
export function mergeContinuations(text: string, layout: Layout, quotes: QuoteDraft[], passages: QuotedPassage[]): QuoteDraft[] {
  const out = continuationsJoined(text, layout, quotes);
  passagesGoingOn(text, layout, out, passages);
  // (With the quotations of its paragraph joined, a quote interrupted by its attribution may close it.)
  const joined: QuoteDraft[] = [];
  for (const q of out) {
    const last = joined[joined.length - 1];
    if (last && afterInterruptedParagraph(text, layout, last, q)) goOn(text, last, q);
    else joined.push(q);
  }
  return joined;
}

const blockOf = (layout: Layout, pos: number) => spanAt(layout.blocks, pos)?.index;

/** The quotes with each direct quotation that continues the quote before (in its paragraph, or after
 *  the paragraph of its attribution) joined to it. */
function continuationsJoined(text: string, layout: Layout, quotes: QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    const sameParagraph = last && blockOf(layout, last.end - 1) === blockOf(layout, q.start);
    // (“A,” X said, saying Y.¶“B.”: the quotation before the words the attribution reports goes on.)
    const goingOn = sameParagraph ? last : quoteGoingOn(layout, out, out.length - 1);
    const prev = sameParagraph || (goingOn && afterAttributionParagraph(text, layout, goingOn, q)) ? goingOn : undefined;
    if (prev && (prev.kind === 'DIRECT' || (!sameParagraph && prev.kind === 'MIXED')) && q.kind === 'DIRECT' && q.continues) {
      goOn(text, prev, q);
      continue;
    }
    out.push(q);
  }
  return out;
}

/** Unattributed passages after a quote in the paragraph it ends in (“…,” X said. “More.”) continue
 *  it: each is added to the quote before (in place). */
function passagesGoingOn(text: string, layout: Layout, out: QuoteDraft[], passages: QuotedPassage[]): void {
  const taken = new SpanSet(out);
  // ("“A,” said X. She plans to vote in May. “B.”": an intention is no words of anyone's, and the
  // quotation after it goes on with the words before it.)
  const spoken = out.some((q) => q.intention) ? out.filter((q) => !q.intention) : out;
  for (const p of passages) {
    const last = lastEndingBy(spoken, p.start);
    const prev = quoteGoingOn(layout, spoken, last, true);
    // ("declined to comment on the deal. “It is done.”": words after a comment turned down are no more of it.)
    if (!prev || prev.declined || taken.some(p.inner, () => true)) continue;
    if (blockOf(layout, prev.end - 1) !== blockOf(layout, p.start)) continue;
    // "X said the plan had failed. “We tried everything.”": a quoted sentence right after reported
    // speech goes on with it, as a piece of its own; the quote now carries quoted words.
    if (prev.kind === 'INDIRECT') {
      if (!quotedSentenceAfter(text, layout, prev, p)) continue;
      prev.kind = 'MIXED';
    }
    // Quoted words in the narration between (“…” she said, as Trump went on about “how …” and “…”)
    // mean the later words are quoted from someone else; a title between ("on “Fox and Friends.”") does
    // not, nor do those of a report the attribution carries (“A,” X said after hinting that “Y” could come. “B.”).
    const narration = prev === spoken[last] ? text.slice(prev.end, p.start) : text.slice(spoken[last]!.end, p.start);
    if (quotesOthers(narration) || !joinsPassage(text, prev, p)) continue;
    addPassage(text, prev, p);
  }
}

/** Whether narration holds quoted words of its own, not a title's nor a label's: a name of one or
 *  two words in marks ("one of the “big four” planners") quotes no one's speech, nor does a show's
 *  or a book's title ("on VTV's “This Week with Tom Reyes.”"). */
const quotesOthers = (narration: string) =>
  !!QUOTED_WORDS.exec(narration.replace(/^[”"’'»\s]+/u, ''))
    ?.slice(1)
    .some((w) => /\b\p{Ll}{4,}/u.test(w ?? '') && !isLabel(w ?? '') && !isInTitleCase(w ?? ''));

const isLabel = (words: string) => /^\s*[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+)?\s*$/u.test(words);

/** Quoted words inside narration ("in a box labeled “medical problem,”") continue nothing; a
 *  quotation opening a sentence does, however short (“Neither do I.”). */
function joinsPassage(text: string, prev: QuoteDraft, p: QuotedPassage): boolean {
  const gap = text.slice(prev.end, p.start);
  const opensSentence = /[.!?]\s*$/u.test(gap) || /[.!?][”"’']+\s*$/u.test(text.slice(prev.start, p.start));
  return opensSentence || (p.inner.end - p.inner.start >= 15 && /([:;”"’»—–-]|\b(but|and|or|still|yet|then|also))\s*$/iu.test(gap));
}

/** The passage's words added to the quote before. One quotation interrupted by its attribution spans
 *  the interruption. Reported words, with or without quoted ones (‘called it “a scandal.” “Nobody
 *  asked us.”’), and a quoted sentence after them are two pieces even with only ". “" between them. */
function addPassage(text: string, prev: QuoteDraft, p: QuotedPassage): void {
  if (prev.kind === 'DIRECT') addGap(text, prev, { start: prev.end, end: p.inner.start });
  else (prev.gaps ??= []).push({ start: prev.end, end: p.inner.start });
  prev.end = p.inner.end;
  prev.text = text.slice(prev.start, prev.end);
  prev.quoted.push({ start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) });
}

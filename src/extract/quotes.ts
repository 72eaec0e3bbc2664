// Stage 3: quotes. Reported speech around cues and quoted passages with their attributions, put
// together: a cue whose content is a quotation yields that quotation (DIRECT), reported speech
// carrying quoted words is MIXED, and nothing is reported twice.
import { quotationTailsJoined } from './quotation-tails.js';
import { directSpeech } from './direct-speech.js';
import { embeddedPosts } from './embedded-posts.js';
import { introducedBlock } from './introduced-quotes.js';
import { mergeContinuations } from './quote-continuations.js';
import { overlaps, within, type QuoteDraft } from './quote-draft.js';
import { quotedPassagesOf, type QuotedPassage } from './quote-marks.js';
import { firstStartingAtOrAfter, SpanSet } from './span-index.js';
import { headlineLeadQuotation, headlineQuotation, headlineSignedSpeech, headlineSpeech, transcriptTurns, withHeadlineQuotation } from './labelled-speech.js';
import { reportedSpeech } from './reported-speech.js';
import { beforeHeadlineTeaser, headlineSecondAct } from './headline-teasers.js';
import { newsroomLabelLength, TEASER_LINE } from './newsroom-labels.js';
import { SpeakerFinder } from './speakers.js';
import type { Entity, Layout, Sentence } from './types.js';
import { extended } from './extended.js';
import { cutAtOwnQuotation, cuesOfOpeningQuotations, onlyNarration } from './quotation-narration.js';

export type { QuoteDraft } from './quote-draft.js';

/** A teaser or link line ("READ MORE: …", "WATCH: …") or an all-capitals section label: no speech.
 *  (No lower case is asked first: it fails at a line's first words, two capitals only at its end.) */
export function isLabelLine(line: string): boolean {
  return TEASER_LINE.test(line) || (!/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line) && !/^[“"‘«]/u.test(line.trim()));
}

// "An earlier version of this article said …": in a note on the piece, the piece is no speaker.
const THE_PIECE = /\b(?:this|the|earlier|original) (?:article|story|post|report|piece|version)\b/iu;
const isThePieceItself = (layout: Layout, s: Sentence, q: QuoteDraft) =>
  layout.blocks[s.block]!.role === 'NOTE' && (!q.speaker || THE_PIECE.test(q.speaker.text));

/** Whether the gap of `q` opens right after the marks closing the passage `p`: an attribution set off after it. */
const attributionAfterMark = (q: QuoteDraft, p: QuotedPassage) => !!q.gaps?.some((g) => g.start >= p.inner.end && g.start <= p.end + 1 && g.end < q.end);

export function findQuotes(layout: Layout, entities: Entity[]): QuoteDraft[] {
  const speakers = new SpeakerFinder(layout.text, entities);
  const blocks = speechBlocks(layout, speakers);
  const reported = reportedDrafts(layout, speakers, blocks);
  const direct = directDrafts(layout, speakers, blocks, reported);
  return quotationTailsJoined(layout, mergeContinuations(layout.text, layout, reportedAndDirect(layout, blocks.passages, reported, direct), blocks.passages));
}

/** What the document's blocks hold before any cue is read: label lines (`labels`), transcript turns
 *  by block (and each once, `transcript`), embedded posts by block, and the quoted passages outside labels and transcripts. */
interface SpeechBlocks {
  labels: Set<number>;
  transcriptLines: Map<number, QuoteDraft>;
  transcript: QuoteDraft[];
  posts: Map<number, QuoteDraft>;
  passages: QuotedPassage[];
}

function speechBlocks(layout: Layout, speakers: SpeakerFinder): SpeechBlocks {
  const { text } = layout;
  const labels = new Set(layout.blocks.filter((b) => isLabelLine(b.text)).map((b) => b.index));
  // Transcript lines ("WALLACE: …") are speech as a whole; their sentences need no cue, and a quote
  // mark pasted before each of them does not open one quotation over the whole interview.
  const transcriptLines = transcriptTurns(
    text,
    layout.blocks.filter((b) => !labels.has(b.index)),
    speakers,
  );
  const transcript = [...new Set(transcriptLines.values())];
  // An embedded post's words are its author's, as its signature line gives them.
  const posts = embeddedPosts(text, layout.blocks, speakers);
  const passages = quotedPassagesOf(layout).filter(
    (p) => (p.firstBlock === p.lastBlock || !transcript.some((t) => overlaps(t, p))) && !labels.has(p.firstBlock),
  );
  return { labels, transcriptLines, transcript, posts, passages };
}

/** The speech reported with no quotation of its own needed: the headlines', the transcript's, the
 *  posts', and what the cues of the other sentences report. */
function reportedDrafts(layout: Layout, speakers: SpeakerFinder, { labels, transcriptLines, transcript, posts, passages }: SpeechBlocks): QuoteDraft[] {
  return [
    ...headlineDrafts(layout, labels, speakers, passages),
    ...transcript,
    ...posts.values(),
    ...layout.sentences
      .filter((s) => !transcriptLines.has(s.block) && !posts.has(s.block) && !labels.has(s.block))
      .flatMap((s) => reportedSpeech(layout.text, s, speakers, passages).filter((q) => !isThePieceItself(layout, s, q))),
  ];
}

/** The quotations with their attributions, and block quotations, in order; one a quotation before
 *  already spans is dropped (“A,” he said, “B.” already spans B). */
function directDrafts(
  layout: Layout,
  speakers: SpeakerFinder,
  { labels, transcriptLines, posts, passages }: SpeechBlocks,
  reported: QuoteDraft[],
): QuoteDraft[] {
  const { text } = layout;
  // "Karl Weber added:" closing a paragraph, and the next paragraph without quote marks: a block quotation.
  const blockQuotes = layout.blocks.flatMap((b) =>
    labels.has(b.index) || labels.has(b.index - 1) || transcriptLines.has(b.index) || posts.has(b.index)
      ? []
      : (introducedBlock(text, layout, b, speakers) ?? []),
  );
  const reporting = new Set(reported.map((q) => q.sentence));
  const direct = [...passages.flatMap((p, i) => directSpeech(text, layout, p, passages[i + 1], speakers, (n) => reporting.has(n)) ?? []), ...blockQuotes].sort(
    (a, b) => a.start - b.start,
  );
  const kept: QuoteDraft[] = [];
  for (const d of direct) if (!kept.length || !within(d, kept[kept.length - 1]!)) kept.push(d);
  return kept;
}

/** The reported speech that holds quoted words where it must, and the quotations no reported speech
 *  holds, in order. */
function reportedAndDirect(layout: Layout, passages: QuotedPassage[], reported: QuoteDraft[], direct: QuoteDraft[]): QuoteDraft[] {
  const quotes: QuoteDraft[] = [];
  const directs = new SpanSet(direct);
  const quotingCues = cuesOfOpeningQuotations(layout, direct);
  for (const q of reported) {
    if (q.cue && quotingCues.has(q.cue.start) && q.start >= q.cue.end && onlyNarration(layout.text, q)) continue;
    if (withQuotedWords(layout, q, passages, directs)) quotes.push(q);
  }
  const taken = new SpanSet(quotes);
  const added: QuoteDraft[] = [];
  for (const d of direct) {
    // Already inside reported speech (MIXED), or spanned by the quotation before: not reported again.
    if (taken.some(d, () => true) || added.slice(-3).some((a) => overlaps(a, d))) continue;
    added.push(d);
  }
  return quotes.concat(added).sort((a, b) => a.start - b.start);
}

/** The speech the headlines report: "Trump urges supporters to ...", "Caddell: Voters Are Worried".
 *  ("Interview: ‘…’, says UN chief": the page's label before a colon is no part of the headline's speech.) */
function headlineDrafts(layout: Layout, labels: Set<number>, speakers: SpeakerFinder, passages: QuotedPassage[]): QuoteDraft[] {
  const { text } = layout;
  return layout.blocks
    .filter((b) => b.role === 'TITLE' && !labels.has(b.index))
    .flatMap((b) => {
      const label = newsroomLabelLength(b.text);
      const h: Sentence = extended(b, { start: b.start + label, text: b.text.slice(label), index: -1, block: b.index });
      return (
        headlineSpeech(text, h, speakers) ??
        headlineSignedSpeech(text, h, speakers) ??
        headlineLeadQuotation(text, h, speakers) ??
        orElse(
          reportedSpeech(text, h, speakers, passages).flatMap((q) =>
            [beforeHeadlineTeaser(text, h.text, q), headlineSecondAct(text, h.text, q)].filter((d) => d !== null).map(withHeadlineQuotation),
          ),
          () => headlineQuotation(text, h, speakers) ?? [],
        )
      );
    });
}

/** Fits reported speech `q` (in place) to the quoted passages it holds or ends inside: their words
 *  recorded, its kind DIRECT or MIXED, its span the quotation's where the quotation is the content.
 *  False when a quotation beside its cue, not inside it, decides the span (that draft is dropped). */
function withQuotedWords(layout: Layout, q: QuoteDraft, passages: QuotedPassage[], directs: SpanSet<QuoteDraft>): boolean {
  const { text } = layout;
  // A content ending inside quoted words (‘were “well-paid,” making …’) takes them whole. Passages
  // do not overlap: only the last one opening before the content's end can hold that end.
  const cut = passages[firstStartingAtOrAfter(passages, q.end) - 1];
  let runOn: number | null = null;
  if (cut && cut.inner.start >= q.start && cut.inner.start < q.end && q.end < cut.inner.end) {
    const next = layout.sentences[firstStartingAtOrAfter(layout.sentences, q.end)];
    if (next && next.start < cut.inner.end) runOn = next.start;
    Object.assign(q, { end: cut.inner.end, text: text.slice(q.start, cut.inner.end) });
  }
  cutAtOwnQuotation(text, q, directs);
  const inside: QuotedPassage[] = [];
  for (let i = Math.max(0, firstStartingAtOrAfter(passages, q.start) - 1); i < passages.length && passages[i]!.start < q.end; i++) {
    if (within(passages[i]!.inner, q)) inside.push(passages[i]!);
  }
  // A cue next to a quotation whose words lie inside it: the quotation decides the span.
  if (directs.some(q, (d) => !within(d, q))) return false;
  if (!inside.length) return true;
  q.quoted = inside.map((p) => ({ start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) }));
  // “…,” Holt said, according to the Gazette: the Gazette reports the quotation with its attribution.
  if (q.relayed) {
    q.kind = 'MIXED';
    return true;
  }
  const only = inside.length === 1 ? inside[0]! : null;
  // "X said: “…”": the content is the quotation itself; "X said that “…”" is a reported clause in
  // the speaker's words, from "that" to the closing mark (as news annotation marks it).
  const opening = /^that\s+/iu.exec(q.text)?.[0].length ?? 0;
  // "says, “Don't do it,” until …": a whole utterance opening the content is the content.
  const utterance = only && q.start + opening >= only.start && /[,.!?…]$/u.test(text.slice(only.inner.start, only.inner.end).trimEnd());
  // "“Only you,” she said, would use …": an attribution set off after the quotation, and the sentence
  // going on past it, is a quotation resumed without its marks: a second piece.
  const resumed =
    only && utterance && !opening && attributionAfterMark(q, only)
      ? { kind: 'MIXED' as const, start: only.inner.start, text: text.slice(only.inner.start, q.end) }
      : null;
  if (resumed) Object.assign(q, resumed);
  else if (only && q.start + opening >= only.start && (q.end <= only.end + 1 || utterance)) {
    if (opening > 0) Object.assign(q, { kind: 'MIXED', end: only.end, text: text.slice(q.start, only.end) });
    else Object.assign(q, { kind: 'DIRECT', start: only.inner.start, end: only.inner.end, text: text.slice(only.inner.start, only.inner.end) });
  } else {
    q.kind = 'MIXED';
    // Quoted sentences a mixed quote runs on over are a piece of their own: ‘said the plan was
    // “illegal. We will fight it.”’ is said in two pieces, the mixed sentence and the quoted one.
    if (runOn !== null) (q.gaps ??= []).push({ start: runOn, end: runOn });
  }
  return true;
}

/** `found` when it holds anything, else what `otherwise` finds. */
const orElse = <T>(found: T[], otherwise: () => T[]): T[] => (found.length ? found : otherwise());

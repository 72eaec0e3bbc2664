// Which cue owns which content where a sentence has two cues: for the quotes of a PolNeAR split that match
// gold at overlap 0.3 but not 0.8, those whose cue lies inside the gold content (an inner report taken as
// the main one) and those whose span holds a second gold cue (a content that swallows a second
// attribution), by frame and by whether the other cue is one the extractor reports at all. Then, over
// every predicted quote of each two-cue frame, how gold goes: the share to read before changing a frame.
//   npx tsx src/cli/cue-owners.ts --polnear <checkout> [--split train|dev] [--examples N] [--kind K]
// Counts only; the examples it prints are read from the checkout and never stored.
import { type BratAttribution, bratAttributions } from '../extract/confidence-training.js';
import { DEFAULT_MIN_CONFIDENCE } from '../extract/confidence.js';
import { extract } from '../extract/index.js';
import { matchOneToOne, overlapsBoth, sharedLength, trimmedSpan } from '../extract/scorer-spans.js';
import type { Quote, Span } from '../extract/types.js';
import { listingOptions, polnearArticles } from './polnear-corpus.js';

const opts = listingOptions('cue-owners');

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const note = (kind: string, example: string) => {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = examples.get(kind) ?? [];
  if (list.length < Number(opts.examples)) list.push(example);
  examples.set(kind, list);
};
const within = (at: number, s: Span) => s.start <= at && at < s.end;
/** How much of `inner` lies in `outer`. */
const covered = (inner: Span, outer: Span) => sharedLength(inner, outer) / Math.max(1, inner.end - inner.start);
const cueAt = (at: number, a: BratAttribution) => !!a.cue?.pieces.some((c) => within(at, c));

/** The frame of a cue by the words before it in its sentence. */
function frameBefore(before: string): string {
  if (/\b(who|which|that)\s+((he|she|they|it|we|I|[A-Z][\w’'-]+)\s+)?((also|later|has|had|have|then)\s+)?$/u.test(before))
    return 'a relative or "that" clause ("…, who said …", "which he says …")';
  if (/\b(for|by|in|as|after|before|while|without|about|of)\s+$/iu.test(before)) return 'a gerund after a preposition ("for saying …")';
  if (/(,|\band|\bbut)\s+((also|then|later|again)\s+)?$/u.test(before)) return 'a verb coordinated after "and" or a comma';
  return 'other';
}

/** How gold goes for a predicted quote `p` whose cue stands inside a larger frame: annotated as a quote of
 *  its own, or only inside an outer content, or neither. */
function innerOrOuter(p: Span, cue: Span, gold: Span[]): string {
  if (gold.some((g) => overlapsBoth(g, p, 0.8))) return 'gold: a quote of its own';
  if (gold.some((g) => g.start < cue.start && covered(p, g) > 0.8)) return 'gold: only inside an outer content';
  return 'gold: neither';
}

const show = (text: string, a: number, b: number) => text.slice(Math.max(0, a), Math.min(text.length, b)).replace(/\s+/gu, ' ');
let pairs = 0;
for (const { id, text, annotation } of polnearArticles(opts.polnear, opts.split)) {
  const attributions = bratAttributions(annotation);
  const gold = attributions.map((a) => trimmedSpan(text, a.content));
  const quotes: Quote[] = extract(text).quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE && q.act === 'SPEECH');
  const pred = quotes.map((q) => trimmedSpan(text, q));
  const reported = (a: BratAttribution) => quotes.some((q) => q.cue && cueAt(q.cue.start, a));
  // 1. the pairs matched at 0.3 but not at 0.8
  for (const [gi, pi] of matchOneToOne(gold, pred).entries()) {
    if (pi < 0 || overlapsBoth(gold[gi]!, pred[pi]!, 0.8)) continue;
    pairs++;
    const [g, p, q, a] = [gold[gi]!, pred[pi]!, quotes[pi]!, attributions[gi]!];
    const ex = `${id}@${g.start}\n      gold: ${show(text, g.start, g.end)}\n      pred: ${show(text, p.start, p.end)}`;
    if (q.cue && within(q.cue.start, g) && !cueAt(q.cue.start, a)) {
      const outer = a.cue ? (reported(a) ? 'the outer cue is reported too' : 'the outer cue is no quote of ours') : 'gold has no cue';
      note(`inner cue taken as main: ${frameBefore(text.slice(Math.max(g.start, q.cue.start - 40), q.cue.start))}; ${outer}`, ex);
    }
    const second = attributions.find((b, bi) => bi !== gi && b.cue?.pieces.some((c) => within(c.start, p) && !within(c.start, g)));
    if (second) note(`swallows a second attribution: ${reported(second) ? 'its cue is one of ours' : 'its cue is no quote of ours'}`, ex);
  }
  // 2. every predicted quote of a two-cue frame, and where gold puts it
  for (const [pi, q] of quotes.entries()) {
    if (!q.cue || q.cue.start > q.start) continue;
    const p = pred[pi]!;
    const ex = `${id}@${p.start}\n      ${show(text, q.cue.start - 80, p.end + 20)}`;
    const frame = frameBefore(text.slice(Math.max(0, q.cue.start - 40), q.cue.start));
    const first = quotes.findIndex((o) => o !== q && o.cue && o.cue.end <= o.start && o.end <= q.cue!.start && q.cue!.start - o.end < 25);
    const gap = first >= 0 ? text.slice(quotes[first]!.end, q.cue.start) : '';
    if (first >= 0 && /^["”’']?\s*[,;]?\s*(and|but)?\s*((also|then|later|again)\s+)?$/u.test(gap)) {
      // "X said A and asked B", "…, adding B": one content over both, or two
      const a = pred[first]!;
      const both = { start: a.start, end: p.end };
      const verdict = gold.some((g) => overlapsBoth(g, both, 0.8))
        ? 'gold: one content over both'
        : gold.some((g) => overlapsBoth(g, p, 0.8))
          ? 'gold: two contents'
          : 'gold: other';
      note(
        `FRAME a second cue of the same subject after a content (${/\band\b/u.test(gap) ? 'and' : /\bbut\b/u.test(gap) ? 'but' : 'comma'}) | ${verdict}`,
        ex,
      );
    } else if (frame !== 'other' && !/coordinated/u.test(frame)) note(`FRAME ${frame} | ${innerOrOuter(p, q.cue, gold)}`, ex);
  }
}
console.log(`${opts.split}: ${pairs} pairs matched at 0.3 but not at 0.8`);
for (const frames of [false, true]) {
  console.log(frames ? '\n-- every predicted quote of a two-cue frame, by where gold puts it' : '\n-- the pairs of the two kinds');
  for (const [k, n] of [...counts].filter(([k]) => k.startsWith('FRAME') === frames).sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${String(n).padStart(6)}  ${k.replace(/^FRAME /u, '')}`);
    if (!opts.kind || k.includes(opts.kind)) for (const e of examples.get(k) ?? []) console.log(`    ${e}`);
  }
}

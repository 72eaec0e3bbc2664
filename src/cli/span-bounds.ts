// Where predicted content spans are cut wrongly: for the quotes of a PolNeAR split that match gold at
// overlap 0.3 but not 0.8, how the predicted span differs from gold at each end, sorted into kinds
// ("ends too early: gold goes on into the next sentence", "starts too early: a leading that", ...).
// A pair whose predicted cue is not the gold's (an attribution nested in the gold's content, or the one
// around it) is counted apart, as one kind: its spans differ by which cue owns them, not where they end.
//   npx tsx src/cli/span-bounds.ts --polnear <checkout> [--split train|dev] [--examples N] [--kind K]
// Counts only; the examples it prints are read from the checkout and never stored.
import { toContract } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { bratAttributions } from '../extract/confidence-training.js';
import { matchOneToOne, overlapsBoth, sharedLength, trimmedSpan } from '../extract/scorer-spans.js';
import type { Extraction, Span } from '../extract/types.js';
import { bratGoldQuotes, listingOptions, polnearArticles } from './polnear-corpus.js';

const opts = listingOptions('span-bounds');

const OPEN_MARK = /["“‘']$/u;
const CLOSE_MARK = /^[,.;:!?]?\s?["”’']/u;
/** The kind of a stretch of text that one span has at an end and the other has not; `before` and
 *  `after` are the characters next to the stretch on the side of the shorter span. */
function kindOf(side: 'start' | 'end', extra: 'pred' | 'gold', piece: string, before: string, after: string): string {
  const t = piece.replace(/\s+/gu, ' ').trim();
  const marks = /["“”]|''|``|‘|’(?!\w)/u.test(piece);
  if (side === 'start' && extra === 'pred' && OPEN_MARK.test(before)) return `${extra}: words before an opening quote mark`;
  if (side === 'start' && extra === 'gold' && OPEN_MARK.test(before) && marks) return `${extra}: words before an opening quote mark`;
  if (side === 'start' && extra === 'gold' && marks) return `${extra}: more text with quote marks`;
  if (side === 'end' && extra === 'gold' && CLOSE_MARK.test(after)) return `${extra}: goes on past a closing quote mark`;
  if (side === 'end' && extra === 'pred' && marks) return `${extra}: runs past a closing quote mark`;
  // (not after an abbreviation: "Sept. 11", "Rep. Chris Collins", "U.S. Senate")
  const sentenceBreak = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z]))[.!?]["”’]?\s+["“]?[A-Z]/u.test(piece);
  if (side === 'start') {
    if (/^(that|whether|if)\b/iu.test(t) && t.split(' ').length <= 2) return `${extra}: a leading "${t.toLowerCase()}"`;
    if (/\b(said|says|told|added|according to|argued|noted|wrote|stated)\b/iu.test(t) && !sentenceBreak) return `${extra}: a lead-in with a cue`;
    if (sentenceBreak) return `${extra}: a previous sentence`;
    if (/^[(\u2014\u2013-]|[)]$/u.test(t)) return `${extra}: a parenthetical or dash`;
    if (/^(because|while|as|although|though|when|since|if|after|before|unless)\b/iu.test(t)) return `${extra}: a leading subordinate clause`;
    if (t.split(' ').length <= 2) return `${extra}: 1-2 words`;
    return `${extra}: other`;
  }
  if (/^,?\s*according to\b/iu.test(t)) return `${extra}: an "according to" tail`;
  if (
    /^[,\u2014\u2013-]?\s*["”]?\s*[,]?\s*\S.{0,80}\b(said|says|told|added|wrote|noted|argued|stated|explained)\b/iu.test(t) &&
    t.length < 140 &&
    !/[.!?]\s+\S/u.test(t.replace(/[.!?]$/u, ''))
  )
    return `${extra}: a trailing attribution ("…, he said …")`;
  if (sentenceBreak) return `${extra}: a following sentence`;
  if (/^[,;]?\s*[(\u2014\u2013-]|\)$/u.test(t)) return `${extra}: a parenthetical or dash`;
  if (/^,?\s*(because|while|as|although|though|when|since|if|after|before|unless|until|even as|so that|which|who|where)\b/iu.test(t))
    return `${extra}: a subordinate or relative clause (${/^,?\s*(\w+)/u.exec(t)![1]!.toLowerCase()})`;
  if (/^,?\s*(and|but|or|so)\b/iu.test(t)) return `${extra}: a coordinate clause (and/but/or)`;
  if (/^,\s*\w+ing\b/u.test(t)) return `${extra}: a participle after a comma (", saying …")`;
  if (/^,\s*(an?|the)\s/iu.test(t)) return `${extra}: an apposition after a comma (", a …")`;
  if (/^(in|on|at|to|from|for|with|during|despite|after|before|following|over|about|against|by|through)\b/iu.test(t))
    return `${extra}: a trailing prepositional phrase`;
  if (/^,/u.test(t)) return `${extra}: after a comma, other`;
  if (t.split(' ').length <= 2) return `${extra}: 1-2 words`;
  return `${extra}: other`;
}

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
let pairs = 0;
let otherCue = 0;
let tp3 = 0;
const note = (kind: string, example: string) => {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = examples.get(kind) ?? [];
  if (list.length < Number(opts.examples)) list.push(example);
  examples.set(kind, list);
};
for (const { id, text, annotation } of polnearArticles(opts.polnear, opts.split)) {
  const gold = bratGoldQuotes(annotation, text).map((q) => trimmedSpan(text, q));
  const goldCues = bratAttributions(annotation).map((a) => a.cue?.pieces);
  const extraction = extract(text);
  const quotes = toContract(id, extraction).quotes;
  const pred = quotes.map((q) => trimmedSpan(text, q));
  for (const [gi, pi] of matchOneToOne(gold, pred).entries()) {
    if (pi < 0) continue;
    tp3++;
    const g = gold[gi]!;
    const p = pred[pi]!;
    if (overlapsBoth(p, g, 0.8)) continue;
    pairs++;
    const show = (a: number, b: number) => text.slice(a, b).replace(/\s+/gu, ' ');
    const ex = `${id}@${g.start}\n      gold: ${show(g.start, g.end)}\n      pred: ${show(p.start, p.end)}`;
    if (cuesDiffer(goldCues[gi], cueOf(extraction, quotes[pi]!))) {
      otherCue++;
      note("MAIN another cue than the gold's (a nested or an outer attribution)", ex);
      continue;
    }
    const kinds: string[] = [];
    const near = (a: number, b: number) => text.slice(Math.max(0, a), Math.min(text.length, b));
    if (p.start < g.start) kinds.push(`start ${kindOf('start', 'pred', text.slice(p.start, g.start), near(g.start - 3, g.start), '')}`);
    if (p.start > g.start) kinds.push(`start ${kindOf('start', 'gold', text.slice(g.start, p.start), near(p.start - 3, p.start), '')}`);
    if (p.end > g.end) kinds.push(`end ${kindOf('end', 'pred', text.slice(g.end, p.end), '', near(g.end, g.end + 3))}`);
    if (p.end < g.end) kinds.push(`end ${kindOf('end', 'gold', text.slice(p.end, g.end), '', near(p.end, p.end + 3))}`);
    // the end that loses the most characters is the quote's main kind; both are counted
    for (const k of kinds) note(k, ex);
    const worst = Math.abs(p.start - g.start) >= Math.abs(p.end - g.end) ? kinds[0] : kinds.at(-1);
    note(`MAIN ${worst}`, ex);
  }
}
console.log(`${opts.split}: ${tp3} pairs matched at 0.3, ${pairs} of them not at 0.8, ${otherCue} of these with another cue than the gold's`);
console.log('("pred: X" = the prediction has X that gold has not; "gold: X" = gold has X that the prediction misses)');
for (const main of [true, false]) {
  console.log(main ? '\n-- by the end that is off the most (one kind per quote)' : '\n-- every end that is off');
  for (const [k, n] of [...counts].filter(([k]) => k.startsWith('MAIN') === main).sort((a, b) => b[1] - a[1])) {
    console.log(`${String(n).padStart(6)}  ${k.replace(/^MAIN /u, '')}`);
    if (main && (!opts.kind || k.includes(opts.kind))) for (const e of examples.get(k) ?? []) console.log(`    ${e}`);
  }
}

/** The cue span of the extracted quote a contract quote was made from, if it has one. */
function cueOf(extraction: Extraction, quote: { start: number; end: number; act: string }): Span | undefined {
  const found = extraction.quotes.find((q) => q.start === quote.start && q.end === quote.end && q.act === quote.act);
  return found?.cue ?? undefined;
}

/** Whether both the gold and the prediction have a cue and the two share no character. */
function cuesDiffer(gold: Span[] | undefined, pred: Span | undefined): boolean {
  return !!gold && !!pred && !gold.some((piece) => sharedLength(piece, pred) > 0);
}

// The evaluation scorer's span rules (score.mjs of the shared evaluation), for what must count as it does:
// the confidence model's training labels and the tools that sort the scorer's errors into kinds.
import type { Span } from './types.js';

/** The quote marks the scorer knows. */
export const QUOTE_CHARS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2018\u2019\u201A\u201B\'\u301D\u301E\u300C\u300E\uFF02`';
const EDGE = new Set([...QUOTE_CHARS, ',', '.', ';', ':', '!', '?', '\u2026', '\u2014', '\u2013', '-', '(', ')']);
const trimmedOff = (c: string) => EDGE.has(c) || /\s/u.test(c);

/** A span without the white space, quote marks and punctuation the scorer trims off both ends before it
 *  compares spans; the span as it is when nothing would remain. */
export function trimmedSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && trimmedOff(text[start]!)) start++;
  while (end > start && trimmedOff(text[end - 1]!)) end--;
  return start < end ? { start, end } : span;
}

/** How many characters two spans share. */
export const sharedLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether two spans share at least `threshold` of each (divided as the scorer divides: 0.3 × 10 is not 3). */
export function overlapsBoth(a: Span, b: Span, threshold: number): boolean {
  const shared = sharedLength(a, b);
  return shared > 0 && shared / (a.end - a.start) >= threshold && shared / (b.end - b.start) >= threshold;
}

/** The scorer's one-to-one matching of trimmed spans: the pairs that overlap by `threshold` of both, taken
 *  greedily by Jaccard (ties by gold, then prediction order). For each gold span, its prediction's index or -1. */
export function matchOneToOne(gold: Span[], pred: Span[], threshold = 0.3): number[] {
  const candidates: Array<[number, number, number]> = [];
  for (const [gi, g] of gold.entries())
    for (const [pi, p] of pred.entries()) {
      if (!overlapsBoth(p, g, threshold)) continue;
      const shared = sharedLength(p, g);
      candidates.push([shared / (g.end - g.start + p.end - p.start - shared), gi, pi]);
    }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const matched = gold.map(() => -1);
  const taken = new Set<number>();
  for (const [, gi, pi] of candidates) {
    if (matched[gi]! >= 0 || taken.has(pi)) continue;
    matched[gi] = pi;
    taken.add(pi);
  }
  return matched;
}

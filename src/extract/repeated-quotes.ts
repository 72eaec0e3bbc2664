// "“We will build it,” Ann Holt said, the Velmora Gazette reported": two cues may each report the very same
// words, and two quotes over one span are one quote said once. The surer stays (the first of two as
// sure), the other is kept below the default threshold.
import type { Quote } from './types.js';

/** The most a quote over the same words as a surer one can score: below the default threshold. */
export const REPEATED_CAP = 0.3;

/** The quotes, each one whose span a surer (or as sure and earlier) quote of the same act already has capped at `REPEATED_CAP`. */
export function capRepeated(quotes: Quote[]): Quote[] {
  const first = new Map<string, Quote>();
  for (const q of quotes) {
    const key = `${q.act} ${q.start} ${q.end}`;
    const seen = first.get(key);
    if (!seen) first.set(key, q);
    else if (q.confidence > seen.confidence) {
      first.set(key, q);
      seen.confidence = Math.min(seen.confidence, REPEATED_CAP);
    } else q.confidence = Math.min(q.confidence, REPEATED_CAP);
  }
  return quotes;
}

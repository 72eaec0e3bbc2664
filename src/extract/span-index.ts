// Binary searches over spans sorted by start, so that looking up the sentence, block or mentions at
// a position costs log n instead of a scan of the whole document (extraction stays linear in length).
import type { Span } from './types.js';

/** The index of the first item whose start is ≥ `pos` (items sorted by start), or items.length. */
export function firstStartingAtOrAfter(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span containing `pos` among spans sorted by start that do not overlap, or undefined. */
export function spanAt<T extends Span>(items: readonly T[], pos: number): T | undefined {
  const i = firstStartingAtOrAfter(items, pos + 1) - 1;
  const item = items[i];
  return item && item.start <= pos && pos < item.end ? item : undefined;
}

/** The last of non-overlapping spans sorted by start that ends at or before `pos`, and its index. */
export function lastEndingBy<T extends Span>(items: readonly T[], pos: number): number {
  let i = firstStartingAtOrAfter(items, pos) - 1;
  while (i >= 0 && items[i]!.end > pos) i--;
  return i;
}

/** Spans that may overlap, for asking which of them overlap a given span. */
export class SpanSet<T extends Span> {
  private readonly items: T[];
  /** the greatest end among items[0..i] */
  private readonly reach: number[] = [];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const item of this.items) this.reach.push((reach = Math.max(reach, item.end)));
  }

  /** Whether an item overlapping `span` satisfies `ok`. */
  some(span: Span, ok: (item: T) => boolean): boolean {
    for (let i = firstStartingAtOrAfter(this.items, span.end) - 1; i >= 0 && this.reach[i]! > span.start; i--) {
      const item = this.items[i]!;
      if (item.end > span.start && ok(item)) return true;
    }
    return false;
  }
}

// Which span covers an offset (the speaker searches ask it of the names at nearly every token): the
// spans cut into pieces that do not overlap, sorted by start and searched by halves. One piece per
// span, where a map of every offset held one entry per character of each name: it cost more to fill
// than the lookups it served, and grew with the text's length.
import { spanAt } from './span-index.js';
import type { Span } from './types.js';

interface Piece<T> {
  start: number;
  end: number;
  span: T;
}

/** Spans by the offsets they cover, [start, end) each. Where spans overlap, the one given last covers
 *  the offsets they share, as writing each span's offsets into a map in the order given would. */
export class SpansByOffset<T extends Span> {
  private readonly pieces: Piece<T>[];

  constructor(spans: readonly T[]) {
    this.pieces = piecesOf(spans);
  }

  /** The span covering `offset`, or undefined. */
  get(offset: number): T | undefined {
    return spanAt(this.pieces, offset)?.span;
  }

  has(offset: number): boolean {
    return spanAt(this.pieces, offset) !== undefined;
  }
}

interface Given<T> {
  span: T;
  /** its place in the order given */
  order: number;
}

/** The pieces of `spans` sorted by start: a span alone is one piece, a run of spans overlapping one
 *  another is cut where any of them starts or ends. */
function piecesOf<T extends Span>(spans: readonly T[]): Piece<T>[] {
  const given = spans
    .map((span, order) => ({ span, order }))
    .filter(({ span }) => span.start < span.end)
    .sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  const out: Piece<T>[] = [];
  for (let i = 0; i < given.length; ) {
    let j = i + 1;
    let reach = given[i]!.span.end;
    while (j < given.length && given[j]!.span.start < reach) reach = Math.max(reach, given[j++]!.span.end);
    if (j === i + 1) out.push({ start: given[i]!.span.start, end: given[i]!.span.end, span: given[i]!.span });
    else for (const piece of overlapPieces(given.slice(i, j))) out.push(piece);
    i = j;
  }
  return out;
}

/** Spans overlapping one another cut at every start and end, each piece covered by the last given of
 *  the spans over it, and neighbouring pieces of the same span joined. */
function overlapPieces<T extends Span>(run: Given<T>[]): Piece<T>[] {
  const cuts = [...new Set(run.flatMap(({ span }) => [span.start, span.end]))].sort((a, b) => a - b);
  const out: Piece<T>[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [start, end] = [cuts[k]!, cuts[k + 1]!];
    let top: Given<T> | undefined;
    for (const g of run) if (g.span.start <= start && end <= g.span.end && (!top || g.order > top.order)) top = g;
    if (!top) continue;
    const last = out[out.length - 1];
    if (last && last.span === top.span && last.end === start) last.end = end;
    else out.push({ start, end, span: top.span });
  }
  return out;
}

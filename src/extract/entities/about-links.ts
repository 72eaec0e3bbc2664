// Which entities a span of text refers to.
import type { Entity, Span } from '../types.js';
import { firstStartingAtOrAfter } from '../span-index.js';

/** Ids of the entities referred to inside `span`, in order of their first reference there. */
export function linkAbout(span: Span, entities: Entity[]): string[] {
  return aboutLinker(entities)(span);
}

/** `linkAbout` for many spans over the same entities: the mentions are sorted once, and each span
 *  looks only at the mentions that start inside it. */
export function aboutLinker(entities: Entity[]): (span: Span) => string[] {
  const mentions = entities
    .flatMap((e, order) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, order })))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  return (span) => {
    const ids: string[] = [];
    const seen = new Set<string>();
    for (let i = firstStartingAtOrAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
      const m = mentions[i]!;
      if (m.end > span.end || seen.has(m.id)) continue;
      seen.add(m.id);
      ids.push(m.id);
    }
    return ids;
  };
}

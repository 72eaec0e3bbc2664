// Stage 5: statements, one per body sentence, with the entities each is about.
import type { Entity, Layout, Statement } from './types.js';
import { aboutLinker } from './entities/index.js';

export function findStatements(layout: Layout, entities: Entity[]): Statement[] {
  const about = aboutLinker(entities);
  return layout.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text, index: s.index, about: about(s) }));
}

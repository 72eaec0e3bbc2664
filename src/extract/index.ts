// The extraction pipeline: layout → entities → quotes → attribution → linking. Pure functions,
// no I/O; every offset indexes the text given. `ruleExtractor` is the one interface the rest of
// the application calls, so a model can replace any stage, or the whole, later.
import type { Extraction, Extractor, Quote } from './types.js';
import { layout as layoutOf } from './layout.js';
import { attributeQuotes } from './attribution.js';
import { linkAbout, recognizeEntities } from './entities/index.js';
import { findQuotes } from './quotes.js';
import { findStatements } from './statements.js';

export function extract(text: string): Extraction {
  const layout = layoutOf(text);
  const entities = recognizeEntities(layout);
  const attributed = attributeQuotes(layout, entities, findQuotes(layout, entities));
  const statements = findStatements(layout, entities);
  const quotes: Quote[] = attributed.map((q) => ({
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    speaker: q.resolved,
    cue: q.cue,
    quoted: q.quoted,
    about: linkAbout(q, entities).filter((id) => id !== q.resolved.entityId),
    statements: statements.filter((s) => s.start < q.end && q.start < s.end).map((s) => s.index),
  }));
  return { layout, entities, statements, quotes };
}

export const ruleExtractor: Extractor = { extract };

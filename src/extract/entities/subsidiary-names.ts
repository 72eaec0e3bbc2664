// "Unilever said it would sell its tea unit … Hindustan Unilever, which is 62 percent owned by the
// parent": a firm the story names alone before it names a longer firm ending in that name is another
// (its parent), where the short name is no place nor side ("Borussia Dortmund … Dortmund", "Queens
// Park Rangers … Rangers" keep meaning the side). "Novo Nordisk said … the Novo Nordisk Foundation":
// so is a firm named before the foundation or trust bearing its name. A headline's names come
// before everything and tell nothing of order.
import { lookupLocation } from '../gazetteer.js';
import type { Mention } from '../types.js';
import { key } from './entity-table.js';
import type { TypedCandidate } from './typed-candidates.js';
import { TEAM_WORDS } from './organization-vocabulary.js';

/** Where the story's text first names each organization (lower case). */
export function firstNamedOrganizations(typed: TypedCandidate[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { c, type, headline } of typed) if (type === 'ORGANIZATION' && !headline && !first.has(key(c.text))) first.set(key(c.text), c.start);
  return first;
}

/** Where the first of `mentions` starts (a loop: a long text's mentions are too many to spread as arguments). */
export const firstStart = (mentions: Mention[]) => mentions.reduce((first, m) => Math.min(first, m.start), Number.POSITIVE_INFINITY);

/** Whether the one-word firm `word` the story named before the `longer` name ending in it is another firm. */
export function parentBeforeLonger(word: string, longer: { words: string[]; mentions: Mention[] }, first: Map<string, number>): boolean {
  if (lookupLocation(word) || longer.words.some((w) => TEAM_WORDS.has(key(w)))) return false;
  return (first.get(key(word)) ?? Number.POSITIVE_INFINITY) < firstStart(longer.mentions);
}

/** Bodies a firm or a family endows, which bear its name and are others. */
const ENDOWED = /^(?:foundation|trust|institute|museum)$/u;

/** Whether a firm first met at `shortAt` is another than the endowed `longer` body bearing its name. */
export const endowedAfter = (shortAt: number, longer: { name: string; mentions: Mention[] }) =>
  ENDOWED.test(key(longer.name.split(/\s+/u).pop() ?? '')) && shortAt < firstStart(longer.mentions);

/** "The Trinamool Congress … Trinamool leader … the main opposition Congress party": a body the story
 *  already calls by its own first word alone is not meant by its last word alone, which names another. */
export const calledByFirstWord = (longer: { words: string[]; mentions: Mention[] }) =>
  longer.words.length > 1 && longer.mentions.some((m) => key(m.text) === key(longer.words[0]!));

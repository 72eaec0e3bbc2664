// A country named before other capitalised words is often a modifier, not part of one name: "the U.S.
// Labor Day weekend", "U.S. Roman Catholic bishops", "Venezuela FinMin to speak". The capitalisation rules run them
// together, and the joined name is typed as a whole (a person, or nothing) and the country is lost.
// Such a run is split into the country and the rest, unless the rest is what names of organizations,
// places or events end in ("U.S. Treasury", "Japan Airlines", "U.S. Virgin Islands", "U.S. Open"):
// then the country belongs to the name.
import { lookupLocation } from '../gazetteer.js';
import { isCompanyWord } from '../description-heads.js';
import { isFirstName, isKnownOrganization } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { Token } from '../tokens.js';
import { spanCandidate, type Candidate } from './candidates.js';
import { isNation } from './sport-sides.js';
import { headedAsOrganization } from './organization-words.js';
import { classify } from './classify.js';
import { EVENT_HEADS } from './no-entity-vocabulary.js';
import { GENERATION } from './person-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS, ORGANIZATION_OPENERS } from './organization-vocabulary.js';

const lower = (w: string) => w.toLowerCase().replace(/\.$/u, '');
// Heads of bodies' names in short or desk forms the organization heads leave out ("Taiwan Flour Mills
// Assn", "U.S. Municipal Desk").
const MORE_HEADS = new Set(['assn', 'assoc', 'desk', 'mills', 'works', 'fund', 'trust', 'lines', 'bancorp']);

/** Whether the words after a country may make one name with it: a head of organization, place or
 *  event names, or a single word. */
function joinsCountry(rest: string[]): boolean {
  const last = lower(rest[rest.length - 1]!);
  return (
    ORGANIZATION_HEADS.has(last) ||
    // "Kenya National Commission on Human Rights": a head before its connector.
    headedAsOrganization(rest) ||
    MORE_HEADS.has(last) ||
    EVENT_HEADS.has(last) ||
    LOCATION_HEADS.has(last) ||
    GENERATION.test(last) ||
    ORGANIZATION_OPENERS.has(lower(rest[0]!)) ||
    // "UAE Team Emirates", "Israel Premier Tech" aside: a team named after its sponsor's country.
    (rest.length > 1 && rest[0] === 'Team') ||
    // "Kenya Red Cross": a body the lexicon knows, in a country, is that country's body.
    isKnownOrganization(rest.join(' ')) ||
    // One word after a country names a company or paper ("Bangladesh Lamps", "Hong Kong Standard",
    // "U.S. Treasury"), unless it is a clipped word in mixed case ("Venezuela FinMin").
    (rest.length === 1 && !/\p{Ll}\p{Lu}/u.test(rest[0]!))
  );
}

/** The candidate split where a country opens it, as [from, to) token ranges of its parts (the
 *  country first), or null where it stays whole. */
function countrySplit(c: Candidate, tokens: Token[], at: number): Array<[number, number]> | null {
  const n = c.words.length;
  // "Chad Ogea", "Jordan Hill": a given name is no country.
  if (n < 2 || c.titles.length || isFirstName(c.words[0]!) || lookupLocation(c.text) || isKnownOrganization(c.text)) return null;
  // "The contractor, China Rail Engineering, …", "the company Ghana Cocoa Traders": a name in
  // apposition to a company's word is the company's whole name.
  if (isCompanyWord(c.prev) || (c.prev === ',' && isCompanyWord(c.prevBefore))) return null;
  // Token positions of the candidate's words: a run of name tokens, one per word.
  if (tokens[at + n - 1]?.end !== c.end) return null;
  for (let k = Math.min(3, n - 1); k >= 1; k--) {
    const place = lookupLocation(c.words.slice(0, k).join(' '));
    if (!place || !isNation(place)) continue;
    const rest = c.words.slice(k);
    if (joinsCountry(rest)) return null;
    return [
      [at, at + k],
      [at + k, at + n],
    ];
  }
  return null;
}

/** The candidates with a country split off where it only modifies the words after it; the rest
 *  stays a candidate. */
export function splitCountryModifiers<T extends { c: Candidate; type: EntityType | null }>(
  text: string,
  tokens: Token[],
  candidates: T[],
  make: (c: Candidate, type: EntityType | null) => T,
): T[] {
  const out: T[] = [];
  let i = 0;
  for (const t of candidates) {
    while (i < tokens.length && tokens[i]!.start < t.c.start) i++;
    const parts = tokens[i]?.start === t.c.start ? countrySplit(t.c, tokens, i) : null;
    if (!parts) {
      out.push(t);
      continue;
    }
    const [country, rest] = parts as [[number, number], [number, number]];
    out.push(make(spanCandidate(text, tokens, country[0], country[1]), 'LOCATION'));
    const c = spanCandidate(text, tokens, rest[0], rest[1]);
    out.push(make(c, classify(c)));
  }
  return out;
}

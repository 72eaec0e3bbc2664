// "prints by Dora Kessling and Jurgen Newton", "Ann Holt, Tom Pike and Ilse Marden": a name
// of two words listed beside a person named in full with a given name is a person's too where the model
// makes a body of it, when its first word is a given name or a word the lexicon knows nothing of and
// no word of it heads or opens a body's name. Only neighbouring candidates are compared. A results table's
// rows list so too: "Ann Holt (Canada) vs. Ivo Marek", "70 Ann Holt (Canada), Ivo Marek\n71 …" (only scores,
// ranks, "vs." and a country in brackets between), but for a club or team in brackets or after them.
import { lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, tagsOf } from '../lexicon.js';
import { hasGivenName } from './name-words.js';
import { headedAsOrganization } from './organization-words.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey } from './retype.js';
import { ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { isTitleCaseWord } from '../tokens.js';

const JOINED = /^\s*(?:,\s*)?(?:and\s+|or\s+)?$/u;

/** A person named in full with a given name, untitled or titled. */
const fullPerson = (t: TypedCandidate | undefined) => !!t && t.type === 'PERSON' && t.c.words.length > 1 && hasGivenName(t.c.words);

/** Between two rows of a results table: scores, times, ranks, a country in brackets, "vs." or "beat"
 *  ("Jed Mallory (Velmora) vs. Brad Korvath", "66 Tom Pike\n68 Ann Holt", "2. Ann Holt (Harlow) 44.78\n3. Ivo Marek"). */
const TABLE_ROWS = /^[\s\d.,:;/+*()-]*(?:(?:vs?\.?|beat)\s[\s\d.,:;/+*()-]*)?$/u;
/** A place in brackets after a name in a table: "(Sweden)", "(U.S.)". */
const bracketed = (t: TypedCandidate) => t.c.prev === '(' && t.c.next === ')';

/** Whether `a` and `b` stand in one list: only a comma, "and" or "or" between them, or (`rows`) only
 *  what stands between the names of a results table's rows. */
function listedWith(text: string, a: TypedCandidate, b: TypedCandidate, rows = false): boolean {
  const between = text.slice(a.c.end, b.c.start);
  if (a.c.end >= b.c.start || between.trim() === '') return false;
  if (JOINED.test(between)) return true;
  const rowsBetween = between.replace(BRACKETED_PLACE, '()');
  return rows && (rowsBetween !== between || /[\d\n]|\bv/u.test(rowsBetween)) && TABLE_ROWS.test(rowsBetween);
}
const BRACKETED_PLACE = /\(\p{Lu}[\p{L}. ]*\)/gu;

/** The candidate beside `typed[i]` in direction `step` (-1 or 1), past places in brackets after names in a table. */
function beside(typed: TypedCandidate[], i: number, step: number): TypedCandidate | undefined {
  let k = i + step;
  while (typed[k] && bracketed(typed[k]!) && typed[k]!.type === 'LOCATION') k += step;
  return typed[k];
}

/** A name that may be a person's: two words, its first a given name or unknown to the lexicon, no body's words, no place. */
function mayBePerson(t: TypedCandidate): boolean {
  const { words } = t.c;
  if (words.length !== 2 || t.headline || t.caps) return false;
  if (!isFirstName(words[0]!) && tagsOf(words[0]!).length) return false;
  return !(
    isKnownOrganization(t.c.text) ||
    headedAsOrganization(words) ||
    opensOrganization(words[0]!) ||
    ORGANIZATION_HEADS.has(words[1]!.toLowerCase()) ||
    lookupLocation(t.c.text) ||
    words.some((w) => !isTitleCaseWord(w))
  );
}

/** Retypes as persons (in place) the bodies listed beside persons named in full, where every mention of
 *  the name the model makes a body's stands in such a list and the context decides none of them: "Tom
 *  Pike and Lockheed Martin signed … Lockheed Martin said it would" leaves the firm a firm. */
export function personsListedTogether(text: string, typed: TypedCandidate[], isDecided: (t: TypedCandidate) => boolean): void {
  const listed = new Set<TypedCandidate>();
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i]!;
    if (t.type !== 'ORGANIZATION' || !mayBePerson(t)) continue;
    // In a table, a name in brackets or after them is a player's club or an entrant's team: "Ivo Marek (Dynamo Brisk)",
    // "Ann Holt (Canada) Vantor 4:51:12".
    const rows = t.c.prev !== '(' && t.c.prev !== ')';
    const before = beside(typed, i, -1);
    const after = beside(typed, i, 1);
    if ((fullPerson(before) && listedWith(text, before!, t, rows)) || (fullPerson(after) && listedWith(text, t, after!, rows))) listed.add(t);
  }
  if (!listed.size) return;
  const persons = new Set([...listed].map(nameKey));
  for (const t of typed) if (persons.has(nameKey(t)) && ((t.type === 'ORGANIZATION' && !listed.has(t)) || isDecided(t))) persons.delete(nameKey(t));
  for (const t of listed) if (persons.has(nameKey(t))) t.type = 'PERSON';
}

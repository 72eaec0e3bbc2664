// "prints by Dora Kessling and Jurgen Newton", "Ann Holt, Tom Pike and Ilse Marden": a name
// of two words listed beside a person named in full with a given name is a person's too where the model
// makes a body of it, when its first word is a given name or a word the lexicon knows nothing of and
// no word of it heads or opens a body's name. Only neighbouring candidates are compared.
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

/** Whether `a` and `b` stand in one list: only a comma, "and" or "or" between them. */
function listedWith(text: string, a: TypedCandidate, b: TypedCandidate): boolean {
  const between = text.slice(a.c.end, b.c.start);
  return a.c.end < b.c.start && between.trim() !== '' && JOINED.test(between);
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
    const before = typed[i - 1];
    const after = typed[i + 1];
    if ((fullPerson(before) && listedWith(text, before!, t)) || (fullPerson(after) && listedWith(text, t, after!))) listed.add(t);
  }
  if (!listed.size) return;
  const persons = new Set([...listed].map(nameKey));
  for (const t of typed) if (persons.has(nameKey(t)) && ((t.type === 'ORGANIZATION' && !listed.has(t)) || isDecided(t))) persons.delete(nameKey(t));
  for (const t of listed) if (persons.has(nameKey(t))) t.type = 'PERSON';
}

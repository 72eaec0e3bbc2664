// The gender a candidate's title, kin word or given name tells.
import { isFemaleName, isKnownPerson, isMaleName } from '../lexicon.js';
import type { Entity } from '../types.js';
import type { Candidate } from './candidates.js';
import { FEMALE_TITLES, KIN, MALE_TITLES } from './person-vocabulary.js';

/** The gender a title tells ("Mr.", "Mrs."): sure, unlike a given name ("Graham", "Christie"). */
export function titleGender(c: Candidate): Entity['gender'] {
  if (c.titles.some((t) => MALE_TITLES.has(t))) return 'MALE';
  if (c.titles.some((t) => FEMALE_TITLES.has(t))) return 'FEMALE';
  return null;
}

export function genderOf(c: Candidate): Entity['gender'] {
  const titled = titleGender(c);
  if (titled) return titled;
  // "his wife, Linda,": the kin word tells.
  if (c.prev === ',' && KIN.get(c.prevBefore)) return KIN.get(c.prevBefore)!;
  const first = c.words[0]!;
  // A lone word tells the gender only when it is a given name and nobody's surname ("Melanie", not "Kelly").
  return c.words.length > 1 || !isKnownPerson(first) ? givenNameGender(first) : null;
}

/** The gender a given name tells when the lexicon gives it one gender only ("Kevin", not "Jean"). */
export function givenNameGender(name: string): Entity['gender'] {
  if (isMaleName(name) === isFemaleName(name)) return null;
  return isMaleName(name) ? 'MALE' : 'FEMALE';
}

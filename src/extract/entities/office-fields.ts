// The field a minister or secretary is in, written before the title: "Fisheries Secretary Ann
// Holt", "Deputy Tourism Minister Tom Pike". News writes a ministry's field as a title's modifier
// ("Defence Minister"), whether or not the field is a word the lexicon knows: a capitalised word
// right before "Minister" or "Secretary" and a holder's name, that names no place, body, party, people or
// person and follows no other capitalised word ("Homeland Security Secretary", "Ohio Commerce Secretary"
// stay as they were), is that field, part of the title, no name of its own.
import { demonyms, lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { isHonorific, isTitle } from './name-words.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { PARTY_WORDS, TITLE_MODIFIERS } from './person-vocabulary.js';

/** Titles that a field may open: a government's offices. */
const FIELD_TITLES = new Set(['Minister', 'Secretary']);
/** Ministries news names as bodies of their own ("the Treasury", "the Navy"), no field. */
const NAMED_MINISTRIES = new Set(['treasury', 'exchequer', 'navy', 'army']);
/** One capitalised word, no capitals after its first letter (a body's initials are no field). */
const FIELD_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** Whether the word at `i` is the field of the office written as a title right after it, its holder
 *  named after it ("Secretary of State", "Madam Secretary" have no field). */
export function namesOfficeField(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const title = tokens[i + 1]?.text ?? '';
  if (!FIELD_TITLES.has(title) || !FIELD_WORD.test(word) || !/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) return false;
  const before = tokens[i - 1];
  // "Homeland Security Secretary": a capitalised word before the field may be a word of its body's name.
  if (before && /^\p{Lu}/u.test(before.text) && !TITLE_MODIFIERS.has(before.text.toLowerCase()) && !isTitle(before)) return false;
  const key = word.toLowerCase();
  return (
    !NAMED_MINISTRIES.has(key) &&
    !PARTY_WORDS.has(key) &&
    !isHonorific(tokens[i]!) &&
    !ORGANIZATION_HEADS.has(key) &&
    !demonyms.has(key) &&
    !lookupLocation(word) &&
    !isFirstName(word) &&
    !isKnownPerson(word) &&
    !isKnownOrganization(word)
  );
}

// "and" between names of bodies: two places sharing one body's name ("England and Wales Cricket
// Board") make one name; a firm named after a place or a people, or one its legal form closes, after
// "and" ("Lufthansa and British Airways", "Shell and Apache Corp") begins a name of its own.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import { isDemonymWord } from './classify.js';
import { COMPANY_FORMS, COMPANY_HEADS, ORGANIZATION_HEADS } from './vocabulary.js';

const placeOrPeople = (word: string) => !!lookupLocation(word) || isDemonymWord(word);

/** "England and Wales Cricket Board", "Trinidad and Tobago Football Association": a place before
 *  "and", then a place and the words of a body that is no firm, name one body of both places. */
export const placesShareBody = (ahead: string[]) =>
  ahead.length >= 3 && !!lookupLocation(ahead[0]!) && ORGANIZATION_HEADS.has(ahead.at(-1)!.toLowerCase()) && !COMPANY_HEADS.has(ahead.at(-1)!.toLowerCase());

/** "Lufthansa and British Airways", "Shell and Apache Corp", "Fanuc and Yaskawa Electric": after "and",
 *  a name a company's word closes, opened by a place or a people, or after one lone word closed by a
 *  legal form or with no ordinary word on either side of "and", is a firm of its own ("Baltimore Gas
 *  and Electric Co" runs on from two words, "Oil and Gas Corp" from an ordinary one). */
export const firmAfterAnd = (before: string[], ahead: string[]) => {
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  if (ahead.length < 2 || !COMPANY_HEADS.has(head)) return false;
  return placeOrPeople(ahead[0]!) || (before.length === 1 && (COMPANY_FORMS.has(head) || (!isCommonWord(before[0]!) && !isCommonWord(ahead[0]!))));
};

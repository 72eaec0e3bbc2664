// A title or kin word right before a name tells the person's gender for sure ("Mr. Kelly", "his wife, Jordan").
import { ARTICLE_ALTERNATIVES } from './lexicon.js';
import { COURTESY_TITLES, NOBLE_TITLES } from './speaker-words.js';

// "his wife, Linda": a kin word before a given name tells the gender as surely as a title, past the
// trade the apposition gives ("Her husband, the architect Daniel Okafor").
const GENDER_KIN_BEFORE = new RegExp(
  String.raw`\b(wife|husband|son|daughter|mother|father|brother|sister|widow|widower|girlfriend|boyfriend|niece|nephew),\s+(?:(?:${ARTICLE_ALTERNATIVES})\s+(?:\p{Ll}+\s+){1,2})?$`,
  'iu',
);
const GENDER_TITLE_BEFORE = new RegExp(String.raw`\b(${COURTESY_TITLES}|${NOBLE_TITLES})\.?\s+$`, 'u');

/** Whether a title or kin word right before `start` tells the gender of the name there for sure
 *  ("Mr. Kelly", "his wife, Jordan"), as a given name alone does only mostly. */
export const genderToldBefore = (text: string, start: number): boolean =>
  GENDER_TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || kinBefore(text.slice(Math.max(0, start - 40), start));

/** The longest kin word of GENDER_KIN_BEFORE ("girlfriend"). */
const LONGEST_KIN = 10;
/** Whether GENDER_KIN_BEFORE matches `before`. Its comma is the last one there (no comma may follow it),
 *  so the pattern is tried from just before where a kin word ending at that comma may start, with
 *  the character before for its \b: tried over all the words before a name, it was slow to fail. */
function kinBefore(before: string): boolean {
  const comma = before.lastIndexOf(',');
  return comma >= 0 && GENDER_KIN_BEFORE.test(before.slice(Math.max(0, comma - LONGEST_KIN - 1)));
}

// Names listed with commas before two joined by "and", one subject with them: "Tom Pike, Ann Holt and
// Jon Reyes said", "Tom Pike, 54, Ann Holt, 61, and Jon Reyes said". Every name of the list speaks.
import { demonyms } from './gazetteer.js';
import { PERSON_TITLES, TITLE_MODIFIERS } from './entities/person-vocabulary.js';
import { ATTACHING } from './phrase-heads.js';
import type { Entity, Span } from './types.js';

/** The words between two names listed before the last two: ", ", ", 61, ", ", Sen. ". */
const LISTED = /^(?:,\s*\d{1,3})?,\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;
/** ", and " closing a list, also after an age: ", 61, and ". */
const AND_AFTER_LIST = /^(?:,\s*\d{1,3})?,\s+and\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;
/** " and " joining two names, also after an age set off after the first: ", 54, and ". */
const JOINED_BY_AND = /^(?:,\s*\d{1,3},)?\s+and\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/** Whether words before a name are titles, abbreviations and demonyms only (or "the" first). */
function onlyTitles(before: string): boolean {
  const words = before.split(/\s+/u).filter(Boolean);
  return words.every(
    (w, i) =>
      (i === 0 && w === 'the') ||
      /^\p{Lu}\p{L}{0,4}\.$/u.test(w) ||
      [PERSON_TITLES, TITLE_MODIFIERS].some((list) => list.has(w.toLowerCase())) ||
      (/^\p{Lu}/u.test(w) && demonyms.has(w.toLowerCase())),
  );
}

/** Whether the words between two names are `joining` with titles, abbreviations and demonyms only after it. */
function joinsWithTitles(joining: RegExp, between: string): boolean {
  const words = joining.exec(between)?.[1];
  return words !== undefined && onlyTitles(words);
}

/** Whether the words between two names close a list with a comma before "and" (", and Sen. "). */
export const andAfterList = (between: string) => joinsWithTitles(AND_AFTER_LIST, between);

/** Whether the words between two names join them into one subject: " and ", " and Mr. ", " and
 *  Japanese Prime Minister ", " and Chinese leader ", " and the ". */
export const joinedByAnd = (between: string) => joinsWithTitles(JOINED_BY_AND, between);

/** The names listed with commas before `first`, the name "and" joins to the speaker's, nearest first;
 *  `before` gives the names before one, nearest first. */
export function listedBefore<T extends { e: Entity; m: Span }>(text: string, first: T, before: (n: T) => Iterable<T>): T[] {
  const listed: T[] = [];
  for (let later = first; ; ) {
    const earlier = before(later)[Symbol.iterator]().next().value;
    const words = earlier && LISTED.exec(text.slice(earlier.m.end, later.m.start))?.[1];
    if (!earlier || words === undefined || !onlyTitles(words) || earlier.e === first.e || listed.some((l) => l.e === earlier.e)) break;
    listed.push(earlier);
    later = earlier;
  }
  // ("Speaking in London, Britain and France said": a name after a preposition opens no list.)
  while (listed.length && ATTACHING.test(/(\S+)\s*$/u.exec(text.slice(0, listed.at(-1)!.m.start))?.[1] ?? '')) listed.pop();
  return listed;
}

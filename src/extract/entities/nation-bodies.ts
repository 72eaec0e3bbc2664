// Bodies named for the nation they serve: "Police Scotland", "Unison Scotland", "Historic Environment
// Scotland", "Cancer Research UK". Ordinary words before a nation's name make no place ("Police" is
// nowhere) but a body, which the typer sees as a place or nothing for the nation in it. A region
// ("Northern Scotland", "rural Wales"), a place before the nation, a person's or a people's word is no
// such body.
import { isDemonymWord, lookupLocation } from '../gazetteer.js';
import { isFirstName, tagsOf } from '../lexicon.js';
import { namesNationPlace } from './sport-sides.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { isTitleCaseWord } from '../tokens.js';

/** Words that make a region of a nation or describe what is in it, not a body: "Middle England", "Greater
 *  Britain", "Top Belarus politician", "Key UK data". */
const DESCRIBING_WORDS = /^(?:Middle|Deep|Inner|Outer|Old|New|Little|Great|Greater|Whole|All|Modern|Rural|Urban|Top|Key|Chief|Prime)$/u;
/** Tags of words that describe a nation rather than name a body with it: "Historic" is one only before another word. */
const DESCRIBING_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Date', 'Determiner', 'Preposition', 'Pronoun']);

/** Whether the words are ordinary words of no place, person or people, then a nation ("UK", "Scotland"). */
export function namedForNation(words: string[]): boolean {
  if (words.length < 2 || words.length > 4 || lookupLocation(words.join(' '))) return false;
  // "Telecom New Zealand": a nation of two words or one.
  // "Love Island" is no body of Iceland: a word for a kind of place names none.
  const size = [2, 1].find(
    (n) => n < words.length && !LOCATION_HEADS.has(words[words.length - 1]!.toLowerCase()) && namesNationPlace(words.slice(-n).join(' ')),
  );
  if (!size) return false;
  const before = words.slice(0, -size);
  const last = before[before.length - 1]!;
  return (
    before.every((w) => isTitleCaseWord(w) && !lookupLocation(w) && !isFirstName(w) && !isDemonymWord(w) && !DESCRIBING_WORDS.test(w)) &&
    !tagsOf(last).some((tag) => DESCRIBING_TAGS.has(tag))
  );
}

// Clubs named after two towns: "Brighton and Hove Albion 2 Hartlepool 1", "Brighton and Hove Albion
// manager Steve Gritt". A town, "and", another town and what sides are called is one side where one
// score or one manager follows it: two sides take two ("Stoke 1 West Bromwich Albion 1"). So are a word,
// "of" and a place before one score ("Heart of Midlothian 2 Hibernian 1").
import { isCountry, isLargeCity, lookupLocation } from '../gazetteer.js';
import { isKnownOrganization, isVerbForm } from '../lexicon.js';
import { type Token, wordsOf } from '../tokens.js';
import { isTitle, nameLike } from './name-words.js';
import { TEAM_WORDS } from './organization-vocabulary.js';

// What one side has: "… manager", "… striker".
const ONE_SIDES = /^(?:manager|coach|chairman|captain|striker|goalkeeper|keeper|midfielder|defender|forward|winger|boss|owner)$/u;
// A result's verb after the side: "Brighton and Hove Albion drew 1-1 with …".
const RESULT_AFTER = /^(?:beat|drew|lost|won|edged|thrashed|were|are)$/u;
// A score after the side: "2", "2-1".
const SCORE = /^\d{1,2}(?:-\d{1,2})?$/u;

/** Whether "and" at `i` joins the towns of `run` to the town and side's word after it into one side's name:
 *  before a verb only where the town after "and" is no large city, whose own side it names ("Liverpool
 *  and Manchester City won" are two sides, "Brighton and Hove Albion moved up to sixth" one). */
export function joinsTownSide(run: Token[], tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== 'and' || !run.length || run.length > 2 || !lookupLocation(wordsOf(run))) return false;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && nameLike(tokens[k]!)) k++;
  const words = tokens.slice(i + 1, k);
  if (words.length < 2 || k - i > 3 || !TEAM_WORDS.has(words[words.length - 1]!.text.toLowerCase())) return false;
  const town = wordsOf(words, 0, -1);
  if (!lookupLocation(town)) return false;
  const after = tokens[k]?.text ?? '';
  return SCORE.test(after) || ONE_SIDES.test(after) || ((RESULT_AFTER.test(after) || isVerbForm(after)) && !isLargeCity(town));
}

/** "Heart of Midlothian 2 Hibernian 1", "Heart of Midlothian beat Hibernian": a word of no place, title nor known
 *  body, "of" and a place no country nor large city ("Benetton of Italy beat Dinamo of Moscow" says where two
 *  sides are from), one score, one manager or a result's verb and a score or a side after them, name one side
 *  ("the Duke of Edinburgh won praise" is none). */
export function joinsSideOfPlace(run: Token[], tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== 'of' || run.length !== 1 || isKnownOrganization(run[0]!.text) || isTitle(run[0]!) || lookupLocation(run[0]!.text)) return false;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && nameLike(tokens[k]!)) k++;
  const place = k - i >= 2 && k - i <= 3 ? lookupLocation(wordsOf(tokens, i + 1, k)) : undefined;
  if (!place || isCountry(place) || isLargeCity(place)) return false;
  const after = tokens[k]?.text ?? '';
  const result = RESULT_AFTER.test(after) && !!tokens[k + 1] && (SCORE.test(tokens[k + 1]!.text) || /^\p{Lu}/u.test(tokens[k + 1]!.text));
  return SCORE.test(after) || ONE_SIDES.test(after) || result;
}

/** "Brighton and Hove Albion": the words of a side's name that rule joins. */
export function namesTownSide(words: string[]): boolean {
  const and = words.indexOf('and');
  if (and < 1 || and > 2 || words.length - and < 3 || words.length - and > 4) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return TEAM_WORDS.has(last) && !!lookupLocation(words.slice(0, and).join(' ')) && !!lookupLocation(words.slice(and + 1, -1).join(' '));
}

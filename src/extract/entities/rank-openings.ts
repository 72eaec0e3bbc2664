// Words that rank, count or date the people a name goes with, written with a capital where a sentence,
// a headline or a clause after a colon opens: "Top Holt aides said …", "Half Holt's meetings were …",
// "Senior Navy officers …", "On radio, Former Dunland Gov. Jan Pike said …". The name is the word
// after them; the people are the noun after the name, which news writes in lower case, or the title
// a person's name follows.
import { isPossessiveMark, isCapitalized, type Token } from '../tokens.js';
import { namesPeople, speaksForBody } from '../phrase-heads.js';
import { isTitle, lower } from './name-words.js';
import { endsInPlaceHead } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

const RANKING = new Set([
  // rank and weight: "Top Holt aides", "Key Brevik investors", "Leading Dunland figures"
  ...'top senior leading key prominent fellow young'.split(' '),
  // how many: "Half Holt's meetings", "Most Brevik voters", "Several Kelby players"
  ...'half most many several some other'.split(' '),
  // when: "Former Dunland Gov. Jan Pike", "Outgoing Brevik chief executive …"
  ...'former interim acting retired outgoing incoming late'.split(' '),
]);

/** An article or a determiner before the word makes it part of a title or a name: "the Late Show",
 *  "the Former Dunland Republic", "The Young Reformers". */
const BEFORE_NAME = /^(?:the|a|an|this|that|its|their|his|her|our)$/iu;

/** Whether the first of `words` ranks, counts or dates the people named after the name it opens
 *  (`before` and `after` the tokens around the run): people nouns in lower case, a possessive or a
 *  title after the run ("Top Gear presenter" reads as "Gear" too: names opening so are rarer in news
 *  than the people a rank word picks out). */
export function opensWithRank(words: Token[], before: Token | undefined, after: Token | undefined): boolean {
  const first = words[0];
  if (words.length < 2 || !first || !after || !RANKING.has(lower(first)) || !isCapitalized(first.text) || /^\p{Lu}+$/u.test(first.text)) return false;
  if (before && BEFORE_NAME.test(before.text)) return false;
  // "Young Reformers Alliance members", "Key Harbour Tower staff": a body's or a place's head ends a name the word opens.
  if (ORGANIZATION_HEADS.has(lower(words[words.length - 1])) || endsInPlaceHead(words.map((w) => w.text))) return false;
  if (isPossessiveMark(after.text) || isTitle(after)) return true;
  return /^\p{Ll}/u.test(after.text) && (namesPeople(after.text) || speaksForBody(after.text));
}

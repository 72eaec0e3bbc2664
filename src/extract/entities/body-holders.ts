// "Psychology major at University of Texas Arlington Amneh Jafari heard …", "Professor at Washington
// State University Simon Ličen": captions and long descriptions run a body's name straight into the
// name of the person who belongs to it. The last two words are that person's when the body's name holds
// a body's word before them and the text uses the last word alone elsewhere, as a surname ("Jafari
// said"), or the first of them is a known given name ("Council on Harbour Relations Ann Holt said"): a body's
// name rarely ends in a person's full name, and those that do open with it ("Walt Disney Company"); a bank
// named after its founders keeps them ("Bank of America Merrill Lynch").
import { isSmallTown, lookupLocation } from '../gazetteer.js';
import { isAdjective, isClosedClassWord, isCommonWord, isFirstName, isVerbForm, mayBePresentInS, startsLowerCase } from '../lexicon.js';
import { isCapitalized, type Token, tokenize, isTitleCaseWord } from '../tokens.js';
import { namesFinancialHouse } from './financial-houses.js';
import { isCollectionHead } from './collection-names.js';
import { lower, nameLike } from './name-words.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** Capitalised words the text writes with no name word before or after them ("Jafari said"). */
export function wordsAloneIn(text: string): Set<string> {
  const tokens = tokenize(text);
  const words = new Set<string>();
  const nameWord = (t: Token | undefined) => !!t && nameLike(t) && isCapitalized(t.text);
  for (let k = 0; k < tokens.length; k++) {
    if (isCapitalized(tokens[k]!.text) && !nameWord(tokens[k - 1]) && !nameWord(tokens[k + 1])) words.add(tokens[k]!.text);
  }
  return words;
}

const bodyWord = (t: Token) => {
  const word = lower(t);
  return ORGANIZATION_HEADS.has(word) || (word.endsWith('s') && ORGANIZATION_HEADS.has(word.slice(0, -1)));
};
/** A capitalised word of no ordinary sense, body, collection nor place's kind; `place`: whether a place it names may pass. */
const nameWordOf = (t: Token, place: (word: string) => boolean) =>
  isTitleCaseWord(t.text) && !isCommonWord(t.text) && !bodyWord(t) && !isCollectionHead(t.text) && !LOCATION_HEADS.has(lower(t)) && place(t.text);
const plainNameWord = (t: Token) => nameWordOf(t, (word) => !lookupLocation(word));
/** After a known given name a small town's name is a surname too ("Ann Holt", "Alia Salem"), not a city's. */
const surnameAfterGivenName = (t: Token) => nameWordOf(t, isSmallTown);

const JOINING = new Set(['and', '&', ',']);

/** Whether the word after a run leaves it a name of its own: no word, punctuation, a function word or a
 *  verb ("… Ann Holt said", "… Ann Holt and"), not a noun the whole run modifies ("the Art Institute of
 *  Chicago Robert Mapplethorpe show", a lower-case word the lexicon knows as no verb). */
const endsPhrase = (next: Token | undefined) =>
  !next || !startsLowerCase(next.text) || isClosedClassWord(next.text) || isVerbForm(next.text) || mayBePresentInS(next.text) || isAdjective(next.text);

/** Splits a body's name from the person's name it runs into: "University of Texas Arlington | Amneh Jafari";
 *  `wordsAlone`: the document's wordsAloneIn, asked only of runs that may split (a document works
 *  it out once, on first use); `next`: the word after the run. */
export function splitBodyFromMember(run: Token[], wordsAlone: () => Set<string>, next?: Token): Token[][] {
  if (run.length < 4) return [run];
  const [given, surname] = run.slice(-2) as [Token, Token];
  const body = run.slice(0, -2);
  if (!plainNameWord(given) || !body.some(bodyWord)) return [run];
  const known = isFirstName(given.text) && surnameAfterGivenName(surname) && endsPhrase(next);
  if (!known && !(plainNameWord(surname) && wordsAlone().has(surname.text))) return [run];
  if (namesFinancialHouse([given.text, surname.text])) return [run];
  // "the University of Zurich and Gordon Hanson": the "and" that joined them belongs to neither.
  while (body.length > 1 && JOINING.has(body[body.length - 1]!.text)) body.pop();
  return [body, run.slice(-2)];
}

// Bodies named by ordinary words and what they serve: "Doctors of the World", "Sisters of Mercy", "Wines of
// Argentina", "Human Rights in China", "Concerned Women for America", "Detained in Dubai". Every word is one
// English writes in lower case, so the capitals say it is a name only where no sentence opens with them: a
// capital inside the sentence, a second capitalised word, or an apposition saying what kind of body it is
// (", a campaign group that …"). "Residents of Gaza said" and "Police in Dubai said" stay people and a place.
import { demonyms, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, singularsOf, tagsOf, isArticle } from '../lexicon.js';
import { isTitleCaseWord, type Token } from '../tokens.js';
import { nameLike } from './name-words.js';
import { EVENT_HEADS } from './no-entity-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { PERSON_TITLES } from './person-vocabulary.js';

const CONNECTORS = new Set(['of', 'in', 'for']);
const SINGULAR_VERB = /^(?:is|was|has|says|does)$/u;

// What an apposition calls such a body: "Detained in Dubai, a campaign group that …", "Wines of Argentina, the trade body".
const BODY_NOUNS = new Set(
  'group charity organisation organization agency body association order lobby campaign coalition alliance network trust foundation society federation union club'.split(
    ' ',
  ),
);

/** A word English writes in lower case, capitalised: no title, body's head, place, people nor anyone's name. */
function ordinaryWord(word: string): boolean {
  if (!isTitleCaseWord(word)) return false;
  const lower = word.toLowerCase();
  if (ORGANIZATION_HEADS.has(lower) || EVENT_HEADS.has(lower) || demonyms.has(lower) || lookupLocation(word)) return false;
  if (isFirstName(word) || isKnownPerson(word) || isKnownOrganization(word)) return false;
  // "Ministers of Finance", "Secretary for Scotland": a title in the plural too.
  if ([lower, ...singularsOf(lower)].some((w) => PERSON_TITLES.has(w))) return false;
  return isCommonWord(word) || singularsOf(lower).some((s) => isCommonWord(s));
}

/** "Doctors", "Nurses" (a verb's form to the lexicon), "Wines" (unknown to it): a plural of a word it knows. */
const isPlural = (word: string) => tagsOf(word).includes('Plural') || (/[^s]s$/u.test(word) && singularsOf(word.toLowerCase()).some((s) => isCommonWord(s)));

/** The words after the connector: "the" at most, then one or two capitalised words ending the name. */
function servedAfter(tokens: Token[], from: number): { words: Token[]; end: number } | undefined {
  let k = from;
  if (tokens[k]?.text === 'the') k++;
  const words: Token[] = [];
  while (words.length < 3 && tokens[k] && nameLike(tokens[k]!) && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) words.push(tokens[k++]!);
  if (!words.length || words.length > 2) return undefined;
  return { words, end: k };
}

/** ", a campaign group that …", ", the trade body for …": an apposition after `at` calling the name a body. */
function bodyAppositionAt(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !isArticle(tokens[at + 1]?.text ?? '')) return false;
  for (let k = at + 2; k < at + 8 && tokens[k]; k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (BODY_NOUNS.has(word)) return true;
    if (/^[,.;:]$/u.test(word)) return false;
  }
  return false;
}

/** Whether the connector at `at` ("of", "in", "for") continues `run` into such a name (the run's words
 *  right before it). */
export function joinsOrdinaryBody(run: Token[], tokens: Token[], at: number): boolean {
  const connector = tokens[at]!.text;
  // "of the World": the "the" after a connector this rule took.
  if (connector === 'the') return run.length >= 2 && CONNECTORS.has(run[run.length - 1]!.text) && joinsOrdinaryBody(run.slice(0, -1), tokens, at - 1);
  if (!CONNECTORS.has(connector) || run.length < 1 || run.length > 3) return false;
  const words = run.map((t) => t.text);
  if (!words.every(ordinaryWord) || LOCATION_HEADS.has(words[words.length - 1]!.toLowerCase())) return false;
  // "Doctors of the World", "Friends of Syria": what the body is of is said by a plural ("the Battle of Britain" is an event);
  // so are those it stands for in a place ("Human Rights in China"): a thing in a place is no body ("the Magic Circle in London").
  if ((connector === 'of' || connector === 'in') && !isPlural(words[words.length - 1]!)) return false;
  const served = servedAfter(tokens, at + 1);
  if (!served) return false;
  const servedWords = served.words.map((t) => t.text);
  if (servedWords.some((w) => ORGANIZATION_HEADS.has(w.toLowerCase()) || isFirstName(w) || isKnownPerson(w))) return false;
  // "Human Rights in China", "Concerned Women for America": a body of a place is of the place it names.
  const place = lookupLocation(servedWords.join(' '));
  if (connector !== 'of' && !place) return false;
  if (lookupLocation([...words, connector, ...servedWords].join(' '))) return false;
  const start = at - run.length;
  const before = tokens[start - 1]?.text ?? '';
  const insideSentence = /^\p{Ll}/u.test(before) || before === ',';
  if (bodyAppositionAt(tokens, served.end)) return true;
  // "Doctors of the World has …": a plural's people take no verb in the singular, a body does.
  if (connector === 'of' && SINGULAR_VERB.test(tokens[served.end]?.text ?? '')) return true;
  // A body of a place has two words at least ("the Masters in Augusta", "the Games in Tokyo" are events), a
  // second capital saying it is a name wherever the sentence stands ("Human Rights in China said").
  if (connector !== 'of') return run.length >= 2;
  return insideSentence || run.length >= 2;
}

/** "Doctors of the World", "Human Rights in China": the words of a name this rule joins. */
export function isOrdinaryWordBody(words: string[]): boolean {
  const c = words.findIndex((w) => CONNECTORS.has(w));
  if (c < 1 || c > 3 || !words.slice(0, c).every(ordinaryWord)) return false;
  const rest = words.slice(c + 1);
  const served = rest[0] === 'the' ? rest.slice(1) : rest;
  if (served.length < 1 || served.length > 2 || !served.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return words[c] === 'of' ? isPlural(words[c - 1]!) : c >= 2 && !!lookupLocation(served.join(' '));
}

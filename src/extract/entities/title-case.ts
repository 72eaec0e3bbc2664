// Whether a line is written in title case, as headlines, subheadings and table headers are: there a
// capital does not mark a name ("Rand Paul Scores Direct Hit On Donald Trump": "Scores" is a verb).
import { isCapitalized, type Token } from '../tokens.js';

/** Prepositions and forms of "be" that a sentence writes in lower case and a title with a capital. */
const TITLE_SMALL_WORDS = /^(?:To|On|With|By|At|In|For|From|Over|About|Into|After|Against|Is|Are|Was|Were)$/u;

/** "Rand Paul Scores Direct Hit On Donald Trump.": a preposition or a form of "be" capitalised right
 *  after a word, not opening a sentence, shows a subheading in title case, whatever mark closes it. */
export const smallWordCapitalised = (tokens: Token[]) => tokens.some((t, i) => i > 0 && TITLE_SMALL_WORDS.test(t.text) && /^\p{L}/u.test(tokens[i - 1]!.text));

/** Most words capitalised and, outside the title, no closing period (unless a small word is
 *  capitalised inside), as headlines, subheadings and table headers are written; a line of short
 *  words shows it by a small word capitalised inside: "Ann Pike Put On The Defensive". */
export function isTitleCase(tokens: Token[], headline: boolean): boolean {
  let small: boolean | undefined;
  const smallWord = () => (small ??= smallWordCapitalised(tokens));
  if (!headline && /^[.!?"”’]$/u.test(tokens[tokens.length - 1]?.text ?? '') && !smallWord()) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const enough = words.length >= 3 || (words.length === 2 && smallWord());
  return enough && words.filter((t) => isCapitalized(t.text)).length / words.length > 0.7;
}

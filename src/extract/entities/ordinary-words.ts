// Ordinary words capitalised because they open a sentence: "Cases rose sharply, the agency said" names
// nothing. The lexicon knows few plurals and misses many nouns; a word is ordinary too when its
// singular is, or when the document itself writes it in lower case ("cases", "case") elsewhere. A run
// the document writes whole inside a sentence is a name where it opens one too ("Tees Valley
// Fabrication has won …" after "said Tees Valley Fabrication would").
import { isCommonWord, singularsOf } from '../lexicon.js';
import { looksCommon } from './name-words.js';

/** A test of whether a capitalised word is an ordinary one in this document; the lower-case words of
 *  the text are gathered on first use, once. */
export function ordinaryWords(text: string): (word: string) => boolean {
  let lowerCase: Set<string> | undefined;
  const written = (w: string) => (lowerCase ??= new Set(text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu))).has(w);
  return (word) => {
    if (isCommonWord(word) || looksCommon(word)) return true;
    const lower = word.toLowerCase();
    const forms = singularsOf(lower);
    return forms.some((s) => isCommonWord(s) || looksCommon(s)) || written(lower) || forms.some(written) || written(`${lower}s`);
  };
}

/** A test of whether the document writes a phrase, after a lower-case word, somewhere other than at
 *  `at` (asked of few phrases, each answered once). */
export function writtenInsideSentences(text: string): (phrase: string, at: number) => boolean {
  const answers = new Map<string, boolean>();
  return (phrase, at) => {
    let answer = answers.get(phrase);
    if (answer !== undefined) return answer;
    answer = false;
    for (let k = text.indexOf(phrase); k >= 0 && !answer; k = text.indexOf(phrase, k + 1))
      answer = k !== at && /\p{Ll}[,]?\s$/u.test(text.slice(Math.max(0, k - 3), k));
    answers.set(phrase, answer);
    return answer;
  };
}

// Ordinary words capitalised because they open a sentence: "Cases rose sharply, the agency said" names
// nothing. The lexicon knows few plurals and misses many nouns; a word is ordinary too when its
// singular is, or when the document itself writes it in lower case ("cases", "case") elsewhere.
import { isCommonWord, singularsOf } from '../lexicon.js';
import { looksCommon } from './classify.js';

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

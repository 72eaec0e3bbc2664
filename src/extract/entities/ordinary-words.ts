// Ordinary words capitalised because they open a sentence: "Cases rose sharply, the agency said" names
// nothing. The lexicon knows few plurals and misses many nouns; a word is ordinary too when its
// singular is, or when the document itself writes it in lower case ("cases", "case") elsewhere. A run
// the document writes whole inside a sentence is a name where it opens one too ("Tees Valley
// Fabrication has won …" after "said Tees Valley Fabrication would").
import { isCommonWord, singularsOf } from '../lexicon.js';
import { looksCommon } from './name-words.js';
import { isLowerCaseWord } from '../tokens.js';

/** The lower-case words of a text (lowerCaseWords), gathered on first use, once, for every test of
 *  the document that asks. */
export function lazyLowerCaseWords(text: string): () => Set<string> {
  let words: Set<string> | undefined;
  return () => (words ??= lowerCaseWords(text));
}

/** A test of whether the story writes `word` in lower case somewhere, between non-letters: an ordinary
 *  word, no surname. Each run of letters of such a writing is one of the story's lower-case words, and a
 *  word of one run is exactly such a word; only a word of more runs ("o'neil") that passes that test is
 *  searched for in the text, once per document. */
export function lowerCaseWriting(text: string, lowerCase = lazyLowerCaseWords(text)): (word: string) => boolean {
  const searched = new Map<string, boolean>();
  return (word) => {
    const lower = word.toLowerCase();
    const runs = lower.match(/\p{L}+/gu) ?? [];
    if (runs.some((run) => isLowerCaseWord(run) && !lowerCase().has(run))) return false;
    if (runs.length === 1 && runs[0] === lower && isLowerCaseWord(lower)) return true;
    let found = searched.get(lower);
    if (found === undefined) {
      found = new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text);
      searched.set(lower, found);
    }
    return found;
  };
}

/** Metals and crops markets trade, which market reports open sentences with ("Nickel rose by 500 rupees",
 *  "Zinc eased"): nouns the lexicon lacks, no firm's name alone (a surname the story gives in full stays). */
const COMMODITIES = new Set(
  'nickel zinc copper aluminium aluminum platinum palladium cobalt tin silver gold cocoa coffee sugar wheat maize barley soybeans soyabeans cotton rubber'.split(
    ' ',
  ),
);

/** A test of whether a capitalised word is an ordinary one in this document. */
export function ordinaryWords(text: string, lowerCase = lazyLowerCaseWords(text)): (word: string) => boolean {
  const written = (w: string) => lowerCase().has(w);
  return (word) => {
    if (isCommonWord(word) || looksCommon(word)) return true;
    const lower = word.toLowerCase();
    if (COMMODITIES.has(lower)) return true;
    const forms = singularsOf(lower);
    return forms.some((s) => isCommonWord(s) || looksCommon(s)) || written(lower) || forms.some(written) || written(`${lower}s`);
  };
}

const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Whether the code point is no letter (0), a lower-case letter (1) or another letter (2). */
function letterKind(code: number): 0 | 1 | 2 {
  if (code < 128) return code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : 0;
  const char = String.fromCodePoint(code);
  return LOWER_CASE_LETTER.test(char) ? 1 : LETTER.test(char) ? 2 : 0;
}

/** The words the text writes in lower case: its runs of letters that are all lower-case, as
 *  /(?<!\p{L})\p{Ll}+(?!\p{L})/gu finds them. Read character by character: the pattern's look-behind,
 *  tried at every character of the text, cost twice this. */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  let lower = true;
  for (let at = 0; at <= text.length; ) {
    const code = at < text.length ? text.codePointAt(at)! : 32;
    const kind = letterKind(code);
    if (kind) {
      if (start < 0) {
        start = at;
        lower = true;
      }
      if (kind === 2) lower = false;
    } else if (start >= 0) {
      if (lower) words.add(text.slice(start, at));
      start = -1;
    }
    at += code > 0xffff ? 2 : 1;
  }
  return words;
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

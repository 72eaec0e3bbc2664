// A stance taken towards something, told with an adjective after "be": "Ann Holt has been critical of
// the harbour plan", "The fishermen are skeptical of the new quay". Annotated news counts the stance
// as the holder's, its object what was said about, as "criticized the plan" is.
import { isAdverb } from './lexicon.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Adjectives of a stance whose object follows "of". */
export const STANCE_ADJECTIVES = new Set(['critical', 'skeptical', 'sceptical', 'supportive', 'wary', 'dismissive']);

/** Forms of "be" (and "remain") that give the adjective its holder: "was", "has been", "remain". */
const COPULAS = /^(is|was|are|were|be|been|remains|remained|remain)$/iu;

/** The index of the copula that the stance adjective at `i` ("critical" of "was deeply critical of")
 *  belongs to, or undefined: a stance set after a noun ("a book critical of the board") or one with no
 *  "of" after it ("critical to the plan", "is critical") has no holder who spoke. */
export function stanceCopulaAt(tokens: Token[], i: number): number | undefined {
  if (!STANCE_ADJECTIVES.has(tokens[i]?.text.toLowerCase() ?? '') || tokens[i + 1]?.text.toLowerCase() !== 'of') return undefined;
  let k = i - 1;
  while (
    k > i - 4 &&
    isLowerCaseWord(tokens[k]?.text ?? '') &&
    (isAdverb(tokens[k]!.text) || /^(so|very|too|also|long|all|both|more|most)$/u.test(tokens[k]!.text))
  )
    k--;
  // ("It is critical of us to act now": the impersonal "it" holds no stance.)
  return COPULAS.test(tokens[k]?.text ?? '') && !/^it$/iu.test(tokens[k - 1]?.text ?? '') ? k : undefined;
}

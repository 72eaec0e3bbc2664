// Views stated as held: "was of the view that …", "is of the firm opinion that …". News reports a
// position taken in public this way, and the holder speaks as with "said".
import { clauseAfterThat } from './speech-nouns.js';
import type { Token } from './tokens.js';

const VIEW_NOUNS = /^(view|opinion|belief|conviction)$/u;
const BE_FORMS = /^(is|was|are|were|be|been|being|remains|remained|remain)$/iu;
/** Words that may qualify the view: "of the firm view", "of the considered opinion". */
const QUALIFIERS = /^(firm|strong|clear|considered|settled|same|unanimous|view)$/u;

/** "of the view that" at the noun `i`: the index of the verb "be" before it, or undefined. */
export function heldViewVerb(tokens: Token[], i: number): number | undefined {
  if (!VIEW_NOUNS.test(tokens[i]!.text) || !clauseAfterThat(tokens, i + 1)) return undefined;
  let k = i - 1;
  while (k > i - 3 && QUALIFIERS.test(tokens[k]?.text ?? '')) k--;
  if (!/^the$/iu.test(tokens[k]?.text ?? '') || !/^of$/iu.test(tokens[k - 1]?.text ?? '')) return undefined;
  return BE_FORMS.test(tokens[k - 2]?.text ?? '') ? k - 2 : undefined;
}

// A concession opening a sentence whose attribution trails it is the narrator's framing of what was
// said, not a part of it: "Despite a month of attacks, Sanders has failed to dent her lead, the poll
// found" reports "Sanders has failed to dent her lead"; so does "Though he cannot win outright, Kasich
// polls best against her, according to …". (Set off around an attribution, "Despite the expansion,
// he noted, spending is falling", the concession is said with the rest: set-off-attribution.ts.)
import { subjectAndVerbAt } from './clause-openings.js';
import { isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';
import type { TextSpan } from './types.js';

const CONCESSION = /^(despite|though|although|notwithstanding)$/iu;

/** Where what was said starts in `content`, a trailing attribution's words from the sentence start:
 *  past an opening concession and its comma when a clause follows it, else at `content.start`. */
export function pastOpeningConcession(tokens: Token[], content: TextSpan): number {
  const first = tokens.findIndex((t) => t.start >= content.start);
  const opener = /^even$/iu.test(tokens[first]?.text ?? '') ? first + 1 : first;
  if (first < 0 || !CONCESSION.test(tokens[opener]?.text ?? '')) return content.start;
  const comma = tokens.findIndex((t, n) => n > opener && (t.text === ',' || t.end > content.end));
  if (comma < 0 || tokens[comma]!.text !== ',') return content.start;
  // ("Although supposedly aimed at criminals, dozens were detained": a concession with no verb of
  // its own, subject and verb, describes the subject after it, and goes with what was said.)
  const ownVerb = /^(despite|notwithstanding)$/iu.test(tokens[opener]!.text) || subjectAndVerbAt(tokens, opener + 1);
  const clause = tokens.some((t, n) => n > comma && t.end <= content.end && isFiniteVerb(t.text));
  return ownVerb && clause ? tokens[comma + 1]!.start : content.start;
}

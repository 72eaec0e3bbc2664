// "The U.N. refugee agency said", "the World Bank's private sector arm said": a body within a named
// organization speaks as itself, described, not as the organization named to modify it ("the
// UNICEF spokesman" and "the Reuters survey" still speak for theirs).
import { cueLemma } from './cues.js';
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import { isPossessiveMark, type Token } from './tokens.js';

const PARTS = new Set(
  'agency arm unit subsidiary affiliate branch division wing office body watchdog regulator tribunal commission committee panel mission bureau'.split(' '),
);
const MAX_MODIFIERS = 3;

/** The index of the head noun of a part of an organization after its name, the name ending before
 *  token `from` ("refugee agency", "'s private sector arm"), or -1. */
export function organizationPartHead(tokens: Token[], from: number): number {
  let k = isPossessiveMark(tokens[from]?.text ?? '') ? from + 1 : from;
  let head = -1;
  for (const end = k + MAX_MODIFIERS + 1; k < tokens.length && k < end; k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || cueLemma(word) || isFiniteVerb(word) || isFunctionWord(word)) break;
    head = k;
  }
  return head >= 0 && PARTS.has(tokens[head]!.text) ? head : -1;
}

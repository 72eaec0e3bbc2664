// "The U.N. refugee agency said", "the World Bank's private sector arm said": a body within a named
// organization speaks as itself, described, not as the organization named to modify it ("the
// UNICEF spokesman" and "the Reuters survey" still speak for theirs).
import { cueLemma } from './cues.js';
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import { isPossessiveMark, type Token, tokenize } from './tokens.js';

const PARTS = new Set(
  'agency arm unit subsidiary affiliate branch division wing office body watchdog regulator tribunal commission committee panel mission bureau'.split(' '),
);
const MAX_MODIFIERS = 3;
const COMPLEMENT = /^(of|on|for)$/u;

/** A part of a named organization after its name, the name ending before token `from` ("refugee
 *  agency", "'s private sector arm", "panel of experts"): the index of its head noun and of its last
 *  word; or null. */
export function organizationPart(tokens: Token[], from: number): { head: number; end: number } | null {
  const start = isPossessiveMark(tokens[from]?.text ?? '') ? from + 1 : from;
  const head = lastCommonNoun(tokens, start, start + MAX_MODIFIERS + 1);
  if (head < 0 || !PARTS.has(tokens[head]!.text)) return null;
  // "The U.N. panel of experts", "the committee on torture": what the body is of or on is part of its description.
  // Right after the preposition no word is the clause's verb ("on pensions").
  const of = COMPLEMENT.test(tokens[head + 1]?.text ?? '') ? lastCommonNoun(tokens, head + 2, head + 2 + MAX_MODIFIERS, head + 2) : -1;
  return { head, end: Math.max(head, of) };
}

/** The last of the lower-case words (no verb but at `noun`, no function word) running from token `from`, before `to`; or -1. */
function lastCommonNoun(tokens: Token[], from: number, to: number, noun = -1): number {
  let last = -1;
  for (let k = from; k < tokens.length && k < to; k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || cueLemma(word) || (k !== noun && isFiniteVerb(word)) || isFunctionWord(word)) break;
    last = k;
  }
  return last;
}

/** Where the part of an organization named right after its name (ending at `end`) ends: "the U.N.
 *  panel of experts" is the panel, not the U.N.; or null. */
export function organizationPartEnd(text: string, end: number): number | null {
  const tokens = tokenize(text, end, Math.min(text.length, end + 80));
  const part = organizationPart(tokens, 0);
  return part && tokens[part.end]!.end;
}

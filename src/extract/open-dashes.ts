// A dash left open before an attribution set off by commas: "He had a rally that night - and the
// permit, his campaign said, had been hard to get". What follows the dash is a clause or a phrase
// of its own, and the attribution interrupts only that; the words before the dash are the narrator's.
import { dashAt } from './cue-asides.js';
import { quotationsOpenAfter, type Token } from './tokens.js';

/** The index just past the last dash in tokens[from, to) when that dash is left open (the dashes
 *  before it pair off: "the states - Iowa and Ohio - are, she said, …" opens none), or -1. A hyphen
 *  joining two words ("self-made") or a dash joining two numbers ("1990–95") is no dash, nor is one
 *  inside a quotation. */
export function afterOpenDash(tokens: Token[], from: number, to: number): number {
  let dashes = 0;
  let last = -1;
  // (The quotations open before each token, counted as the loop goes: one pass, however many dashes.)
  for (let k = from, quoted = 0; k < to; quoted = quotationsOpenAfter(quoted, tokens[k]!.text), k++) {
    if (!asideDashAt(tokens, k) || quoted > 0) continue;
    // "--" is one dash in two tokens.
    if (!dashAt(tokens, k - 1)) dashes++;
    last = k + 1;
  }
  return dashes % 2 === 1 && last < to ? last : -1;
}

/** Whether the dash at `k` opens an aside, the dashes before it in the sentence pairing off: "Mayor Ann
 *  Holt — who said …" opens one, "critics — like Ann Holt — who say …" closes one. */
export const opensAside = (tokens: Token[], k: number): boolean => k + 1 < tokens.length && afterOpenDash(tokens, 0, k + 2) === k + 1;

/** A dash that may set off an aside: no hyphen joining two words nor dash joining two numbers. */
export const asideDashAt = (tokens: Token[], k: number): boolean => dashAt(tokens, k) && !joinsWords(tokens, k);

/** A hyphen touching the words on both sides ("self-made"), or any dash between two numbers it
 *  touches: a range ("1990–95"). An em or en dash between words ("Graham—who had …") sets off an
 *  aside as a spaced one does, and so do two hyphens ("Graham--who"). */
function joinsWords(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!before || !after || before.end !== tokens[k]!.start || tokens[k]!.end !== after.start) return false;
  if (dashAt(tokens, k - 1) || dashAt(tokens, k + 1)) return false;
  return tokens[k]!.text === '-' || (DIGIT_LAST.test(before.text) && DIGIT_FIRST.test(after.text));
}
const DIGIT_LAST = /\d$/u;
const DIGIT_FIRST = /^\d/u;

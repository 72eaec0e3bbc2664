// A dash left open before an attribution set off by commas: "He had a rally that night - and the
// permit, his campaign said, had been hard to get". What follows the dash is a clause or a phrase
// of its own, and the attribution interrupts only that; the words before the dash are the narrator's.
import { dashAt } from './cue-asides.js';
import { quotationsOpenAfter, type Token } from './tokens.js';

/** The index just past the last dash in tokens[from, to) when that dash is left open (the dashes
 *  before it pair off: "the states - Iowa and Ohio - are, she said, …" opens none), or -1. A hyphen
 *  joining two words or numbers ("self-made", "10-12") is no dash, nor is one inside a quotation. */
export function afterOpenDash(tokens: Token[], from: number, to: number): number {
  let dashes = 0;
  let last = -1;
  // (The quotations open before each token, counted as the loop goes: one pass, however many dashes.)
  for (let k = from, quoted = 0; k < to; quoted = quotationsOpenAfter(quoted, tokens[k]!.text), k++) {
    if (!dashAt(tokens, k) || joinsWords(tokens, k) || quoted > 0) continue;
    // "--" is one dash in two tokens.
    if (!dashAt(tokens, k - 1)) dashes++;
    last = k + 1;
  }
  return dashes % 2 === 1 && last < to ? last : -1;
}

/** A hyphen or dash touching the words on both sides: "self-made", "2010–2012". */
const joinsWords = (tokens: Token[], k: number) => tokens[k]!.start === tokens[k - 1]?.end && tokens[k]!.end === tokens[k + 1]?.start;

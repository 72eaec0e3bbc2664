// Two sides' speech in one sentence: "Growers said the frost had ruined the harvest while insurers
// argued …", "with Alvarez accusing Kessler of … and Kessler insisting …", "Italy called for a joint
// response, with Rome demanding …". The second side's attribution ends what the first one said.
import { cueLemma } from './cues.js';
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { Token } from './tokens.js';

/** Whether the word at `k` opens another side's attribution after the content of the cue at `cue`. */
export function otherSideAt(tokens: Token[], cue: number, k: number): boolean {
  const w = tokens[k]!.text.toLowerCase();
  // "… while insurers argued the losses were modest": a contrast with a speaker and a cue of its own.
  if ((w === 'while' || w === 'whereas') && k > cue + 2) return attributionAt(tokens, k + 1, false);
  // "called for a joint response, with Rome demanding more help": another side's participle cue set off by a comma.
  if (w === 'with' && tokens[k - 1]?.text === ',' && k > cue + 2) return attributionAt(tokens, k + 1, true);
  // "with Democrats saying … and Republicans arguing …": a participle cue answers a participle cue.
  return w === 'and' && /ing$/u.test(tokens[cue]!.text) && attributionAt(tokens, k + 1, true);
}

/** A subject of up to four words, then a speech verb (a participle, or a finite form) with words after
 *  it: "insurers argued the …", "Republicans arguing it …", "the White House insisting …", and a share
 *  counted in figures, of a group at most: "50 percent saying …", "40% of voters arguing …". */
function attributionAt(tokens: Token[], k: number, participle: boolean): boolean {
  let n = /^(the|some|many|other|most)$/iu.test(tokens[k]?.text ?? '') ? k + 1 : k;
  const first = n;
  const figure = /^\p{N}[\p{N}.,]*%?$/u.test(tokens[first]?.text ?? '');
  for (; n < first + (figure ? 6 : 4); n++) {
    const t = tokens[n]?.text ?? '';
    if (n > first && /^\p{Ll}/u.test(t) && cueLemma(t) && /ing$/u.test(t) === participle) return /^\p{L}/u.test(tokens[n + 1]?.text ?? '');
    // ("50 percent", "40% of voters": a figure opens the share, "%" and "of" go on with it.)
    if (figure && (n === first || t === '%' || (t === 'of' && n > first + 1))) continue;
    if (!/^\p{L}[\p{L}.'’-]*$/u.test(t) || isFunctionWord(t) || isFiniteVerb(t)) return false;
  }
  return false;
}

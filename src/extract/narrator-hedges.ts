// Cue words inside the narrator's own hedges and tallies, which report nobody's words: "All told,
// 300 homes were flooded", "It is too early to say whether …", "Needless to say, …", "Suffice it to say …".
import { isAdverb, isCopula, isModal, isPerfectAuxiliary } from './lexicon.js';
import type { Token } from './tokens.js';

const word = (tokens: Token[], k: number) => tokens[k]?.text.toLowerCase() ?? '';

/** Judgements of whether a thing can be said yet: "too early", "fair", "safe", "hard" to say. */
const SAYABLE = /^(early|soon|premature|fair|safe|hard|difficult|impossible|easy|accurate|true)$/u;

/** Whether the cue at `i` is part of a hedge or a tally of the narrator's, not someone's speech. */
export function narratorHedge(tokens: Token[], i: number): boolean {
  const form = word(tokens, i);
  // "All told, …": a total, not what anyone told.
  if (form === 'told' && word(tokens, i - 1) === 'all' && word(tokens, i + 1) === ',') return true;
  if (!/^(say|tell)$/u.test(form) || word(tokens, i - 1) !== 'to') return false;
  const before = word(tokens, i - 2);
  // "Needless to say", "Suffice it to say", "That is to say".
  if (before === 'needless' || (before === 'it' && word(tokens, i - 3) === 'suffice') || (before === 'is' && word(tokens, i - 3) === 'that' && i === 3))
    return true;
  return SAYABLE.test(before) && impersonalBe(tokens, i - 3);
}

/** "It is (still far) too", "it's", "that will be": the impersonal "it" or "that" and a copula, back from `k`. */
function impersonalBe(tokens: Token[], k: number): boolean {
  while (k > 0 && (/^(too|so|very|still|far|much|quite|rather|not)$/u.test(word(tokens, k)) || isAdverb(word(tokens, k)))) k--;
  if (!isCopula(word(tokens, k)) && !/^(['’]s|seems|remains|be|been)$/u.test(word(tokens, k))) return false;
  let s = k - 1;
  while (s > 0 && (isModal(word(tokens, s)) || isPerfectAuxiliary(word(tokens, s)) || word(tokens, s) === 'not')) s--;
  return /^(it|that|this)$/u.test(word(tokens, s));
}

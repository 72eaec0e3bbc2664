// Cue words inside the narrator's own hedges and tallies, which report nobody's words: "All told,
// 300 homes were flooded", "It is too early to say whether …", "Needless to say, …", "Suffice it to say …".
import { isAdverb, isCopula, isModal, isPerfectAuxiliary } from './lexicon.js';
import { type Token, wordAt } from './tokens.js';

/** Judgements of whether a thing can be said yet: "too early", "fair", "safe", "hard" to say. */
const SAYABLE = /^(early|soon|premature|fair|safe|hard|difficult|impossible|easy|accurate|true)$/u;

/** Whether the cue at `i` is part of a hedge or a tally of the narrator's, not someone's speech. */
export function narratorHedge(tokens: Token[], i: number): boolean {
  const form = wordAt(tokens, i);
  // "All told, …": a total, not what anyone told.
  if (form === 'told' && wordAt(tokens, i - 1) === 'all' && wordAt(tokens, i + 1) === ',') return true;
  if (!/^(say|tell)$/u.test(form) || wordAt(tokens, i - 1) !== 'to') return false;
  const before = wordAt(tokens, i - 2);
  // "Needless to say", "Suffice it to say", "That is to say".
  if (before === 'needless' || (before === 'it' && wordAt(tokens, i - 3) === 'suffice') || (before === 'is' && wordAt(tokens, i - 3) === 'that' && i === 3))
    return true;
  return SAYABLE.test(before) && impersonalBe(tokens, i - 3);
}

/** "It is (still far) too", "it's", "that will be": the impersonal "it" or "that" and a copula, back from `k`. */
function impersonalBe(tokens: Token[], k: number): boolean {
  while (k > 0 && (/^(too|so|very|still|far|much|quite|rather|not)$/u.test(wordAt(tokens, k)) || isAdverb(wordAt(tokens, k)))) k--;
  if (!isCopula(wordAt(tokens, k)) && !/^(['’]s|seems|remains|be|been)$/u.test(wordAt(tokens, k))) return false;
  let s = k - 1;
  while (s > 0 && (isModal(wordAt(tokens, s)) || isPerfectAuxiliary(wordAt(tokens, s)) || wordAt(tokens, s) === 'not')) s--;
  return /^(it|that|this)$/u.test(wordAt(tokens, s));
}

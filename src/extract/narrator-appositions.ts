// A noun phrase set off after the last word of reported content and closing the sentence says who or
// what that word is: "said he would vote for Holt, a former schools auditor who has never held
// office", "urged voters to reject Paul Greer, the incumbent accused of mishandling the sale",
// "announced her bid at Fenwick College, the school founded by her grandfather". It is
// the narrator's description, not a part of what was said. One followed by a comma is set off inside
// the content ("said the suspect, a man in his thirties, had not been charged"); one with a verb of
// its own is a clause ("…, a man yelled"), and "and" before a determiner makes a list ("met Obama,
// the Pope and a rabbi").
import { isAdverb, isFiniteAuxiliary, isFiniteVerb, isFunctionWord, isPreposition, isVerbForm, tagsOf, isArticle } from './lexicon.js';
import { isLowerCaseWord, type Token } from './tokens.js';
import { POSSESSIVE_DETERMINERS } from './word-classes.js';

const RELATIVES = /^(who|whom|whose|which|that|where|when)$/iu;

/** Whether from `k`, after a comma, "a", "an" or "the" opens a description running to the sentence
 *  end with no verb of its own outside a relative clause or a participle. */
export function narratorsAppositionAt(tokens: Token[], k: number): boolean {
  if (!isArticle(tokens[k]?.text ?? '') || !/^[\p{L}\p{N}]/u.test(tokens[k + 1]?.text ?? '')) return false;
  // "…, the Affordable Care Act": a name, no description, says which one was meant.
  if (tokens.slice(k + 1).every((t) => /^[\p{Lu}.!?]/u.test(t.text))) return false;
  // "…, a month later than planned", "…, a week early": when it is, as the speaker told it.
  if ([k + 1, k + 2].some((n) => /^(minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu.test(tokens[n]?.text ?? ''))) return false;
  // "…, the worst in years": a superlative with no noun judges what was said, as the speaker does.
  const next = tokens[k + 2]?.text ?? '';
  if (/^(best|worst|most|least|\p{Ll}+est)$/u.test(tokens[k + 1]!.text) && !(isLowerCaseWord(next) && !isPreposition(next))) return false;
  for (let n = k + 1; n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (/^[,;:(—–-]$/u.test(w) || /^[“"‘']$/u.test(w)) return false;
    if (/^[.!?]$/u.test(w)) return n > k + 1;
    if (RELATIVES.test(w)) return n > k + 1 && !tokens.slice(n + 1).some((t, m) => /^[,;:(—–“"]$/u.test(t.text) || listedAt(tokens, n + 1 + m));
    if (listedAt(tokens, n)) return false;
    if (participleAt(tokens, n, k)) continue;
    if (verbAt(tokens, n)) return false;
  }
  return true;
}

/** A verb of the description's own ("…, a man yelled", "…, the committee requested documents"): a
 *  finite verb not after "to", or a past in -ed the lexicon lacks after a noun ("the embattled
 *  company" has an adjective). */
function verbAt(tokens: Token[], n: number): boolean {
  const w = tokens[n]!.text;
  const before = tokens[n - 1]!.text;
  if (/^to$/iu.test(before)) return false;
  return isFiniteVerb(w) || (isVerbForm(w) && !isFunctionWord(before) && !isAdverb(before));
}

/** "and" or "or" before a determiner, a possessive, a preposition or a name: one more item of a list
 *  ("met Obama, the Pope and a rabbi", "the United States, Canada and his homeland", "called for tax
 *  fairness, the closure of loopholes and for relief"). */
function listedAt(tokens: Token[], n: number): boolean {
  const next = tokens[n + 1]?.text ?? '';
  return (
    /^(and|or)$/iu.test(tokens[n]!.text) && (isArticle(next) || POSSESSIVE_DETERMINERS.has(next.toLowerCase()) || isPreposition(next) || /^\p{Lu}/u.test(next))
  );
}

/** "accused of", "founded by", "sent off", "trying to": a participle on the noun before it (an -ed form only
 *  before a preposition or the sentence end, else it may be the noun's own verb: "a man yelled"). */
function participleAt(tokens: Token[], n: number, k: number): boolean {
  const w = tokens[n]!.text;
  if (n <= k + 1 || !/^\p{Ll}/u.test(w) || isFiniteAuxiliary(w)) return false;
  if (/ing$/u.test(w)) return true;
  const next = tokens[n + 1]?.text ?? '';
  const past = /(ed|en|wn)$/u.test(w) || tagsOf(w).includes('PastTense');
  return past && (isPreposition(next) || /^[.!?]$/u.test(next) || next === '');
}

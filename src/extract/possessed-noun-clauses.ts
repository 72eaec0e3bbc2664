// Where a possessed speech noun's clause ends when the noun stands in a phrase opening the sentence
// ("Contrary to his claim that …, the mayor …") or is its subject ("Trump's claim that the vote was
// rigged has been rejected"): speech-nouns.ts.
import { FEMALE_TITLES, MALE_TITLES } from './entities/person-vocabulary.js';
import { cueLemma, thatPastWhenOrWhere } from './cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { hasRegularPastShape, isAdverb, isFiniteVerb, isArticle, isNonFiniteBe } from './lexicon.js';
import type { Token } from './tokens.js';
import { POSSESSIVE_PRONOUNS } from './speech-nouns.js';

/** When the possessed noun stands in a phrase opening the sentence ("Contrary to his claim that …,
 *  the mayor …"), the index of the comma closing that phrase, or -1. */
export function openingPhraseClose(tokens: Token[], cue: number, mark: number): number {
  if (!/^(contrary|despite|unlike|after|before|amid|following|given|against|with|in|for|by)$/iu.test(tokens[0]?.text ?? '')) return -1;
  if (tokens.slice(0, mark).some((t) => isFiniteVerb(t.text) || t.text === ',')) return -1;
  return tokens.findIndex((t, n) => n > cue + 2 && t.text === ',');
}

/** When a possessed speech noun opens the sentence ("Trump's claim that the vote was rigged has
 *  been rejected"), the index of the sentence's own verb after the clause, or -1. */
export function subjectClausePredicate(tokens: Token[], noun: number, speakerStart: number, mark: number): number {
  // ("Trump's claim on Monday that …": past when it was made; `cue` stands right before "that".)
  const cue = thatPastWhenOrWhere(tokens, noun + 1) - 1;
  if (tokens[cue + 1]?.text.toLowerCase() !== 'that') return -1;
  const opening = POSSESSIVE_PRONOUNS.test(tokens[mark]!.text) ? tokens[mark]!.start : speakerStart;
  if (
    !opensClause(
      tokens,
      tokens.findIndex((t) => t.start >= opening),
    )
  )
    return -1;
  let clauseVerb = false;
  let quoted = false;
  for (let k = cue + 2; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    // Quoted words are the speaker's, read as a whole: "her claim that the march was “largely
    // peaceful” was disputed", "his warning that the strike could last “weeks, not days” alarmed …".
    if (/^[“”"]$/u.test(w)) {
      quoted = w === '“' || (w === '"' && !quoted);
      continue;
    }
    if (quoted) continue;
    const prev = /^[”"]$/u.test(tokens[k - 1]!.text) ? tokens[k - 2]!.text : tokens[k - 1]!.text;
    if (/^[,;:(—–-]$/u.test(w) || /^(and|but|or|who|which|whom|whose)$/iu.test(w)) return -1;
    // ("his warning that he would not sign unless the club showed ambition has worried …": a
    // subordinate clause in the content has a verb of its own.)
    if (clauseVerb && subordinateOpensAt(tokens, k)) {
      clauseVerb = false;
      continue;
    }
    const verb = isFiniteVerb(w) || (hasRegularPastShape(w) && !/^(the|a|an|his|her|its|their)$/iu.test(prev));
    if (!verb) continue;
    if (!clauseVerb) {
      clauseVerb = true;
      continue;
    }
    if (sentencesOwnVerb(tokens, cue, k, prev)) return k;
  }
  return -1;
}

/** A subordinating word at `k` before a subject: "unless the club showed …" ("after losing surprised …":
 *  not before a gerund, which ends the clause at the verb after it). */
const subordinateOpensAt = (tokens: Token[], k: number) =>
  /^(unless|if|because|until|when|while|although|though|before|after|since)$/iu.test(tokens[k]!.text) &&
  /^(the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|i|you|\p{Lu}\p{L}*)$/u.test(tokens[k + 1]?.text ?? '');

/** Whether a verb at `k` after the content's own verb (`prev` the word before it, past a closing
 *  quotation mark) is the sentence's own. */
function sentencesOwnVerb(tokens: Token[], cue: number, k: number, prev: string): boolean {
  // A verb after a noun, a figure or a participle, not after an auxiliary or "to": the sentence's own.
  if (
    /^[\p{Ll}\p{N}]/u.test(prev) &&
    !isFiniteVerb(prev) &&
    !/^(to|not|never|also|that|be|been|being)$/iu.test(prev) &&
    !isAdverb(prev) &&
    !/(ing|ed)$/u.test(prev)
  )
    return true;
  // ("that she will not coach after retiring surprised …": a gerund after a preposition ends the clause too;
  // "that the vote had been rigged was rejected": so does a passive participle after "been", also
  // past an adverb ("that the report was politically motivated drew a rebuke").)
  let before = k - 2;
  while (before > cue + 2 && /ed$/u.test(prev) && isAdverb(tokens[before]!.text)) before--;
  return (
    /(ing|ed)$/u.test(prev) &&
    !!tokens[before] &&
    (isFiniteVerb(tokens[before]!.text) || isNonFiniteBe(tokens[before]!.text) || (/ing$/u.test(prev) && PREPOSITIONS.has(tokens[before]!.text.toLowerCase())))
  );
}

/** Whether the phrase at `k` opens the sentence (past "the", "but", …) or the clause a cue reports
 *  ("said (that) the minister's claim that … was …"). */
function opensClause(tokens: Token[], k: number): boolean {
  let n = k - 1;
  // ("Mr Grant's assertion that …": a title before the name opens the phrase too.)
  while (n >= 0 && isTitleWord(tokens[n]!.text)) n--;
  const titled = n + 1;
  while (n >= 0 && isArticle(tokens[n]!.text)) n--;
  if (n >= 0 && /^that$/iu.test(tokens[n]!.text)) n--;
  if (n >= 0 && cueLemma(tokens[n]!.text) && isFiniteVerb(tokens[n]!.text)) return true;
  return tokens.slice(0, titled).every((t) => !/^\p{L}/u.test(t.text) || /^(the|a|an|but|and|so)$/iu.test(t.text));
}

const isTitleWord = (w: string) => {
  const title = w.toLowerCase().replace(/\.$/u, '');
  return /^\p{Lu}/u.test(w) && (MALE_TITLES.has(title) || FEMALE_TITLES.has(title) || title === 'dr');
};

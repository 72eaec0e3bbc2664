// A cue in a participle on the sentence's subject: "A petition calling for the library to be saved
// has gathered 10,000 signatures", "A letter urging the council to act was sent on Monday". What the
// document asks ends where the sentence's own verb comes, after the infinitive or the appeal.
import { appealsThrough } from './phrasal-cues.js';
import { cueLemma, INFINITIVE_VERBS } from './cues.js';
import { isAuxiliary, isClosedClassWord, isFiniteAuxiliary, isFiniteVerb, isPluralNoun, isVerbForm, tagsOf } from './lexicon.js';
import { isSubjectPronoun, OPENING_SUBORDINATORS } from './word-classes.js';
import type { Token } from './tokens.js';

/** Whether the participle cue at `cue` qualifies the noun phrase opening the sentence: no verb, comma
 *  or preposition before it, and a noun right before it. */
function onOpeningSubject(tokens: Token[], cue: number): boolean {
  // ("Petitions calling for …": the noun may open the sentence, with its capital.)
  const noun = cue === 1 ? /^\p{Lu}\p{Ll}+s$/u : /^\p{Ll}+$/u;
  if (!/^\p{Ll}+ing$/u.test(tokens[cue]!.text) || cue < 1 || !noun.test(tokens[cue - 1]!.text)) return false;
  return tokens
    .slice(0, cue)
    .every((t, n) => /^[\p{L}\p{N}'’&-]+$/u.test(t.text) && !isFiniteVerb(t.text) && !(n === 0 && /^(as|after|while|when|by|in|despite)$/iu.test(t.text)));
}

/** The token where the sentence's verb follows what a participle on its subject asks for, or -1:
 *  "A motion calling for the mayor to resign | was passed …". */
export function subjectVerbAfterParticiple(tokens: Token[], cue: number): number {
  const lemma = cueLemma(tokens[cue]!.text) ?? '';
  const appeal = appealsThrough(lemma, tokens[cue + 1]?.text ?? '');
  if (!(appeal || INFINITIVE_VERBS.has(lemma)) || !onOpeningSubject(tokens, cue)) return -1;
  let infinitive = appeal;
  for (let k = cue + 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (word === 'to') infinitive = true;
    else if (isFiniteAuxiliary(word)) return infinitive ? k : -1;
    else if (/^[,;:()“”"]$/u.test(word)) return -1;
  }
  return -1;
}

/** Words after which no verb of a clause stands: "the plant", "for the manager", "to resign". */
const NO_VERB_AFTER = /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|some|any|no|every|to|of|for|about|on|in|at|with|by|from)$/iu;
/** Words opening a further clause inside the content: after them the content goes on. */
const CLAUSE_OPENERS = /^(?:and|or|but|that|which|who|whom|whose|because|if|when|while|as|since|after|before|until|where|than)$/iu;
const OPENS_SUBORDINATE = new RegExp(`^(?:${OPENING_SUBORDINATORS}|as|even)$`, 'iu');

/** Whether the participle cue at `cue` stands in the subject opening the sentence, right after its
 *  noun or name ("The share of members saying …", "A video of Ms. Ortiz talking about …"): words
 *  only before it, none a finite verb, the first no subordinator. */
function inOpeningSubject(tokens: Token[], cue: number): boolean {
  if (cue < 1 || !/^\p{Ll}+ing$/u.test(tokens[cue]!.text)) return false;
  const noun = tokens[cue - 1]!.text;
  // ("Residents saying …": a plural may open the sentence, with its capital.)
  if (cue === 1 ? !isPluralNoun(noun) : isClosedClassWord(noun) || !/^[\p{L}.'’-]+$/u.test(noun)) return false;
  return (
    !OPENS_SUBORDINATE.test(tokens[0]!.text) && tokens.slice(0, cue).every((t, n) => /^[\p{L}\p{N}.'’&-]+$/u.test(t.text) && !(n > 0 && isFiniteVerb(t.text)))
  );
}

/** An auxiliary, or "being" ("is being paid"). */
const auxiliary = (word: string) => isAuxiliary(word) || /^being$/iu.test(word);

/** Whether the verb at `k` has a pronoun for its subject right after a noun of the content: "the
 *  towns she won" (a relative clause without "that"). */
function relativeAfterNoun(tokens: Token[], k: number, cue: number): boolean {
  const noun = tokens[k - 2]?.text ?? '';
  return k - 2 > cue + 1 && isSubjectPronoun(tokens[k - 1]!.text) && /^\p{L}+$/u.test(noun) && !isClosedClassWord(noun);
}

/** The token where the sentence's own verb follows the content of a participle cue in its subject,
 *  or -1: "The share of members saying they want a new stadium | is higher than last year", "A
 *  video of the mayor talking about the bridge repairs | went viral". The sentence's verb is an
 *  auxiliary or a past form after a noun, once a clause the cue reports has had its own verb
 *  ("saying they want …"); a phrase ("talking about …", "calling for …") has none. A comma, a quote
 *  mark or a further clause ("… and the cost had risen") leaves the content as found. */
export function sentenceVerbAfterSubjectCue(tokens: Token[], at: number): number {
  // (The content of "talking about …" may be read from its preposition.)
  const cue = /^(?:for|about|on|against|with)$/iu.test(tokens[at]?.text ?? '') ? at - 1 : at;
  const phrase = /^(?:for|about|on|against|with|to)$/iu.test(tokens[cue + 1]?.text ?? '');
  if (!inOpeningSubject(tokens, cue)) return -1;
  let ownVerb = false;
  for (let k = cue + 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (/^[,;:()“”"‘’—–-]$/u.test(word)) return -1;
    if (k > cue + 1 && CLAUSE_OPENERS.test(word)) return -1;
    const before = tokens[k - 1]!.text;
    // ("they want": a bare verb after a pronoun, which the lexicon lists as an infinitive.)
    const bare = /^(?:i|we|you|they)$/iu.test(before) && tagsOf(word).includes('Infinitive');
    if (!(isFiniteVerb(word) || isFiniteAuxiliary(word) || isVerbForm(word) || bare) || NO_VERB_AFTER.test(before)) continue;
    // ("had risen", "was not told", "is being paid": the rest of a verb group.)
    if (auxiliary(before) || (/^(?:not|n't|never)$/iu.test(before) && auxiliary(tokens[k - 2]?.text ?? ''))) continue;
    // ("the danger described by aides", "the states he won": a participle or a relative clause on a noun.)
    if (/^by$/iu.test(tokens[k + 1]?.text ?? '') || relativeAfterNoun(tokens, k, cue)) continue;
    const sentenceVerb = isFiniteAuxiliary(word) || tagsOf(word).includes('PastTense');
    if ((phrase || ownVerb) && sentenceVerb && k > cue + 2 && !isClosedClassWord(before)) return k;
    ownVerb = true;
  }
  return -1;
}

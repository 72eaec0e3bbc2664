// Relative clauses on the subject before a cue ("Officials who attended the meeting said"): the
// noun the clause hangs from speaks.
import { cueLemma } from './cues.js';
import { isFiniteAuxiliary, isFiniteVerb, isPluralNoun, isVerbForm, tagsOf } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { restrictiveRelativeEnd } from './relative-clause-ends.js';
import { headOf } from './speaker-heads.js';
import { ARTICLES, between, DETERMINERS, NOT_NOUN, PRONOUNS } from './speaker-words.js';
import { isPossessiveMark, isWord, type Token, isLowerCaseWord } from './tokens.js';

/** "Residents that fear the valley will flood": a verb's plain form after "that" agrees with a
 *  plural noun before it ("fear" is the lexicon's infinitive); not a noun before a verb of its own
 *  ("warned families that rain could …"). */
function pluralVerbAfterThat(tokens: Token[], r: number): boolean {
  const noun = tokens[r - 1]!.text;
  const plural = isPluralNoun(noun) || (tagsOf(noun).length === 0 && /^\p{L}+[^s']s$/u.test(noun));
  return plural && isPlainVerb(tokens[r + 1]!.text) && !isFiniteVerb(tokens[r + 2]?.text ?? '');
}

/** "Councils that have backed the mayor say", "Groups that backed the plan said": after "that", an
 *  auxiliary, or a past in -ed the lexicon may not list with a determiner after it, is the clause's
 *  verb ("have" and "backed" are not finite verbs to the lexicon). */
function auxiliaryOrVerbWithObject(tokens: Token[], n: number): boolean {
  const word = tokens[n]!.text;
  return isFiniteAuxiliary(word) || (isVerbForm(word) && DETERMINERS.has(tokens[n + 1]?.text ?? ''));
}

/** "Commuters that use the station say", "But progressive organizations that have backed him say": a
 *  phrase opening the sentence, after at most a conjunction or a word before it, speaks whatever the
 *  noun; one deeper in the sentence may be an object ("… and remove loopholes like guidelines that
 *  allow companies to tell …"). */
function openingPlural(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  const phrase = phraseEndingAt(names, tokens, k, true);
  const at = phrase ? tokens.findIndex((t) => t.start === phrase.start) : -1;
  const opening = at === 0 || (at === 1 && /^(and|but|yet|so|many|most|some|local|other)$/iu.test(tokens[0]!.text));
  return opening ? phrase : null;
}

/** A verb's plain form: the lexicon's infinitive, or a word whose form in -s is a present tense
 *  ("live", "own": the lexicon knows them as adjectives, "lives" and "owns" as verbs). */
function isPlainVerb(word: string): boolean {
  if (tagsOf(word).includes('Infinitive')) return true;
  return isLowerCaseWord(word) && tagsOf(`${word}s`).includes('PresentTense');
}

/** Whether what the cue at `r` in a relative clause on the subject reports ends after `j`, at or before the cue at `cue`. */
function clauseEndsAt(tokens: Token[], r: number, j: number, cue: number): boolean {
  const end = restrictiveRelativeEnd(tokens, r, 0);
  return end > j && end <= cue;
}

/**
 * The noun a subject relative clause ending at `j` hangs from: "Officials who attended the meeting
 * said", "sources who reviewed them told", "the report that was released on Monday says". The
 * clause must open with its verb, so "the man who she said …" and "warned that officials …" are none.
 */
export function relativeClauseHead(names: NameIndex, tokens: Token[], j: number, cue: number): SpeakerSurface | null {
  for (let r = j; r > 0 && j - r < 16; r--) {
    const word = tokens[r]!.text;
    if (!isWord(word) && !isPossessiveMark(word) && !(RELATIVE_CLITIC.test(word) && /^who$/iu.test(tokens[r - 1]!.text))) return null;
    // ("Parents who complained about the noise said", "who complained that it was too loud said": a cue
    // of the clause whose content ends right before this cue goes on to its pronoun; not "who said the
    // manager told", whose content holds this cue.)
    if (r < j && cueLemma(word) && !clauseEndsAt(tokens, r, j, cue)) return null;
    const pronoun = word.toLowerCase();
    if (pronoun === 'whose') return ownerOfClause(names, tokens, r, j);
    if (pronoun !== 'who' && pronoun !== 'that' && pronoun !== 'which') continue;
    // ("who complained that …": "that" after a cue opens what it reports.)
    if (pronoun === 'that' && r < j && cueLemma(tokens[r - 1]!.text) && clauseEndsAt(tokens, r - 1, j, cue)) continue;
    if (r === j || tokens[r - 1]!.text === ',') return null;
    const next = tokens[r + 1]!.text;
    const verbAfterThat = pronoun !== 'who' && (pluralVerbAfterThat(tokens, r) || auxiliaryOrVerbWithObject(tokens, r + 1));
    const opensWithVerb =
      pronoun === 'who'
        ? // ("Leaders who’d rather …": "’d" is the clause's verb, written as the pronoun's clitic.)
          (/^\p{Ll}/u.test(next) && !DETERMINERS.has(next) && !ARTICLES.has(next) && !PRONOUNS.has(next) && !NOT_NOUN.has(next)) || RELATIVE_CLITIC.test(next)
        : isFiniteVerb(next) || between(next) || verbAfterThat;
    if (!opensWithVerb) return null;
    const antecedent = phraseEndingAt(names, tokens, r - 1, pronoun === 'who') ?? (verbAfterThat ? openingPlural(names, tokens, r - 1) : null);
    return antecedent && headOf(names, tokens, antecedent);
  }
  return null;
}

/** A verb written as the clitic of "who": "who’d", "who’s", "who’ll", "who’ve". */
const RELATIVE_CLITIC = /^['’](d|s|ll|ve)$/u;

/** "Mayors whose budgets have been cut say", "Fishermen whose boats were damaged said": the owner
 *  before "whose" speaks when the clause has a verb of its own before the cue; in "the town whose
 *  mayor said" the cue is the clause's verb, and what the owner owns speaks. */
function ownerOfClause(names: NameIndex, tokens: Token[], r: number, j: number): SpeakerSurface | null {
  if (r === j || r === 0 || tokens[r - 1]!.text === ',') return null;
  const ownVerb = tokens.slice(r + 2, j + 1).some((t) => isFiniteVerb(t.text) || isFiniteAuxiliary(t.text));
  if (!ownVerb) return null;
  const owner = phraseEndingAt(names, tokens, r - 1, true);
  return owner && headOf(names, tokens, owner);
}

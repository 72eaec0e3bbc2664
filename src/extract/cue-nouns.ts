// When a cue word is a noun, not a verb (cue-guards.ts): "a New York Times report that …", "his
// claims", "the following comment", "a snappy retort"; a noun reports only with "that", if at all.
import { cueLemma } from './cues.js';
import { demonyms } from './gazetteer.js';
import { documentHeadBefore } from './document-subjects.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isAdverb, isAuxiliary, isCopula, isFiniteVerb, isNonFiniteBe, isPastOrGerundForm, isPluralNoun, tagsOf } from './lexicon.js';
import type { SpeakerFinder } from './speakers.js';
import { compoundNounSubject } from './modifier-cues.js';
import { isPossessiveMark, type Token, isLowerCaseWord } from './tokens.js';
import { determinerNotThat, isModal, PRONOUNS } from './word-classes.js';

/** "insulting", "Democratic", "Iranian": an adjective, a party's or a people's. */
const isAdjectiveWord = (w: string) =>
  tagsOf(w).includes('Adjective') || demonyms.has(w) || /^(democratic|republican|conservative|liberal|progressive)$/u.test(w);

/** "growing", "repeated": a participle that is no cue, as a noun's modifier. */
const participleModifier = (w: string) => /^\p{Ll}{3,}(ing|ed)$/u.test(w) && !cueLemma(w);
const isModifierWord = (w: string) => isAdjectiveWord(w) || participleModifier(w);
/** "joint": a lower-case word the lexicon does not know, and no plural. */
const unknownModifier = (w: string) => /^\p{Ll}{3,}$/u.test(w) && !/s$/u.test(w) && tagsOf(w).length === 0;

// Cue words that are nouns as often as verbs in their plain and -s forms.
const NOUNISH = new Set([
  'call',
  'show',
  'post',
  'signal',
  'label',
  'brand',
  'term',
  'report',
  'claim',
  'note',
  'comment',
  'answer',
  'reply',
  'promise',
  'pledge',
  'demand',
  'order',
  'charge',
  'tweet',
  'warn',
  'remark',
  'counter',
  'question',
  'mention',
  'estimate',
  'rule',
]);

/** "a New York Times report that …", "his claims": the noun, not the verb. */
export function nounUse(tokens: Token[], i: number, lemma: string, speakers: SpeakerFinder): boolean {
  const form = tokens[i]!.text.toLowerCase();
  if (!NOUNISH.has(lemma) || (form !== lemma && form !== `${lemma}s`)) return false;
  // "A review by the Gazette shows …": after a document, "shows" is what it shows.
  if (lemma === 'show' && documentHeadBefore(tokens, i)) return false;
  if (relativeClauseAfter(tokens, i, form !== lemma, speakers)) return true;
  // "The Levelling Up, Housing and Communities Committee report found …": a verb after the word makes it its subject.
  if (/^(found|finds|shows|showed|said|says|concluded|concludes|recommends|recommended)$/u.test(tokens[i + 1]?.text ?? '')) return true;
  // "Jobs report gives …": after another noun and before a verb, the word is that verb's subject.
  if (compoundNounSubject(tokens, i)) return true;
  if (beforeSetOffAttribution(tokens, i) && commonNounBefore(tokens, i, speakers)) return true;
  // "Trump’s comments came …": a possessor makes it a noun, which reports only with "that".
  if (isPossessiveMark(tokens[i - 1]?.text ?? '')) return tokens[i + 1]?.text.toLowerCase() !== 'that';
  if (form !== lemma && objectOfVerbBefore(tokens, i)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.text.toLowerCase();
    // "The Wall Street Journal reports": a name after "the" is the subject of the verb.
    if (w === 'the' && form !== lemma && speakers.isOrganizationEndingAt(tokens[i - 1]!.end)) return false;
    if (/^(a|an|the|his|her|their|its|our|my|your|this|that|these|those)$/u.test(w)) return true;
    // "11% of Democratic claims": adjectives after a preposition make a noun phrase ("analysts at
    // Goldman note" has a name there, and a verb).
    // "amid growing calls for …", "despite repeated claims": so do participles that modify it.
    if (
      k < i - 1 &&
      (PREPOSITIONS.has(w) || /^(of|for|about|by|despite)$/u.test(w)) &&
      tokens.slice(k + 1, i).every((t) => isModifierWord(t.text.toLowerCase()))
    )
      return true;
    // "a strong signal", "the mounting calls": adjectives may stand between the determiner and the noun,
    // as may a word the lexicon does not know, after "a" and before the singular ("a joint call for a
    // ceasefire"; "the union calls", "the police call" are subjects).
    if (
      !/^\p{Lu}/u.test(tokens[k]!.text) &&
      !isPossessiveMark(w) &&
      !(tagsOf(w).includes('Adjective') && !isFiniteVerb(w)) &&
      !participleModifier(w) &&
      !(unknownModifier(w) && form === lemma && /^(a|an)$/iu.test(tokens[k - 1]?.text ?? ''))
    )
      return false;
  }
  return false;
}

/** "rules that would allow night berths", "a city rule that lifts the cap", "questions that could decide
 *  the vote": "that" and a verb at once open a relative clause on a noun, where a verb's "that" clause
 *  would have its own subject first. Only with no subject before the word: after a person, a pronoun,
 *  a name, a relative pronoun or, for the plain form, a plural ("critics charge that would …"), "that"
 *  may be the clause's subject. */
function relativeClauseAfter(tokens: Token[], i: number, inS: boolean, speakers: SpeakerFinder): boolean {
  const verb = tokens[i + 2]?.text ?? '';
  // ("a slide show that predicted a record season", "a question that asked voters …": a verb of speech there
  // reports the noun's own content.)
  if (tokens[i + 1]?.text.toLowerCase() !== 'that' || !(isModal(verb) || isFiniteVerb(verb)) || cueLemma(verb)) return false;
  const before = tokens[i - 1];
  if (!before || !/^\p{Ll}/u.test(before.text) || isPossessiveMark(before.text)) return false;
  const w = before.text.toLowerCase();
  if (PRONOUNS.has(w) || /^(who|which|that|and|or|but)$/u.test(w) || speakers.isPersonAt(before.start)) return false;
  return inS || !isPluralNoun(w);
}

/** Words before a participle that make it passive, with no object after it: "was arrested claims …". */
const passiveAuxiliary = (word: string) => isCopula(word) || isNonFiniteBe(word) || /^(get|gets|got)$/iu.test(word);

/** "raising fresh questions about …", "has renewed Republican calls for …", "was fired over comments
 *  that …", "uttering charges that …": a plural cue word right after a verb that takes it as object, or
 *  after a preposition, with only modifiers between, is a noun; the words before it are no subject
 *  ("leaked documents show" has a noun before the verb, "a man who was arrested claims" a passive). */
function objectOfVerbBefore(tokens: Token[], i: number): boolean {
  if (PREPOSITIONS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return true;
  let k = i - 1;
  while (k > 0 && k >= i - 2 && isAdjectiveWord(tokens[k]!.text.toLowerCase()) && !isFiniteVerb(tokens[k]!.text)) k--;
  const verb = tokens[k]?.text ?? '';
  // (A verb the lexicon knows as one: "bigoted", "renewed" are read as adjectives.)
  if (!isPastOrGerundForm(verb, 3) || passiveAuxiliary(tokens[k - 1]?.text ?? '')) return false;
  const before = tokens[k - 1]?.text ?? '';
  // ("the growing calls", "amid mounting questions": a participle after a determiner or preposition qualifies the noun.)
  if (determinerNotThat(before) || /^(amid|despite|of|for|about)$/iu.test(before)) return false;
  if (/ed$/u.test(verb)) return true;
  // A form in -ing is a verb only after a comma, a conjunction, a preposition, a verb or an adverb:
  // "and uttering charges", "keep raising questions" ("the parish meeting shows" is a noun before a verb).
  return (
    /^(,|and|or|but|with|by|while|after|before|without|from|on)$/iu.test(before) ||
    isAuxiliary(before) ||
    isFiniteVerb(before) ||
    (/^\p{Ll}/u.test(before) && isAdverb(before))
  );
}

/** "Cost estimates, he added, were …": a cue word right before an attribution set off by commas
 *  ends the subject of the clause that attribution interrupts (after a person, "Holt claims, her
 *  aide said, …", it may still be a verb). */
function beforeSetOffAttribution(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  const close = tokens.findIndex((t, n) => n > i + 3 && n <= i + 8 && t.text === ',');
  const words = tokens.slice(i + 2, close);
  return close > 0 && words.slice(1).some((t) => !!cueLemma(t.text)) && words.every((t) => /^[\p{L}.'’-]+$/u.test(t.text));
}

/** "estimates" after "Cost" or "early": a common noun or modifier, no name or pronoun, before the word. */
const commonNounBefore = (tokens: Token[], i: number, speakers: SpeakerFinder) =>
  i > 0 &&
  (/^\p{Ll}/u.test(tokens[i - 1]!.text) || i === 1) &&
  !speakers.isPersonAt(tokens[i - 1]!.start) &&
  !PRONOUNS.has(tokens[i - 1]!.text.toLowerCase()) &&
  !/^who$/iu.test(tokens[i - 1]!.text);

/** Words that make a cue word after them a noun. */
const NOUN_DETERMINER = /^(the|a|an|this|that|these|those|following|his|her|their|its|our|my|same|new)$/iu;
/** Cue words that are nouns as well: "an earnings call", "a brief comment". */
const CUE_NOUN = /^(call|calls|comment|comments|report|reports|note|notes|claim|claims|remark|remarks|reply|answer|tweet|tweets|post|posts|question)$/iu;
/** Cue words that name a saying after a modifier: "a defiant chant", "a snappy retort" ("the crowd
 *  chants" has a noun before the verb). */
const SAYING_NOUN =
  /^(chant|chants|retort|retorts|quip|quips|boast|boasts|vow|vows|pledge|pledges|promise|promises|shout|shouts|whisper|whispers|joke|jokes)$/iu;
const modifierBefore = (tokens: Token[], j: number) =>
  isLowerCaseWord(tokens[j - 1]?.text ?? '') && !tagsOf(tokens[j - 1]!.text).some((g) => g === 'Singular' || g === 'Plural');
/** "reprised the caustic chant", "gave a snappy retort": a saying named after a determiner and a modifier. */
export const sayingNounAt = (tokens: Token[], j: number) =>
  SAYING_NOUN.test(tokens[j]?.text ?? '') && NOUN_DETERMINER.test(tokens[j - 2]?.text ?? '') && modifierBefore(tokens, j);

/** "the following comment", "The report had", "told an earnings call": a cue word after a
 *  determiner, or after a determiner and a modifier, is a noun. */
export const cueNounAt = (tokens: Token[], j: number) =>
  NOUN_DETERMINER.test(tokens[j - 1]?.text ?? '') ||
  (CUE_NOUN.test(tokens[j]!.text) && NOUN_DETERMINER.test(tokens[j - 2]?.text ?? '') && isLowerCaseWord(tokens[j - 1]?.text ?? '')) ||
  sayingNounAt(tokens, j) ||
  (j === 0 && /^(report|reports|comment|comments|note|notes|question)$/iu.test(tokens[j]!.text));

// Where a cue inside a relative clause on its speaker stops reporting: "Smith, who has denied the
// charges, is due in court" ends at the clause's closing comma, however many verbs the clause joins
// before the cue ("the six men, who were found adrift and then claimed asylum, would be moved");
// "Backbenchers who had threatened to rebel welcomed the change" ends before the main clause's verb,
// and so does a clause reported there ("A mother who argued that … has lost her case").
// And where a relative clause after a content is the narrator's: "…, which are pricing in three cuts".
import { relativeSubjectBefore, subjectAndVerbAt } from './clause-openings.js';
import { beliefForm } from './belief-verbs.js';
import { cueLemma } from './cues.js';
import { isFiniteAuxiliary, isAdverb, isCalendarWord, isFiniteVerb, isModal, isNonFiniteBe, mayBePresentInS, tagsOf } from './lexicon.js';
import { asideDashAt, opensAside } from './open-dashes.js';
import { isClosingQuoteMark } from './quote-mark-tokens.js';
import { isLowerCaseWord, type Token } from './tokens.js';
import { objectVerb, topicFrame, topicVerbLemma } from './topic-verbs.js';

const YEAR = /^(1[89]|20)\d\d$/u;
/** Words that may stand between the relative pronoun and its cue: "who has since denied …". */
const BEFORE_CUE = /^(has|have|had|also|long|not|never|later|then)$/iu;

/** The closing comma of a relative clause holding the cue ("Smith, who has denied the charges, is …"), or -1. */
export function relativeClauseClose(tokens: Token[], cue: number, speakerStart: number): number {
  const relative = relativePronounOf(tokens, cue);
  const opening = tokens[relative - 1]?.text ?? '';
  if (relative < 1 || tokens[relative - 1]!.start < speakerStart) return -1;
  if (opening === ',') return tokens.findIndex((t, n) => n > cue && t.text === ',');
  // ("Mayor Ann Holt – who said the pier would close – left", "Ann Holt (who said …) left": the clause
  // closes at the dash or bracket closing it, where there is one.)
  if (opening === '(') return tokens.findIndex((t, n) => n > cue && t.text === ')');
  // (Not after a dash closing an aside, "critics – like Ann Holt – who say …", which opens no clause; nor
  // at a dash joining two numbers inside it: "who said the 2019–21 levies failed".)
  return opensAside(tokens, relative - 1) ? tokens.findIndex((_, n) => n > cue && asideDashAt(tokens, n)) : -1;
}

/** The pronoun opening the relative clause whose verb the cue is, or -1: right before it, past
 *  auxiliaries, adverbs and a year, or further back when the clause joins verbs before it ("who
 *  have long argued", "who arrived by boat and then called for …"). */
function relativePronounOf(tokens: Token[], cue: number): number {
  const relative = wordBeforeVerbGroup(tokens, cue);
  if (/^(which|who)$/iu.test(tokens[relative]?.text ?? '')) return relative;
  // ("Unions that have endorsed him say": "that" after a noun, no verb or cue, opens a relative clause.)
  if (/^that$/iu.test(tokens[relative]?.text ?? '') && relative < cue && nounBefore(tokens, relative)) return relative;
  return relativeSubjectBefore(tokens, 0, cue + 1);
}

/** The index of the word before the cue's verb group: past up to four auxiliaries, adverbs and a year
 *  ("who has since denied", "which in 2019 also argued"), where a relative pronoun stands. */
export function wordBeforeVerbGroup(tokens: Token[], cue: number): number {
  let k = cue - 1;
  while (k > 0 && k > cue - 5 && inVerbGroup(tokens, k)) k--;
  return k;
}

/** An auxiliary, an adverb or a year ("in 2019") that may stand between a relative pronoun and its cue. */
function inVerbGroup(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text;
  return BEFORE_CUE.test(w) || YEAR.test(w) || isAdverb(w) || (/^in$/iu.test(w) && YEAR.test(tokens[k + 1]!.text));
}

/** Whether the word before `n` may end a noun phrase: a word, no finite verb nor verb of speech ("said that"). */
function nounBefore(tokens: Token[], n: number): boolean {
  const w = tokens[n - 1]?.text ?? '';
  return /^\p{L}/u.test(w) && !isFiniteVerb(w) && !cueLemma(w) && !isNonFiniteBe(w);
}

/** "Backbenchers who had threatened to rebel welcomed the change", "Men who called for asylum were
 *  detained": a cue in a relative clause without commas on the sentence's subject, with a phrase
 *  for content (no clause of its own), reports up to the main clause's verb: its index, or -1. */
export function restrictiveRelativeEnd(tokens: Token[], cue: number, speakerStart: number): number {
  const relative = relativePronounOf(tokens, cue);
  if (relative < 1 || tokens[relative - 1]!.text === ',' || tokens[relative - 1]!.start < speakerStart) return -1;
  // The antecedent is the sentence's subject: no verb of the main clause before the pronoun.
  if (tokens.slice(0, relative).some((t) => isFiniteVerb(t.text) || t.text === ',')) return -1;
  // "threatened to rebel": the infinitive's verb is the content's; "called for asylum": a noun follows;
  // "accused the mayor of hypocrisy", "complained about the noise": a phrase, whose first finite verb after it is the main clause's.
  const infinitive = /^to$/iu.test(tokens[cue + 1]?.text ?? '');
  const calledFor = /^for$/iu.test(tokens[cue + 1]?.text ?? '');
  if (!infinitive && !calledFor && !takesPhraseOnly(tokens, cue)) return mainAuxiliaryAfterClause(tokens, cue);
  for (let k = cue + (infinitive || calledFor ? 2 : 1) + (infinitive ? 1 : 0); k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^[,;:“”"(]$/u.test(w) || /^(who|which|that|and|or|but)$/iu.test(w)) return -1;
    if (isFiniteVerb(w) || plainCueAfterPhrase(tokens, k)) return k;
  }
  return -1;
}

/** "Unions that have endorsed him say …": a verb of speech in its plain form (the lexicon's
 *  infinitive, no finite verb to it) after the object's last word, not after "to", a modal or an
 *  auxiliary, is the main clause's verb with a plural subject. */
function plainCueAfterPhrase(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text;
  if (!isLowerCaseWord(w) || cueLemma(w) !== w || !tagsOf(w).includes('Infinitive')) return false;
  const before = tokens[k - 1]?.text ?? '';
  return /^[\p{L}\p{N}]/u.test(before) && !/^to$/iu.test(before) && !isFiniteAuxiliary(before) && !isModal(before);
}

/** "A group backing Ann Holt spent $2 million", "a super PAC supporting Ann Holt, Harbour First, ran
 *  ads": a present participle right after a noun, with no comma, opens a clause on that noun (a reduced
 *  relative), whose object ends at a comma, or before the main clause's verb when the noun is the
 *  sentence's subject: the index of that comma or verb, or -1. */
export function reducedRelativeEnd(tokens: Token[], cue: number, speakerEnd: number): number {
  // (Past a closing quote mark on the noun: "a ''super PAC'' backing Ann Holt".)
  let last = cue - 1;
  while (last > 0 && isClosingQuoteMark(tokens[last]!.text)) last--;
  if (!/^\p{Ll}+ing$/u.test(tokens[cue]!.text) || speakerEnd < (tokens[last]?.end ?? 0) || speakerEnd > tokens[cue - 1]!.end) return -1;
  // The noun is the sentence's subject: no verb of the main clause before the participle ("Still,
  // members backing the bill have said …" past an opening word and its comma).
  const subject = !tokens.slice(0, cue).some((t) => isFiniteVerb(t.text) || isFiniteAuxiliary(t.text));
  for (let k = cue + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^[,;:(—–]$/u.test(w) || (w === '-' && tokens[k + 1]?.text === '-')) return k > cue + 1 ? k : -1;
    if (/^[“”"]$/u.test(w) || /^(who|which|that|but)$/iu.test(w)) return -1;
    if (isFiniteVerb(w) || isFiniteAuxiliary(w)) return subject ? k : -1;
  }
  return -1;
}

/** A cue whose content is a phrase, never a clause: "accused X of …", "blamed X for …", "criticised
 *  the plan", "complained about the noise" (not "complained that …", "denied the claims were …"). */
function takesPhraseOnly(tokens: Token[], cue: number): boolean {
  const word = tokens[cue]!.text;
  if (/^that$/iu.test(tokens[cue + 1]?.text ?? '')) return false;
  if (cueLemma(word) === 'accuse') return true;
  const lemma = topicVerbLemma(word);
  if (!lemma || lemma === 'deny') return false;
  return objectVerb(lemma) || topicFrame(tokens, cue, lemma);
}

/** "A mother who argued that her son had been wrongly excluded | has lost her case": after a clause
 *  for content, its own verb first, the main clause's auxiliary or cue right after a word closing a phrase
 *  ("school has", "away will"), not after a pronoun, a conjunction, an auxiliary or an adverb inside
 *  a verb group ("he will", "and is", "had been", "would never have"); its index, or -1. A verb of
 *  speech or belief in the clause opens one more clause ("said the council knew the road was unsafe
 *  has …"), whose verb comes first too. */
function mainAuxiliaryAfterClause(tokens: Token[], cue: number): number {
  let ownVerb = false;
  for (let k = cue + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^[,;:“”"(—–]$/u.test(w)) return -1;
    const auxiliary = isFiniteAuxiliary(w);
    const before = tokens[k - 1]!.text;
    // ("who asked not to be identified said": a participle after "be" is the clause's own verb.)
    const passive = isNonFiniteBe(before) && /^\p{Ll}/u.test(w);
    if (!auxiliary && !isFiniteVerb(w)) {
      ownVerb ||= passive;
      continue;
    }
    // ("Villagers who complained that the quarry was too loud | said …": or the main clause's own cue.)
    if (
      ownVerb &&
      (auxiliary || !!cueLemma(w)) &&
      /^\p{L}/u.test(before) &&
      !OPENS_CLAUSE.test(before) &&
      !isFiniteAuxiliary(before) &&
      !PREVERBAL_ADVERB.test(before)
    )
      return k;
    // ("who asked not to be quoted said": a cue's passive with a verb right after it reports nothing.)
    ownVerb = (!cueLemma(w) && !beliefForm(w)) || (passive && (isFiniteVerb(tokens[k + 1]?.text ?? '') || isFiniteAuxiliary(tokens[k + 1]?.text ?? '')));
  }
  return -1;
}
/** Words after which a verb belongs to a clause they open, or goes on with a verb before. */
const OPENS_CLAUSE = /^(he|she|it|they|we|i|you|who|which|that|and|or|but|if|when|because|as|than|what|where|to|not|be|been|being|there)$/iu;
/** Adverbs standing inside a verb group ("would never have", "had also been"), unlike "away" or "ago". */
const PREVERBAL_ADVERB = /^(\p{Ll}+ly|never|also|still|already|just|often|always|even|ever|now|then|later|since|soon)$/u;

/** "told reporters the bank would not be rushed by markets, which are pricing in three cuts", "…
 *  in New York, where he trails by ten points", "…, when the firm is due to report": a last
 *  relative clause in the present after a past cue (not "has said") is what the narrator knows now;
 *  what was said then shifts back ("…, which was pricing in …"). */
export function presentRelativeAt(tokens: Token[], cue: number, k: number): boolean {
  const pronoun = tokens[k]?.text.toLowerCase() ?? '';
  if (!/^(which|who|where|when)$/u.test(pronoun) || !tagsOf(tokens[cue]!.text).includes('PastTense') || /^(has|have)$/iu.test(tokens[cue - 1]?.text ?? ''))
    return false;
  // A clause of its own to the sentence end, long enough to tell something new ("…, which is standard
  // practice" is short enough to be said along with it).
  if (tokens.length - k < 8 || tokens.slice(k + 1).some((t) => /^[,;:“”"]$/u.test(t.text))) return false;
  // ("…, when it comes to …": "when" opens a relative clause only after a time.)
  if (
    pronoun === 'when' &&
    !isCalendarWord(tokens[k - 2]?.text ?? '') &&
    !/^(year|month|week|day|spring|summer|autumn|fall|winter)$/iu.test(tokens[k - 2]?.text ?? '')
  )
    return false;
  let n = k + 1;
  // "when the company is …", "where he trails …": a subject of its own first ("in New York, where he
  // trails", of the speaker; "in Cuba, where the regime's outreach has been …" may go on with what was said).
  if (pronoun === 'where' || pronoun === 'when') {
    if (!/^(he|she|it|they|we)$/iu.test(tokens[n]?.text ?? '') && (pronoun === 'where' || !subjectAndVerbAt(tokens, n))) return false;
    n++;
    while (n < k + 6 && /^[\p{L}’'-]+$/u.test(tokens[n]?.text ?? '') && !presentVerbAt(tokens, n) && !isFiniteVerb(tokens[n]!.text)) n++;
  }
  while (n < k + 8 && /^(long|still|now|already|also|currently)$/iu.test(tokens[n]?.text ?? '')) n++;
  return presentVerbAt(tokens, n);
}

/** A verb in the present at `n`: "is", "has", "will", "serves" (the lexicon may know an -s form as a plural only). */
function presentVerbAt(tokens: Token[], n: number): boolean {
  const w = tokens[n]?.text ?? '';
  return /^(is|are|has|have|does|do|will)$/iu.test(w) || tagsOf(w).includes('PresentTense') || (mayBePresentInS(w) && !tagsOf(w).includes('Adjective'));
}

// After a comma in reported content, a clause of the narration's own: one with another speech verb,
// a named or pronoun subject of its own, a contrast with another source's figure ("…, while police
// counted 87,000"), the narrator's comparison or what the speaker did meanwhile, a concession.
import { finiteCue, namedClauseAt, subjectAndVerbAt } from './clause-openings.js';
import { isClosedClassWord, isFiniteAuxiliary, isFiniteVerb, isModal } from './lexicon.js';
import { cueLemma } from './cues.js';
import { phrasalCueAt } from './phrasal-cues.js';
import { PRONOUNS } from './speaker-words.js';
import type { Token } from './tokens.js';
import { topicFrame, topicVerbLemma } from './topic-verbs.js';

/** After a comma, at `after` (its first word `next`), a clause of the narration's own: another
 *  speaker's, one with a subject of its own, a contrast or a concession. */
export function clauseOfItsOwnAt(tokens: Token[], after: number, next: string | undefined, phrase: boolean, subordinate: boolean): boolean {
  if ((next === 'and' || next === 'but') && joinedClauseOfItsOwn(tokens, after, phrase)) return true;
  // (After "As X said …," the main clause is the content: contentOpening has begun there.)
  if (
    subordinate &&
    (namedClauseAt(tokens, after) ||
      (PRONOUNS.has((next ?? '').toLowerCase()) && isFiniteVerb(tokens[after + 1]?.text ?? '')) ||
      (!/^as$/iu.test(tokens[0]!.text) && subjectAndVerbAt(tokens, after, true)))
  )
    return true;
  return subordinateClauseOfItsOwn(tokens, after, next);
}

/** After a comma at `after`, "and" or "but" opening a clause of the narration's own: another speech
 *  verb's, or one with a subject of its own. */
function joinedClauseOfItsOwn(tokens: Token[], after: number, phrase: boolean): boolean {
  // "…, and when pressed, she replied …": a clause with a speech verb of its own.
  if (tokens.some((_, n) => n > after && finiteCue(tokens, n))) return true;
  // "…, and she railed against …", "…, but he pointed out that …": so with a verb that speaks through
  // its particle or of its topic, the clause's own verb after a short subject.
  if (particleSpeechSoonAfter(tokens, after + 1)) return true;
  // "…, and Hillary Clinton is promising …": a clause with a named subject of its own is narration.
  if (namedClauseAt(tokens, after + 1)) return true;
  // "agreed to lend him $5 million, and the union also stepped in", "promising lower taxes, but he
  // has also intensified …": after a phrase, a clause with a subject of its own is narration.
  return phrase && subjectAndVerbAt(tokens, after + 1);
}

/** After a comma at `after`, a subordinator (`next`: "while", "as", "to which", "although") opening a
 *  clause of the narration's own: another speaker's, a contrast, a comparison, a concession. */
function subordinateClauseOfItsOwn(tokens: Token[], after: number, next: string | undefined): boolean {
  // "…, while 73 percent said the same": a contrast with a speech verb of its own.
  // "…, as Eric Garner, gasping on a sidewalk, said before he died": another speaker's attribution.
  // "denied that it sold the data, after a newspaper alleged that …": what led to it is the narrator's.
  if (/^(while|whereas|as|after|when)$/u.test(next ?? '') && tokens.some((_, n) => n > after && n <= after + 14 && finiteCue(tokens, n))) return true;
  // "…, while acknowledging that fares may rise": what the speaker said meanwhile, a cue's participle.
  if (next === 'while' && speechParticipleAt(tokens, after + 1)) return true;
  // "asked whether he would stand again, to which he replied that …": the answer is the one asked's speech.
  if (next === 'to' && /^which$/iu.test(tokens[after + 1]?.text ?? '') && tokens.some((_, n) => n > after + 1 && n <= after + 6 && finiteCue(tokens, n)))
    return true;
  // "…, while the interior ministry put the figure at 480,000", "…, while police counted 87,000": another source's figure.
  if ((next === 'while' || next === 'whereas') && tokens.some((t, n) => n > after + 1 && n <= after + 8 && RIVAL_FIGURE.test(t.text))) return true;
  // "…, as he did again during the debate": the narrator's comparison.
  if (
    next === 'as' &&
    PRONOUNS.has((tokens[after + 1]?.text ?? '').toLowerCase()) &&
    isFiniteAuxiliary(tokens[after + 2]?.text ?? '') &&
    !isModal(tokens[after + 2]!.text)
  )
    return true;
  // "…, as have other council members", "…, as did her rival": others the narrator says said the same,
  // the auxiliary before its subject (not "as has been reported", "as is tradition").
  if (next === 'as' && invertedComparisonAt(tokens, after + 1)) return true;
  // "…, as she sought to regain momentum", "…, as they bristle at …": what the speaker was doing
  // meanwhile, a verb of its own after a pronoun (not "as it would", "as he had", said along with it).
  if (
    next === 'as' &&
    /^(he|she|they|we)$/iu.test(tokens[after + 1]?.text ?? '') &&
    isFiniteVerb(tokens[after + 2]?.text ?? '') &&
    !isFiniteAuxiliary(tokens[after + 2]!.text)
  )
    return true;
  // ", although he refused …": a concession belongs to the narration; one with no subject or verb
  // of its own qualifies what was said ("a crucial, although brief, chance", "…, though not the results").
  return /^(although|though|whereas)$/u.test(next ?? '') && !verblessConcessionAt(tokens, after + 1);
}

/** "has Ann Holt", "have other council members", "did her rival" at `k`: "do" or "have" standing before
 *  its subject, a name or a determiner opening a noun phrase, as the narrator's comparison puts it. */
function invertedComparisonAt(tokens: Token[], k: number): boolean {
  if (!/^(has|have|had|did|do|does)$/u.test(tokens[k]?.text ?? '')) return false;
  const subject = tokens[k + 1]?.text ?? '';
  return /^\p{Lu}/u.test(subject) || INVERTED_SUBJECT_OPENINGS.test(subject);
}

/** Determiners and quantifiers opening the subject after an inverted auxiliary. */
const INVERTED_SUBJECT_OPENINGS = /^(other|others|many|most|some|several|both|all|the|his|her|their|its|a|an|two|three|fellow)$/u;

/** "brief", "culturally conservative", "not the results" at `k`: a concession cut short, its first
 *  word no subject or preposition opening a clause (a pronoun, an article, "in", a name: "though in
 *  May he said …") and no finite verb or cue in its first words ("though public records indicate …"). */
function verblessConcessionAt(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  if (!/^\p{Ll}/u.test(first) || /^there/u.test(first) || (first !== 'not' && isClosedClassWord(first))) return false;
  for (let n = k; n < k + 4 && n < tokens.length && !/^[,;:.]$/u.test(tokens[n]!.text); n++) {
    if (isFiniteVerb(tokens[n]!.text) || cueLemma(tokens[n]!.text)) return false;
  }
  return true;
}

/** A cue's participle ("acknowledging", "warning"), after "also" or "still" at most, and not the
 *  participle the sentence reported by already ("telling one porter …, while telling another …"
 *  is one report of both). */
function speechParticipleAt(tokens: Token[], k: number): boolean {
  const n = /^(also|still|often)$/u.test(tokens[k]?.text ?? '') ? k + 1 : k;
  const w = tokens[n]?.text ?? '';
  return /^\p{Ll}+ing$/u.test(w) && !!cueLemma(w) && !tokens.slice(0, k).some((t) => t.text === w);
}

/** Verbs another source gives its own figure by. */
const RIVAL_FIGURE = /^(put|puts|estimated|estimates|counted|counts|tallied|reckoned|numbered|forecast|forecasts|projected)$/u;

/** A verb of particleSpeechAt in the four words after `k`, with no relative pronoun or comma before
 *  it ("…, and the reason was Tom Hale, who had talked about …" is no clause of a speaker's). */
function particleSpeechSoonAfter(tokens: Token[], k: number): boolean {
  for (let n = k + 1; n < k + 5 && n < tokens.length; n++) {
    if (/^(who|which|that|[,;:])$/iu.test(tokens[n]!.text)) return false;
    if (particleSpeechAt(tokens, n)) return true;
  }
  return false;
}

/** A finite verb that speaks with the word after it: "pointed out that", "railed against", "joked about". */
function particleSpeechAt(tokens: Token[], n: number): boolean {
  const w = tokens[n]!.text;
  if (/ing$/u.test(w) || !/^\p{Ll}/u.test(w) || /^(to|the|a|an)$/iu.test(tokens[n - 1]?.text ?? '')) return false;
  const lemma = topicVerbLemma(w);
  return !!phrasalCueAt(tokens, n) || (!!lemma && topicFrame(tokens, n, lemma));
}

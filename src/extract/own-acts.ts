// Whether a topic verb is the act of its own subject (topic-speech.ts): not an adjective, an aim
// unfulfilled or a gerund inside a phrase; "to" only after an act done in full or a count of those who
// did it; a speaker shared after "and" only in the verb's own tense.
import { cueLemma } from './cues.js';
import { isCalendarWord, isFiniteVerb, isVerbForm, isFiniteAuxiliary, isFormOfBe, isModal } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { ReportSentence } from './reporting-cues.js';
import { ARTICLES } from './speaker-words.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isPlainWord, type Token } from './tokens.js';
import { isAdverbish, topicVerbLemma } from './topic-verbs.js';
import { talkReportedAhead } from './speech-to-come.js';
import { givesName, nameGivenAt } from './names-given.js';

/** Whether the verb at `i` is the act of a subject of its own or of the clause before: not an
 *  adjective ("insulting remarks", "viewed as disparaging"), an unfulfilled aim ("its failure to
 *  speak out", "called on him to apologize") or a gerund inside a phrase ("after railing against"). */
export function ownAct(tokens: Token[], i: number, lemma: string, speakerEnd: number): boolean {
  const form = tokens[i]!.text.toLowerCase();
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  // ("Shamkhani referred to those negotiations and said …": a finite "refer" names a subject the next words take
  // up; only the participle beside speech, "said, referring to the mills", tells what the words were about.)
  // ("referred to the protesters as “my neighbours”": what one calls something is said, in any form.)
  if (lemma === 'refer' && form !== 'referring') return nameGivenAt(tokens, i, lemma) > 0;
  // ("portrayed her rival as a puppet", "sought to cast himself as …": made out in words, in any form.)
  if (givesName(lemma)) return nameGivenAt(tokens, i, lemma) > 0 && !isModal(before) && !ARTICLES.has(before);
  const gerund = /ing$/u.test(form) && before !== ',' ? gerundAct(tokens, i, before) : null;
  if (gerund !== null) return gerund;
  // "barely mentioned climate change", "rarely spoke of it": little said is no report of it.
  if (/^(barely|hardly|scarcely|rarely|seldom)$/u.test(before)) return false;
  if ((form === lemma || form === `${lemma}s`) && nounAfter(before)) return false;
  // "will discuss the plan next month": speech yet to come has not been given.
  // ("56 percent would vote for Ann Holt": a vote one would cast is a stance one holds now; "split on
  // whether they'd vote for her" asks it.)
  if (lemma === 'vote' && /^(would|['’]d)$/u.test(before)) return !tokens.slice(Math.max(0, i - 5), i).some((t) => /^(whether|if)$/iu.test(t.text));
  // (A discussion or a talk to come is reported as one held, but not a leave to speak: "not authorized
  // to discuss it", "on condition of anonymity to discuss".)
  if (talkReportedAhead(lemma))
    return before !== 'to' || !/^(authori[sz]ed|permitted|allowed|cleared|free|anonymity|anonymously)$/iu.test(tokens[i - 2]?.text ?? '');
  if (isModal(before) || /^(shall|['’]ll)$/u.test(before)) return false;
  return before !== 'to' || (form === lemma && infinitiveDone(tokens, i, speakerEnd));
}

/** Whether the gerund at `i` after `before` is the subject's act; null where the gerund tells nothing. */
function gerundAct(tokens: Token[], i: number, before: string): boolean | null {
  // "In defending himself, …": a gerund opening the sentence goes with its subject, and so does one
  // telling how its act was done ("won the race by denouncing the levy", "has been vocal in rejecting it").
  if (i > 2 && mannerGerund(tokens, i - 1)) return true;
  if (PREPOSITIONS.has(before) || /^(as|for|of|by|about|with)$/u.test(before)) return i === 1;
  if (/^(the|a|an|his|her|their|its|our|stop|stopped|keep|kept|quit)$/u.test(before)) return false;
  return null;
}

/** Whether the verb's base or plural form after `before` is a noun there. */
function nounAfter(before: string): boolean {
  return (
    // "declined comment on", "declined all comment on", "held talks on": a noun after a verb or a quantifier.
    /^(all|no|any|further|without)$/u.test(before) ||
    (isVerbForm(before) && !isFiniteAuxiliary(before)) ||
    // "rose 8.8 points to 60.0", "by 0.1 percentage points to 4.2 percent": an amount's unit, no verb.
    /^\p{N}/u.test(before) ||
    /^(percentage|basis|few|several)$/u.test(before) ||
    // "Mr. Lee's push for a levy", "his push for it": a noun after its owner is no verb.
    /^(['’]s?|his|her|their|its|our|my|your)$/u.test(before) ||
    /\p{L}['’]s$/u.test(before)
  );
}

/** Whether the infinitive at `i` ("to" before it) is an act done, not one meant or asked for. */
function infinitiveDone(tokens: Token[], i: number, speakerEnd: number): boolean {
  // ("the first senator to endorse Ann Holt", "one of few mayors to criticize the levy": one counted among those who did it.)
  if (countedAmongActors(tokens, i - 1, speakerEnd)) return true;
  // "went on to discuss", "gathered Friday to discuss", "appeared to blame": what the subject went and
  // did, not what it meant or was asked to do.
  const k = pastWhomAndWhen(tokens, i - 2);
  return (
    /^(went|met|gathered|convened|came|returned|took|appeared|seemed|proceeded|continued|began|started)$/iu.test(tokens[k]?.text ?? '') ||
    actDoneTo(tokens, i - 1)
  );
}

/** "by" or "in" at `k` before a gerund telling how the subject's act was done: "won by denouncing …",
 *  "was vocal in rejecting …"; not after a passive ("is justified by arguing …") nor a word that makes
 *  the gerund an aim or a role ("interested in discussing", "a role in criticizing"). */
function mannerGerund(tokens: Token[], k: number): boolean {
  const prep = tokens[k]!.text;
  const before = tokens[k - 1]!.text.toLowerCase();
  if (prep === 'by') return !(/^\p{Ll}+(ed|en)$/u.test(before) && tokens.slice(Math.max(0, k - 4), k - 1).some((t) => isFormOfBe(t.text)));
  return prep === 'in' && /^\p{Ll}/u.test(before) && !NOT_MANNER_BEFORE_IN.test(before);
}
const NOT_MANNER_BEFORE_IN =
  /^(interested|interest|role|part|involved|engaged|instrumental|useful|help|helpful|joy|pleasure|point|sense|difficulty|trouble|success|succeeded|fail|failed|mistake|wrong|right|justified|lead|hand|persist|persisted|persists|join|joined|joins|joining)$/u;

/** "to" at `k` after an act done in full: "was quick to condemn", "went out of his way to praise",
 *  "used the speech to criticize" (not "was eager to attack" nor "plans to praise": an aim). */
function actDoneTo(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (/^(quick|swift)$/u.test(before)) return true;
  if (before === 'way' && /^out of$/iu.test(`${tokens[k - 4]?.text} ${tokens[k - 3]?.text}`)) return true;
  for (let n = k - 2; n >= 0 && n >= k - 7; n--) {
    const w = tokens[n]!.text;
    // ("went on the radio to defend …", "held a call to defend …", "took to the steps of the hall to
    // assail …": a purpose clause after an act done on the way, not "called on him to apologize".)
    if (/^(used|uses|using)$/u.test(w) || (PURPOSED_ACT.test(w) && !(w === 'called' && /^(on|upon|for)$/iu.test(tokens[n + 1]!.text)))) return true;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(w) || isVerbForm(w)) return false;
  }
  return false;
}
/** Acts done to speak, before the infinitive that says what for: "went on the radio to", "held a call to". */
const PURPOSED_ACT =
  /^(went|goes|came|comes|returned|appeared|appears|took|takes|met|meets|gathered|convened|held|holds|gave|gives|called|phoned|emailed|mounted|launched|visited|travell?ed|stepped|rose|stood|joined|invoked|turned)$/u;

const CHANCE_TO = /^(chances?|opportunit(y|ies)|time|times|right|rights|way|day|attempt|bid|call|effort|move|decision|need|ones?)$/iu;

/** Whether "to" at `k` follows a count of those who did the act: "was one of three councillors to
 *  vote against", "among 12 senators to vote for", "the first mayor to endorse" tell an act its
 *  subject did, where "urged the council to vote for" and "will be free to vote for" tell one asked
 *  for or allowed. The count names who did it only after a speaker or a verb ("Ann Holt, the first
 *  mayor to …", "said the only senator to …"); "One of the three councillors to vote against the
 *  levy was Tom Pike" names them after its own verb. */
function countedAmongActors(tokens: Token[], k: number, speakerEnd: number): boolean {
  // ("was the last chance to vote for it": a chance or a right to vote is none cast.)
  if (CHANCE_TO.test(tokens[k - 1]?.text ?? '')) return false;
  const namedBefore = (count: number) => speakerEnd <= tokens[count]!.start || tokens.slice(0, count).some((t) => isFiniteVerb(t.text));
  for (let n = k - 1; n > 0 && n >= k - 8; n--) {
    const w = tokens[n]!.text.toLowerCase();
    if (w === 'among') return namedBefore(n);
    if (w === 'of' && /^(one|two|three|four|five|some|many|most|all)$/u.test(tokens[n - 1]?.text.toLowerCase() ?? '')) return namedBefore(n - 1);
    if (/^(only|sole|first|last|lone)$/u.test(w) && /^(the|an?)$/u.test(tokens[n - 1]?.text.toLowerCase() ?? '')) return namedBefore(n - 1);
    if (!isPlainWord(w) || (isVerbForm(w) && !/^\p{N}/u.test(w))) return false;
  }
  return false;
}

/** From token `k` back past when and with whom ("on Tuesday", "with union leaders on Wednesday"):
 *  the index of the word before them, the verb of "met with X to discuss …" ("to vote" is no verb's partner). */
function pastWhomAndWhen(tokens: Token[], k: number): number {
  const pastWhen = (n: number) => {
    while (n > 0 && (isCalendarWord(tokens[n]!.text) || tokens[n]!.text === 'on')) n--;
    return n;
  };
  k = pastWhen(k);
  for (let n = k; n > 0 && n >= k - 6; n--) {
    const w = tokens[n]!.text;
    if (/^with$/iu.test(w)) return pastWhen(n - 1);
    if (!isPlainWord(w) || isVerbForm(w)) break;
  }
  return k;
}

/** A speaker shared with the clause before: after "and", a form of the verb's own tense ("attacked
 *  X and defended Y", not "to fix, increase and address"), and never a place. */
export function sharedAct(s: ReportSentence, i: number, speaker: SpeakerSurface): boolean {
  if (s.speakers.nameAt.get(speaker.start)?.entity.type === 'LOCATION') return false;
  const { tokens } = s;
  let k = i - 1;
  while (k > 0 && isAdverbish(tokens[k]!.text.toLowerCase())) k--;
  const joined = /^(and|but|then)$/iu.test(tokens[k]?.text ?? '');
  const form = tokens[i]!.text.toLowerCase();
  return !joined || form !== (topicVerbLemma(form) ?? cueLemma(form));
}

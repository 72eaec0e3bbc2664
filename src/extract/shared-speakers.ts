// The speaker a cue without a subject of its own shares (reported-speakers.ts): "… and stressed",
// "…, saying", "… to accuse" go on with the sentence's subject, or the speaker of the clause nearest.
import { relativeSubjectBefore } from './clause-openings.js';
import { isAdverb, isAndOrBut, isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { possessedSpeechNoun } from './speech-nouns.js';
import { subordinatePronoun } from './subordinate-pronouns.js';
import { subordinateJoinedSubject } from './subordinate-subjects.js';
import { coordinateClauseSubject } from './coordinate-subjects.js';
import { gerundClauseSubject } from './gerund-clauses.js';
import { absolutePhraseSubject } from './absolute-subjects.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { indexBeforeName, type Token } from './tokens.js';

/** The speaker a cue without a subject of its own shares: "The two discussed … and stressed …", "X
 *  defended the tweets, saying …", "X took to Twitter to accuse …" go on with the sentence's subject. */
export function sharedSpeaker(s: ReportSentence, i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  const { tokens, speakers } = s;
  // "“It’s over,” she said of it, adding that …": after a quotation's attribution, its speaker.
  // (Plain ASCII copy opens it with two apostrophes: "''It's over,'' she said, adding …".)
  // ("“The ferry is late. I think the board failed,” said Ann Holt, suggesting …": a quotation opened in a
  // sentence before goes on to its close; the participle goes with its attribution, not with "I" in it.)
  const afterQuotation =
    !earlier.length && (isOpeningQuoteMark(tokens[0]?.text ?? '') || (tokens[0]?.text === "'" && tokens[1]?.text === "'") || closedBefore(tokens, i));
  const earlierCue = afterQuotation ? speakers.ofEarlierCue(tokens, i) : null;
  // "the manager, who has pleaded guilty and agreed to testify": a cue joined inside a relative
  // clause goes with the relative pronoun's antecedent.
  const relative = relativeSubjectBefore(tokens, 0, i);
  const joined = relative > 0 && tokens.slice(relative, i).some((t) => isAndOrBut(t.text));
  const antecedent = joined ? speakers.before(tokens, relative + 1, true) : null;
  if (antecedent && antecedent !== 'CONJOINED') return antecedent;
  // "The minister resigned after a memo showed …, saying …": a speaker inside a subordinate clause
  // is not the one the participle goes with.
  // ("Holt dismissed Lee's claim that …, calling it …": the owner of a speech noun in the object is not
  // the one the participle goes with.)
  // ("Pike was criticized by Ann Holt for saying …": the agent of a passive is not the one it goes with.)
  const active = earlier.filter((q) => !(q.topic && q.cue && q.speaker && /^\s+by\s+$/u.test(s.text.slice(q.cue.end, q.speaker.start))));
  const last = active.findLast((q) => !ownsSpeechNoun(s, q)) ?? active[active.length - 1];
  // ("… not paying an architect who said he was stiffed, saying …": nor one of a relative clause.)
  const lastSpeaker = last && !subordinateSubject(tokens, last.speaker?.start ?? -1) && !saidInRelativeClause(tokens, last) ? last.speaker : null;
  // ("The strike comes days after the premier warned …, saying …": with no subject that could speak in
  // the main clause, the speaker inside the subordinate one goes on.)
  const shared = lastSpeaker ?? (earlierCue !== 'CONJOINED' ? earlierCue : null) ?? speakers.subject(tokens) ?? last?.speaker ?? speakers.subject(tokens, true);
  // ("X backed the plan even as he criticised its cost, saying …": the clause nearest to it; "…, and
  // when Ann Holt thanked the town and said …": a verb joined inside it has its subject.)
  // ("…, and the union sued the city, saying …": a clause joined after the first has its own subject.)
  return (
    // ("Ann Holt, who opened her campaign by declaring …", "While X push …, Y won votes by promising …".)
    // ("…, with Tom Pike taking to the radio to call her …": the absolute phrase's subject first, as no
    // gerund's subject runs past its participle.)
    absolutePhraseSubject(speakers, tokens, i) ??
    gerundClauseSubject(speakers, tokens, i, earlier) ??
    subordinateJoinedSubject(speakers, tokens, i, earlier) ??
    coordinateClauseSubject(speakers, tokens, i, earlier) ??
    subordinatePronoun(speakers, tokens, i, earlier, shared) ??
    shared
  );
}

/** Whether the first double quote mark before `i` closes a quotation opened in a sentence before: a
 *  closing ” , or a straight " right after the punctuation that ends the quoted words. */
function closedBefore(tokens: Token[], i: number): boolean {
  const k = tokens.findIndex((t, n) => n < i && (t.text === '”' || t.text === '“' || t.text === '"'));
  if (k <= 0) return false;
  return tokens[k]!.text === '”' || (tokens[k]!.text === '"' && /^[,.?!]$/u.test(tokens[k - 1]!.text));
}

/** Whether the quote's cue opens a relative clause: "an architect who said …", "a plan that called
 *  for …" ("that" right after a noun, not a verb's "that"). */
function saidInRelativeClause(tokens: Token[], q: QuoteDraft): boolean {
  let at = tokens.findIndex((t) => t.start === q.cue?.start) - 1;
  while (at > 0 && isAdverb(tokens[at]!.text)) at--;
  const before = tokens[at - 1]?.text ?? ',';
  const pronoun = tokens[at]?.text ?? '';
  return at > 0 && before !== ',' && (/^(who|which)$/iu.test(pronoun) || (/^that$/iu.test(pronoun) && /^\p{L}/u.test(before) && !isFiniteVerb(before)));
}

/** Whether the quote was told by a speech noun its speaker owns: "Lee's claim that …", "his warning that …". */
function ownsSpeechNoun(s: ReportSentence, q: QuoteDraft): boolean {
  const at = s.tokens.findIndex((t) => t.start === q.cue?.start);
  return at > 0 && !!possessedSpeechNoun(s.tokens, at);
}

/** A subject opening a subordinate clause after the main one: "… resigned after a memo showed". */
function subordinateSubject(tokens: Token[], speakerStart: number): boolean {
  const at = indexBeforeName(tokens, speakerStart);
  return at >= 0 && /^(after|because|since|when|before|while|until|although|though|once)$/iu.test(tokens[at]?.text ?? '');
}

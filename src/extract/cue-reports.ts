// What a cue at a word reports (reported-speech.ts): a clause of its speaker's, after the cue or before
// it; or, with no clause, its topic or object, a noun's content, nothing for a name given; a speech
// noun that is no cue, with no source.
import { NAMING_VERBS } from './cues.js';
import { namingReportsSpeech, recallReportsSpeech } from './cue-guards.js';
import { nounUse } from './cue-nouns.js';
import type { QuoteDraft } from './quote-draft.js';
import { intentionAt } from './belief-verbs.js';
import { extended } from './extended.js';
import { reportAfterCue } from './reported-content.js';
import { nounPhraseOnly } from './clauses.js';
import { cueSpeaker } from './reported-speakers.js';
import { type Report, type ReportingCue, type ReportSentence, reportingCueAt } from './reporting-cues.js';
import type { SpeakerSurface } from './name-index.js';
import { reportWithSpeakerAfter } from './speech-before-cue.js';
import { reportNounContent } from './speech-nouns.js';
import { topicSpeech } from './topic-speech.js';
import { unsourcedSpeechNoun } from './unsourced-speech-nouns.js';
import { objectAfterParticle, objectVerb, topicFrame } from './topic-verbs.js';
import { reducedRelativeEnd } from './relative-clause-ends.js';
import { lastTokenHeld, type SpeechScan } from './speech-scan.js';

/** The report of a cue at the word, or of a speech noun with no source when it is no cue: the last word reported. */
export function cueReport(c: SpeechScan, i: number): number {
  const cue = reportingCueAt(c.s, i);
  if (!cue) return unsourcedReport(c, i);
  if (cueWithoutClause(c, i, cue)) return i;
  return clauseReport(c, i, cue);
}

/** A speech noun that is no cue and names no source: the index of the last word its report holds. */
function unsourcedReport(c: SpeechScan, i: number): number {
  // "faced allegations that he misused funds": a speech noun with nobody named as its source.
  const q = unsourcedSpeechNoun(c.s, i);
  if (!q) return i;
  c.out.push(q);
  return lastTokenHeld(c.s.tokens, i, q);
}

/** Whether the cue reports no clause of its speaker's (an intention, topic or object, noun, name, recollection), its report taken. */
function cueWithoutClause(c: SpeechScan, i: number, cue: ReportingCue): boolean {
  const { s, out } = c;
  const { text, sentence, tokens, speakers } = s;
  const { lemma } = cue;
  // "sought to assure investors that …": an intention yields to the speech in or around it (below).
  if (intentionAt(tokens, i, lemma)) {
    c.intentions.push(cue);
    return true;
  }
  // "spoke about the flooding", "endorsed Ann Holt": a topic or an object is all these verbs report.
  if (cue.topicOnly) return topicTaken(c, cue);
  if (!cue.possessed && !cue.light && nounUse(tokens, i, lemma, speakers)) {
    const q = reportNounContent(text, sentence, tokens, i, lemma, speakers) ?? unsourcedSpeechNoun(s, i);
    if (q) out.push(q);
    return true;
  }
  // "called out the council for its silence": whom one calls out, and for what, is spoken of.
  if (lemma === 'call' && objectAfterParticle(tokens, i, lemma)) return topicTaken(c, cue);
  if (NAMING_VERBS.has(lemma) && !namingReportsSpeech(tokens, i, speakers)) return true;
  // "recalled her days in office": with no clause, what a person recalls is its object ("recalls 300,000 cars" is no one's).
  if (lemma === 'recall' && !recallReportsSpeech(tokens, i)) return topicTaken(c, cue, false);
  return false;
}

/** Takes the topic or object the cue reports, if it has one (as unsure as a comment declined where
 *  the cue is negated and `negatable`): all the cue reports. */
function topicTaken(c: SpeechScan, cue: ReportingCue, negatable = true): true {
  const q = topicQuote(c.s, cue, c.out);
  if (q) c.out.push(negatable ? asNegated(cue, q) : q);
  return true;
}

/** What the cue's speaker said, after the cue (or before it, the speaker after): the last word the report holds. */
function clauseReport(c: SpeechScan, i: number, cue: ReportingCue): number {
  const { s, out } = c;
  const { tokens } = s;
  const { lemma } = cue;
  const who = cueSpeaker(s, cue, out);
  if (!who) return i;
  if (!who.speaker) {
    const q = reportWithSpeakerAfter(s, cue);
    if (q) out.push(q);
    return i;
  }
  // "commented on the report": its topic, not words before the speaker.
  const topical = topicFrame(tokens, i, lemma) ? topicReport(s, cue, who.speaker, who.conjoined) : null;
  const report = topical ?? objectReport(s, cue, who.speaker, who.conjoined, reportAfterCue(s, cue, who.speaker, who.conjoined));
  if (!report) return i;
  out.push(asNegated(cue, report.quote));
  return report.holds ? lastTokenHeld(tokens, i, report.holds) : i;
}

/** "did not say whether it would appeal": what a negated cue reports is as unsure as a comment
 *  declined, and no quotation after it goes on with it. */
const asNegated = (cue: ReportingCue, q: QuoteDraft): QuoteDraft => (cue.negated ? extended(q, { declined: true }) : q);

/** "spoke about the flooding", "endorsed Ann Holt": the topic or the object a cue reports, spoken by its subject. */
function topicQuote(s: ReportSentence, cue: ReportingCue, earlier: QuoteDraft[]): QuoteDraft | null {
  const who = cueSpeaker(s, cue, earlier);
  return who?.speaker ? topicSpeech(s, cue, who.speaker, who.conjoined) : null;
}

/** "praised the firefighters", "blasted the ball over the bar": a cue whose content is its object,
 *  no clause, reports it when the object is something spoken of (topic-speech.ts). */
function objectReport(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean, found: Report | null): Report | null {
  // ("denied that she mishandled …": "that" right after the verb opens the clause it reports.)
  const object =
    !found ||
    (objectVerb(cue.lemma) &&
      found.quote.start === s.tokens[cue.at + 1]?.start &&
      !/^that\s/iu.test(found.quote.text) &&
      // ("A group criticizing Ann Holt spent …": the main clause's verb is no verb of the object's.)
      (nounPhraseOnly(beforeSubordinateClause(found.quote.text)) || (!conjoined && reducedRelativeEnd(s.tokens, cue.at, speaker.end) >= 0)));
  return object ? topicReport(s, cue, speaker, conjoined) : found;
}

/** "his side's character after a late goal earned a win": the words before a subordinate clause
 *  (whose own subject and verb make no clause of the object). */
const beforeSubordinateClause = (content: string) => content.split(/\s(?:after|before|when|while|because|since|until|although|though|once)\s/u)[0]!;

/** "complained about his microphone", "praised the firefighters": a cue whose content is no clause may still report its topic. */
function topicReport(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean): Report | null {
  const quote = topicSpeech(s, cue, speaker, conjoined);
  return quote && { quote };
}

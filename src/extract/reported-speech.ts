// Reported speech: one quote per cue in a sentence ("X said (that) …", "…, X said", "according to
// X, …"). The stages: which words are cues (reporting-cues.ts; which report nothing, cue-guards.ts),
// who speaks for one (reported-speakers.ts), and what was said after or around it
// (reported-content.ts, set-off-attribution.ts) or before it (speech-before-cue.ts). Here, each
// word read in turn (the scan: speech-scan.ts; what a cue reports: cue-reports.ts), then the reports
// held back until every word is read (held-reports.ts).
import { accordingTo, perSource } from './according-to.js';
import { relayThrough } from './relayed-sources.js';
import { isShareOfGroup } from './poll-shares.js';
import { askedQuestion } from './asked-questions.js';
import { hearingSpeech } from './hearing-speech.js';
import { passiveSpeech } from './passive-speech.js';
import { openingParticipleReport } from './opening-participle.js';
import { possessedInfinitive } from './speech-noun-infinitives.js';
import { nounWithSource } from './noun-source.js';
import { copularNounReport } from './copular-speech-nouns.js';
import { colonNounReport } from './colon-speech-nouns.js';
import { impersonalSpeech, toldThat } from './impersonal-speech.js';
import { declinedAct } from './declined-speech.js';
import { expectedClause, judgedClause, reportedlyClause } from './reported-clauses.js';
import { trimmed, type QuoteDraft } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import type { ReportSentence } from './reporting-cues.js';
import { mayOpenReport } from './report-openers.js';
import type { SpeakerFinder } from './speakers.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { tokenize, type Token } from './tokens.js';
import { topicNounReport } from './topic-nouns.js';
import type { Sentence } from './types.js';
import { lastTokenHeld, type SpeechScan } from './speech-scan.js';
import { cueReport } from './cue-reports.js';
import { viewpointReport } from './viewpoint-phrases.js';
import { addHeldReports, creditPoll } from './held-reports.js';

/** Reported speech in one sentence, one quote per cue. */
export function reportedSpeech(text: string, sentence: Sentence, speakers: SpeakerFinder, passages: QuotedPassage[]): QuoteDraft[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const s: ReportSentence = { text, sentence, tokens, speakers };
  const heard = hearingSpeech(text, sentence, tokens);
  const scan: SpeechScan = { s, passages, heard, out: heard ? [heard] : [], infinitives: [], intentions: [], passedOn: [] };
  for (let i = 0; i < tokens.length; i++) i = readWord(scan, i);
  const { out, infinitives } = scan;
  addHeldReports(scan);
  if (heard) endAtHearing(text, out, heard);
  creditPoll(scan);
  return infinitives.length ? [...out, ...infinitives].sort((a, b) => a.start - b.start) : out;
}

/** The report one word opens: the index of the last word that report holds (its cues are its own), or the word's. */
function readWord(c: SpeechScan, i: number): number {
  const { s, passages, heard } = c;
  const t = s.tokens[i]!;
  // ("…, the inquiry was told": the hearing is the listener, no speaker of "told".)
  if (insideQuote(passages, t) || t.start === heard?.cue?.start) return i;
  // (Only a word as long as "according" or "per" is lowered to be compared: this runs for every word.)
  const lower = t.text.length === 9 || t.text.length === 3 ? t.text.toLowerCase() : '';
  if (sourceNamed(c, i, lower)) return i;
  // "The mill has reportedly cut jobs": a clause passed on from nobody named, unless a cue reports it.
  // "The council is expected to approve it": a clause expected by nobody named, passed on the same way.
  // "Tom Pike was accused of taking bribes": a charge made by nobody named, passed on the same way.
  if (t.text.length >= 6 && t.text.length <= 10) {
    const q = (t.text.length === 10 ? reportedlyClause(s, i) : t.text.length === 8 ? expectedClause(s, i) : null) ?? judgedClause(s, i);
    if (q) c.passedOn.push(q);
  }
  // Most words open no report, whatever stands around them (report-openers.ts: a test added below adds its word's test there).
  if (!mayOpenReport(t.text)) return i;
  return passiveReport(c, i) ?? declinedReport(c, i) ?? nounReport(c, i) ?? cueReport(c, i);
}

/** "according to Z", "per Z", "In the words of Z": whether the word names a source, whose report passes on or replaces those before. */
function sourceNamed(c: SpeechScan, i: number, lower: string): boolean {
  const { s, out } = c;
  const { text, sentence, tokens } = s;
  const t = tokens[i]!;
  if (lower === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
    // "X said Y, according to Z": Z is where the report comes from, and reports X's quote. ("X welcomed
    // the deal, according to Z": a topic of X's is Z's report, and yields to it, as does what was told
    // by nobody named: "Staff were told that …, according to Z", and a noun phrase "called for" in it.)
    // (A share of a group is the report's finding: "Six in 10 voters say …, according to the survey".)
    if (out.some((q) => !q.topic && !q.phraseOnly && q.speaker && !isShareOfGroup(text, sentence.start, q.speaker))) {
      relayThrough(s, out);
      return true;
    }
    // ("The gap has grown: according to a poll, …": after a colon the source opens what it reports.)
    const q = accordingTo(s, i, i === 0 || tokens[i - 1]!.start === sentence.start || tokens[i - 1]!.text === ':');
    if (q) out.splice(0, out.length, q);
    return true;
  }
  if (lower === 'per') {
    const q = out.length ? null : perSource(s, i);
    if (q) out.push(q);
    return true;
  }
  // "In the words of Karl Berg, “…”": the source opens the sentence, as with "according to".
  if (i === 2 && /^in$/iu.test(tokens[0]!.text) && /^the$/iu.test(tokens[1]!.text) && /^words$/iu.test(t.text) && tokens[i + 1]?.text === 'of') {
    const q = accordingTo(s, i, true);
    if (q) out.push(q);
    return true;
  }
  return false;
}

/** A clause said with no speaker before its cue (passive, impersonal, told, asked): the word's index, or null when it opens none. */
function passiveReport(c: SpeechScan, i: number): number | null {
  const { s, out } = c;
  // "The job cuts were first reported by the Financial Times": the subject is what was reported.
  // "It was announced on Monday that …", "Residents were told that …": the clause was said, by nobody named.
  // "Asked whether he would run, Holt said …": what was asked, by whoever "by" names.
  const passive = passiveSpeech(s, i) ?? impersonalSpeech(s, i) ?? toldThat(s, i) ?? askedQuestion(s, i);
  if (!passive) return null;
  out.push(passive);
  return i;
}

/** A comment turned down: the act reported, and the last word it holds when it holds the speech in it; null when none is. */
function declinedReport(c: SpeechScan, i: number): number | null {
  const { s, out } = c;
  // "declined to comment on whether it would appeal": the act turned down, and the cues inside it.
  const declined = declinedAct(s, i, out);
  if (!declined) return null;
  out.push(declined.act);
  // (An act refused holds no speech of its subject's: "refused to pay an architect who said he was
  // owed money" still reports what the architect said.)
  return declined.speech ? lastTokenHeld(s.tokens, i, declined.act) : i;
}

/** Speech a noun or a participle opens (a possessed infinitive kept for the end): the last word reported, or null when none is. */
function nounReport(c: SpeechScan, i: number): number | null {
  const { s, out } = c;
  // "Insisting that the deal was fair, the minister told …": the main clause's subject said it.
  // "despite assurances from the minister that …": the source after the noun said it.
  // "Her pledge to restore the benefits was welcomed": the possessor pledged it, whatever else the
  // sentence reports, inside it or around it ("despite her call to …, according to X").
  const pledged = possessedInfinitive(s, i);
  if (pledged) c.infinitives.push(pledged);
  // "Sanders's argument on Sunday was that …": the possessor said what the copula brings.
  // "In Ann Holt's view, the levy will fail": the possessor of the phrase holds the clause it sets off.
  const opened = openingParticipleReport(s, i) ?? nounWithSource(s, i) ?? copularNounReport(s, i) ?? colonNounReport(s, i) ?? viewpointReport(s, i);
  if (opened) {
    out.push(opened);
    return lastTokenHeld(s.tokens, i, opened);
  }
  // "her attacks on the council", "launched an attack on the plan": the noun's topic after its
  // preposition; the cues inside it report on their own ("attacks on his rival and his pledge to …").
  const nounTopic = topicNounReport(s, i);
  if (!nounTopic) return null;
  out.push(nounTopic);
  return i;
}

/** Whether a token is inside quoted words. Passages do not overlap: only the last one opening
 *  before the token can hold it. */
function insideQuote(passages: QuotedPassage[], t: Token): boolean {
  const p = passages[firstStartingAtOrAfter(passages, t.start + 1) - 1];
  return !!p && t.start >= p.inner.start && t.end <= p.inner.end;
}

/** "Relatives were told that staffing was safe, the inquiry heard": a report inside what a hearing
 *  heard ends where that does, before the hearing's comma. */
function endAtHearing(text: string, out: QuoteDraft[], heard: QuoteDraft): void {
  for (const q of out) {
    if (q === heard || q.start < heard.start || q.start >= heard.end || q.end <= heard.end || q.gaps?.length) continue;
    const within = trimmed(text, q.start, heard.end);
    if (within) Object.assign(q, within);
  }
}

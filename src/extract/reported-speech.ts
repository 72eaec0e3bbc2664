// Reported speech: one quote per cue in a sentence ("X said (that) …", "…, X said", "according to
// X, …"). The stages: which words are cues (reporting-cues.ts; which report nothing, cue-guards.ts),
// who speaks for one (reported-speakers.ts), and what was said after or around it
// (reported-content.ts, set-off-attribution.ts) or before it (speech-before-cue.ts).
import { NAMING_VERBS, cueLemma } from './cues.js';
import { namingReportsSpeech, nounUse, recallReportsSpeech } from './cue-guards.js';
import { coordinatedCueAt } from './clause-openings.js';
import { reportedPledgeAt } from './clause-breaks.js';
import { accordingTo, perSource } from './according-to.js';
import { relayThrough } from './relayed-sources.js';
import { isShareOfGroup, openingPoll } from './poll-shares.js';
import { openingPollFinding } from './poll-findings.js';
import { askedQuestion } from './asked-questions.js';
import { hearingSpeech } from './hearing-speech.js';
import { passiveSpeech } from './passive-speech.js';
import { openingParticipleReport } from './opening-participle.js';
import { possessedInfinitive } from './speech-noun-infinitives.js';
import { nounWithSource, sourcedNounThat } from './noun-source.js';
import { copularNounReport } from './copular-speech-nouns.js';
import { colonNounReport } from './colon-speech-nouns.js';
import { impersonalSpeech, toldThat } from './impersonal-speech.js';
import { declinedAct } from './declined-speech.js';
import { reportedlyClause } from './reported-clauses.js';
import { overlaps, trimmed, type QuoteDraft } from './quote-draft.js';
import { intentionAt } from './belief-verbs.js';
import { extended } from './extended.js';
import type { QuotedPassage } from './quote-marks.js';
import { reportAfterCue } from './reported-content.js';
import { nounPhraseOnly } from './clauses.js';
import { cueSpeaker } from './reported-speakers.js';
import { type Report, type ReportingCue, type ReportSentence, reportingCueAt } from './reporting-cues.js';
import type { SpeakerSurface } from './name-index.js';
import { reportWithSpeakerAfter } from './speech-before-cue.js';
import { mayOpenReport } from './report-openers.js';
import { REPORT_NOUNS, reportNounContent } from './speech-nouns.js';
import type { SpeakerFinder } from './speakers.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { tokenize, type Token } from './tokens.js';
import { topicSpeech } from './topic-speech.js';
import { topicNounReport } from './topic-nouns.js';
import { unsourcedSpeechNoun } from './unsourced-speech-nouns.js';
import { objectAfterParticle, objectVerb, topicFrame } from './topic-verbs.js';
import { reducedRelativeEnd } from './relative-clause-ends.js';
import type { Sentence, TextSpan } from './types.js';

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

/** One sentence's scan: its reports so far, and those held back until every word is read (infinitives, intentions, "reportedly"). */
interface SpeechScan {
  s: ReportSentence;
  passages: QuotedPassage[];
  heard: QuoteDraft | null;
  out: QuoteDraft[];
  infinitives: QuoteDraft[];
  intentions: ReportingCue[];
  passedOn: QuoteDraft[];
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
  if (t.text.length === 10) {
    const q = reportedlyClause(s, i);
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
  const opened = openingParticipleReport(s, i) ?? nounWithSource(s, i) ?? copularNounReport(s, i) ?? colonNounReport(s, i);
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

/** The report of a cue at the word, or of a speech noun with no source when it is no cue: the last word reported. */
function cueReport(c: SpeechScan, i: number): number {
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
  if (cue.topicOnly) {
    const q = topicQuote(s, cue, out);
    if (q) out.push(asNegated(cue, q));
    return true;
  }
  if (!cue.possessed && !cue.light && nounUse(tokens, i, lemma, speakers)) {
    const q = reportNounContent(text, sentence, tokens, i, lemma, speakers) ?? unsourcedSpeechNoun(s, i);
    if (q) out.push(q);
    return true;
  }
  // "called out the council for its silence": whom one calls out, and for what, is spoken of.
  if (lemma === 'call' && objectAfterParticle(tokens, i, lemma)) {
    const q = topicQuote(s, cue, out);
    if (q) out.push(asNegated(cue, q));
    return true;
  }
  if (NAMING_VERBS.has(lemma) && !namingReportsSpeech(tokens, i, speakers)) return true;
  // "recalled her days in office": with no clause, what a person recalls is its object ("recalls 300,000 cars" is no one's).
  if (lemma === 'recall' && !recallReportsSpeech(tokens, i)) {
    const q = topicQuote(s, cue, out);
    if (q) out.push(q);
    return true;
  }
  return false;
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

/** Intentions and "reportedly" clauses, held until every cue was read: those no report holds or overlaps join, in order. */
function addHeldReports(c: SpeechScan): void {
  const { s, out } = c;
  const held = c.intentions.flatMap((cue) => heldIntention(s, cue, out) ?? []);
  held.push(...c.passedOn.filter((q) => ![...out, ...held].some((o) => overlaps(o, q))));
  if (held.length) {
    out.push(...held);
    out.sort((a, b) => a.start - b.start);
  }
}

/** A poll opening the sentence: its finding when nothing else is reported, else the speaker for its respondents' shares. */
function creditPoll(c: SpeechScan): void {
  const { s, out } = c;
  const { text, sentence, speakers } = s;
  // "In a Gazette poll last week, Ann Holt led by ten points": with no report, the clause is the poll's finding.
  const finding = out.length ? null : openingPollFinding(s);
  if (finding) out.push(finding);
  // "In a Gazette poll, 64 percent of residents said …": the poll speaks for the share of its respondents.
  const poll = out.length ? openingPoll(text, sentence) : null;
  if (poll)
    for (const q of out) if (q.speaker && isShareOfGroup(text, sentence.start, q.speaker)) q.speaker = speakers.surface(poll.start, poll.end, 'NOMINAL', null);
}

/** "The council wants to sell the quay": an intention held (belief-verbs.ts), reported only where no
 *  speech is reported in or around it: "Holt sought to assure investors that the quay was safe" reports
 *  what she assured them of, and "The mayor intends to stay, his aide said" the aide's words. */
function heldIntention(s: ReportSentence, cue: ReportingCue, reports: QuoteDraft[]): QuoteDraft | null {
  if (reports.some((q) => q.start <= cue.span.start && cue.span.end <= q.end)) return null;
  const who = cueSpeaker(s, cue, reports);
  const held = who?.speaker ? reportAfterCue(s, cue, who.speaker, who.conjoined) : null;
  return held && !reports.some((q) => overlaps(q, held.quote)) ? extended(held.quote, { intention: true }) : null;
}

/** "did not say whether it would appeal": what a negated cue reports is as unsure as a comment
 *  declined, and no quotation after it goes on with it. */
const asNegated = (cue: ReportingCue, q: QuoteDraft): QuoteDraft => (cue.negated ? extended(q, { declined: true }) : q);

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

/** Nested cues inside a content ("X said that Y stressed ...") belong to it: the index of the last
 *  token before the content's end, or before a coordinated cue or a report noun in its object
 *  ("rejected the Senate's claims that …" still reports its own clause, but not one naming where it
 *  was said: "said in its weekly report that …"). */
function lastTokenHeld(tokens: Token[], cue: number, content: TextSpan): number {
  let i = cue;
  while (i + 1 < tokens.length && tokens[i + 1]!.start < content.end && !coordinatedWith(tokens, cue, i + 1) && !reportNounIn(tokens, content, i + 1)) i++;
  return i;
}
const reportNounIn = (tokens: Token[], content: TextSpan, k: number) =>
  tokens[k]!.start >= content.start &&
  ((REPORT_NOUNS.has(cueLemma(tokens[k]!.text) ?? '') && tokens[k + 1]?.text.toLowerCase() === 'that') || sourcedNounThat(tokens, k) > 0);
const coordinatedWith = (tokens: Token[], cue: number, k: number) => coordinatedCueAt(tokens, k) && !reportedPledgeAt(tokens, cue, k);

// The reports a sentence holds back until every word is read (reported-speech.ts): intentions and
// "reportedly" clauses that no report holds, and a poll opening the sentence.
import { isShareOfGroup, openingPoll } from './poll-shares.js';
import { openingPollFinding } from './poll-findings.js';
import { overlaps, type QuoteDraft } from './quote-draft.js';
import { extended } from './extended.js';
import { reportAfterCue } from './reported-content.js';
import { cueSpeaker } from './reported-speakers.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import type { SpeechScan } from './speech-scan.js';

/** Intentions and "reportedly" clauses, held until every cue was read: those no report holds or overlaps join, in order. */
export function addHeldReports(c: SpeechScan): void {
  const { s, out } = c;
  const held = c.intentions.flatMap((cue) => heldIntention(s, cue, out) ?? []);
  held.push(...c.passedOn.filter((q) => ![...out, ...held].some((o) => overlaps(o, q))));
  if (held.length) {
    out.push(...held);
    out.sort((a, b) => a.start - b.start);
  }
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

/** A poll opening the sentence: its finding when nothing else is reported, else the speaker for its respondents' shares. */
export function creditPoll(c: SpeechScan): void {
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

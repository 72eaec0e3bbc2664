// One sentence's scan for reported speech (reported-speech.ts): its reports so far, those held back,
// and the words a report holds, whose cues are its own.
import { cueLemma } from './cues.js';
import { coordinatedCueAt } from './clause-openings.js';
import { reportedPledgeAt } from './clause-breaks.js';
import { sourcedNounThat } from './noun-source.js';
import type { QuoteDraft } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { REPORT_NOUNS } from './speech-nouns.js';
import type { Token } from './tokens.js';
import type { TextSpan } from './types.js';

/** One sentence's scan: its reports so far, and those held back until every word is read (infinitives, intentions, "reportedly"). */
export interface SpeechScan {
  s: ReportSentence;
  passages: QuotedPassage[];
  heard: QuoteDraft | null;
  out: QuoteDraft[];
  infinitives: QuoteDraft[];
  intentions: ReportingCue[];
  passedOn: QuoteDraft[];
}

/** Nested cues inside a content ("X said that Y stressed ...") belong to it: the index of the last
 *  token before the content's end, or before a coordinated cue or a report noun in its object
 *  ("rejected the Senate's claims that …" still reports its own clause, but not one naming where it
 *  was said: "said in its weekly report that …"). (News annotated for attribution gives the inner cue
 *  no quote of its own: "Ann Holt said the mayor told her …" is Holt's alone; read as well, inner cues
 *  found about one quote the outer one missed for every fifteen they added.) */
export function lastTokenHeld(tokens: Token[], cue: number, content: TextSpan): number {
  let i = cue;
  while (i + 1 < tokens.length && tokens[i + 1]!.start < content.end && !coordinatedWith(tokens, cue, i + 1) && !reportNounIn(tokens, content, i + 1)) i++;
  return i;
}
const reportNounIn = (tokens: Token[], content: TextSpan, k: number) =>
  tokens[k]!.start >= content.start &&
  ((REPORT_NOUNS.has(cueLemma(tokens[k]!.text) ?? '') && tokens[k + 1]?.text.toLowerCase() === 'that') || sourcedNounThat(tokens, k) > 0);
const coordinatedWith = (tokens: Token[], cue: number, k: number) => coordinatedCueAt(tokens, k) && !reportedPledgeAt(tokens, cue, k);

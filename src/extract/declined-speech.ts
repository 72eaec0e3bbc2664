// Speech declined: "A spokeswoman declined to comment", "Holt refused to say whether he would run",
// "The ministry declined to comment on the report". Annotated news counts these as the speaker's
// (PolNeAR train: 25 of 29 "declined to comment", 9 of 9 "declined/refused to say"; dev 4 of 4), so
// the act declined is reported, from "to" on, with a confidence below any said word
// (DECLINED_CAP, confidence.ts); the speech verb inside it reports nothing of its own (negated-speech.ts).
import { contentEnd } from './content-end.js';
import { declinedSpeechAt, refusedActAt } from './declined-cues.js';
import { extended } from './extended.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { cueSpeaker } from './reported-speakers.js';
import type { ReportSentence } from './reporting-cues.js';
import { isAndOrBut, isVerbForm } from './lexicon.js';
import { spanOf, type Token } from './tokens.js';

/** The act a speaker declined at token `i` ("declined to comment on the figures"), said by the
 *  subject of "declined" as a cue's subject is found, or null; `speech` when the act is speech
 *  declined, not an act refused. */
export function declinedAct(s: ReportSentence, i: number, earlier: QuoteDraft[]): { act: QuoteDraft; speech: boolean } | null {
  const { tokens, text, sentence } = s;
  const speech = declinedSpeechAt(tokens, i);
  const verb = Math.max(speech, refusedActAt(tokens, i));
  if (verb < 0) return null;
  // An infinitive phrase, closed by a comma too ("Holt, who declined to comment, left …"), and,
  // unless a clause follows the act, by "and" or "but" before a verb ("declined to comment and aides
  // later said …", "… but said …"); one before a noun joins it to the act ("declined to comment on
  // the harbour and ferry services").
  const clause = tokens.slice(verb + 1, verb + 3).some((x) => /^(whether|how|what|why|when|where|who|if|that)$/iu.test(x.text));
  const close = tokens.findIndex((x, k) => k > verb && (x.text === ',' || (!clause && isAndOrBut(x.text) && verbAfterConjunction(tokens, k))));
  const end = Math.min(contentEnd(tokens, verb, sentence.end), close > 0 ? tokens[close]!.start : sentence.end);
  const content = trimmed(text, tokens[i + 1]!.start, end);
  if (!content) return null;
  const t = tokens[i]!;
  const span = spanOf(t);
  const who = cueSpeaker(s, { at: i, lemma: 'decline', span, possessed: undefined, light: undefined, topicOnly: false }, earlier);
  return who?.speaker ? { act: extended(draft(content, span, who.speaker, who.conjoined, sentence), { declined: true }), speech: speech >= 0 } : null;
}

/** Whether a verb stands after the "and" or "but" at `k`, before the next punctuation: the speaker's
 *  next act ("and said …", "but referred questions …") or a clause of the narrator's ("and aides later
 *  said …"), not a noun joined to the act's object ("and House candidates") or an infinitive's second
 *  verb ("to stay and fight", whose base form the lexicon does not count as a verb form). */
function verbAfterConjunction(tokens: Token[], k: number): boolean {
  for (let n = k + 1; n < tokens.length && n <= k + 12; n++) {
    const w = tokens[n]!.text;
    if (/^[,;:.!?—–()“”"]$/u.test(w)) return false;
    if (isVerbForm(w)) return true;
  }
  return false;
}

// The quote of a cue's content within its frame (reported-content.ts): without the attribution set
// around it, with a condition opening the sentence, opening at a relative pronoun.
import type { SpeakerSurface } from './name-index.js';
import { addGap, draft, type QuoteDraft } from './quote-draft.js';
import { openAtAntecedent, openAtRelativePronoun } from './relative-speech.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { type ContentFrame, openingCondition } from './set-off-attribution.js';
import type { TextSpan } from './types.js';
import { extended } from './extended.js';
import { nestedAttributionsIn } from './subject-relatives.js';
import { firstStartingAtOrAfter } from './span-index.js';

/** The quote of `content`: without the attribution it is set around ("The plan, she said, will
 *  fail"), with a condition opening the sentence ("If the US lifts the sanctions, Zarif said Iran
 *  would talk"), opening at a relative pronoun ("the plan, which critics say is unfair"). */
export function framedQuote(
  s: ReportSentence,
  cue: ReportingCue,
  speaker: SpeakerSurface,
  conjoined: boolean,
  frame: ContentFrame,
  content: TextSpan,
  phraseOnly: boolean,
): QuoteDraft {
  const { text, sentence, tokens } = s;
  const { parenthetical, opening } = frame;
  const q = extended(draft(content, cue.span, speaker, false, sentence), { phraseOnly });
  // "The plan, she said, will fail": the attribution between the commas is no part of what was said.
  if (parenthetical && !frame.openingPhrase) addGap(text, q, { start: tokens[opening]!.start, end: tokens[frame.closingComma]!.end });
  // "said the plan, which critics called a failure, would be withdrawn": a nested attribution is no part of it.
  if (!parenthetical)
    for (const gap of nestedAttributionsIn(tokens, firstStartingAtOrAfter(tokens, content.start), firstStartingAtOrAfter(tokens, content.end)))
      addGap(text, q, gap);
  // "If the US lifts the sanctions, Zarif said Iran would talk": the condition is said too.
  const condition = parenthetical || conjoined ? -1 : openingCondition(tokens, opening);
  if (condition >= 0 && content.start > tokens[condition]!.start) {
    addGap(text, q, { start: tokens[opening]!.start, end: content.start });
    Object.assign(q, { start: tokens[condition]!.start, text: text.slice(tokens[condition]!.start, q.end) });
  }
  // "the plan, which critics say is unfair": the content opens at the relative pronoun.
  if (!parenthetical && !conjoined) openAtRelativePronoun(text, q, tokens, speaker.start);
  // "the only regret he acknowledged was …": the noun a relative clause without a pronoun describes.
  if (!parenthetical && !conjoined) openAtAntecedent(text, q, tokens, speaker.start);
  return q;
}

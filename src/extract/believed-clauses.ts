// What a verb of belief reports (reported-content.ts): a clause right after it, or one its relative
// pronoun opens, or an intention ("to" and a verb); nothing else.
import { isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { Report, ReportingCue, ReportSentence } from './reporting-cues.js';
import type { ContentFrame } from './set-off-attribution.js';
import type { TextSpan } from './types.js';
import { beliefClause, takesInfinitive } from './belief-verbs.js';
import { opensWithInfinitive } from './to-infinitives.js';
import { framedQuote } from './framed-quotes.js';

/** "Republicans believe the ruling will help them": a belief reports a clause right after it, or
 *  one its relative pronoun opens ("a step they believe could help"), nothing else (belief-verbs.ts). */
export function believedClause(
  s: ReportSentence,
  cue: ReportingCue,
  speaker: SpeakerSurface,
  conjoined: boolean,
  frame: ContentFrame,
  content: TextSpan | null,
): Report | null {
  // ("As we know, the plan failed": a clause after a comma is the narrator's.)
  if (!content || frame.parenthetical || content.start < cue.span.end || /[^\s\p{L}]/u.test(s.text.slice(cue.span.end, content.start))) return null;
  if (quotedFirstPerson(s.text, speaker, cue)) return null;
  // ("Insiders who think Rubio can win stressed the polls": a belief inside the subject's relative clause
  // has no end this can find before the sentence's own verb, whose report it would swallow.)
  if (RELATIVE_BEFORE.test(s.text.slice(Math.max(0, cue.span.start - 8), cue.span.start))) return null;
  const relative = frame.speakerRelative > 0 && isFiniteVerb(content.text.split(/\s+/u)[0]!);
  // "The council wants to sell the quay", "decided not to appeal": an intention is "to" and a verb.
  const intended = takesInfinitive(cue.lemma) && opensWithInfinitive(withoutNot(s.text, content), s.speakers);
  if (!relative && !intended && !beliefClause(content.text)) return null;
  return { quote: framedQuote(s, cue, speaker, conjoined, frame, content, false), holds: content };
}

/** The content after a "not" opening it: "not to appeal" reads as "to appeal" does. */
const withoutNot = (text: string, content: TextSpan): TextSpan => {
  const not = /^not\s+/iu.exec(content.text);
  return not ? { start: content.start + not[0].length, end: content.end, text: text.slice(content.start + not[0].length, content.end) } : content;
};

/** "who ", "that ", "which " right before the verb of belief. */
const RELATIVE_BEFORE = /\b(who|that|which)\s+$/iu;

/** "I think they will succeed" a few lines after a quote mark: a first person is more likely the one
 *  quoted, in quotations whose marks the copy lost, than the writer. */
const quotedFirstPerson = (text: string, speaker: SpeakerSurface, cue: ReportingCue) =>
  /^(i|we)$/iu.test(speaker.text) && /["“”]/u.test(text.slice(Math.max(0, cue.span.start - 300), cue.span.start));

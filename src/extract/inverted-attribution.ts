// "The plan, said Ann Roe, a lawyer for the family, will fail in court", "If the dam fails, warned
// Ann Holt, the town floods": an attribution with its speaker after the cue, set off by commas inside
// what it reports, interrupts one content. The content is the sentence around it, and the
// attribution is a gap between its two pieces.
import { isFiniteVerb, isFiniteAuxiliary } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { conditionResumed } from './set-off-attribution.js';
import { roleAppositionEnd } from './title-after.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';

/** Verbs in their plain form a plural predicate may open with after the attribution ("remain in force"), as
 *  an auxiliary or a finite verb may ("will fail", "has been", "is"). */
const PLAIN_PREDICATE = /^(remain|need)$/u;

/**
 * Where the attribution opened by the comma before the cue at `cue` ends (past its closing comma,
 * after the speaker and any role given in apposition), when a predicate follows it; else null.
 */
export function invertedAttributionEnd(text: string, tokens: Token[], cue: number, speaker: SpeakerSurface): number | null {
  if (cue < 2 || tokens[cue - 1]!.text !== ',') return null;
  const close = roleAppositionEnd(text, speaker.end) ?? closingComma(text, speaker.end);
  if (close === null) return null;
  const next = tokens.find((t) => t.start >= close);
  if (next && /^\p{Ll}/u.test(next.text) && (isFiniteAuxiliary(next.text) || isFiniteVerb(next.text) || PLAIN_PREDICATE.test(next.text))) return close;
  // "If the dam fails, warned Ann Holt, the town floods": a subordinate clause opening the sentence
  // cannot end it, so the clause after the attribution is its main clause, still what was said.
  const comma = tokens.findIndex((t) => t.text === ',' && t.end === close);
  return comma > cue && conditionResumed(tokens, cue - 1, comma) ? close : null;
}

/** Just past a comma right after `end`. */
function closingComma(text: string, end: number): number | null {
  const m = /^\s*,/u.exec(text.slice(end, end + 3));
  return m ? end + m[0].length : null;
}

/** The gap the attribution leaves in the content: from the comma before the cue to the end. */
export const attributionGap = (tokens: Token[], cue: number, end: number): Span => ({ start: tokens[cue - 1]!.start, end });

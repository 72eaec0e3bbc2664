// A participle after a clause joined by "and" or "but" to the one before it goes with that clause's
// own subject, the clause nearest to it: in "Protest groups called the rules unfair, and the union
// sued the city, saying …" and "Police charged the driver and Mayor Lee fired his deputy, saying …"
// the union and Mayor Lee say it, not the subject of the first clause. (A clause opened by a
// subordinator is read in subordinate-subjects.ts, one with a pronoun subject in subordinate-pronouns.ts.)
import { isAdverb, isAndOrBut, isAuxiliary, isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import { CLAUSE_BREAKS, CLAUSE_REACH, clauseOpeningSubject, pastApposition } from './subordinate-subjects.js';
import type { Token } from './tokens.js';

/** The subject of the clause joined by "and" or "but" that the participle cue at `i` follows after a
 *  comma, when the clause before the "and" has a verb of its own (so the "and" joins clauses, not
 *  "The mayor and her deputy") and the joined clause opens with its subject, a noun or a name followed
 *  by its verb; null otherwise. */
export function coordinateClauseSubject(speakers: SpeakerFinder, tokens: Token[], i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  if (!/^\p{Ll}+ing$/u.test(tokens[i]!.text)) return null;
  let comma = i - 1;
  while (comma > 0 && isAdverb(tokens[comma]!.text)) comma--;
  if (tokens[comma]?.text !== ',') return null;
  let from = Math.max(0, comma - CLAUSE_REACH);
  for (let k = comma - 1; k >= from; k--) if (CLAUSE_BREAKS.test(tokens[k]!.text)) from = k + 1;
  for (let and = comma - 1; and > from; and--) {
    if (!isAndOrBut(tokens[and]!.text)) continue;
    if (!tokens.slice(from, and).some((t) => isFiniteVerb(t.text))) return null;
    const subject = clauseOpeningSubject(speakers, tokens, and + 1, comma, earlier);
    return subject && verbAfter(tokens, subject, comma) ? subject : null;
  }
  return null;
}

/** Whether the subject's own verb follows it, past an apposition set off by commas ("Mayor Lee, 61, fired"). */
function verbAfter(tokens: Token[], subject: SpeakerSurface, comma: number): boolean {
  let k = pastApposition(tokens, subject, comma);
  if (k < 0) return false;
  while (k < comma && isAdverb(tokens[k]!.text)) k++;
  const word = tokens[k]?.text ?? '';
  return k < comma && (isFiniteVerb(word) || isAuxiliary(word));
}

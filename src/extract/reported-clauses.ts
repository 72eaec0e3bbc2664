// "The mill has reportedly cut two hundred jobs", "Tom Pike reportedly plans to run": "reportedly"
// marks its clause as a report passed on from a source the sentence does not name. The clause, its
// subject with it, was said, by nobody named (the quote has no speaker), as with "It was reported
// that …" (impersonal-speech.ts). A cue of the clause's own ("Holt reportedly told aides that …")
// reports it instead (reported-speech.ts keeps this quote only where no other one overlaps it).
import { contentEnd } from './content-end.js';
import { cueLemma } from './cues.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { isAuxiliary, SUBORDINATING_CONJUNCTIONS } from './word-classes.js';
import { spanOf } from './tokens.js';

/** What opens the clause a subject stands in: punctuation, a conjunction or a subordinator. */
const CLAUSE_OPENER = new RegExp(`^([,;:(—–-]|and|but|or|so|yet|as|after|before|once|${SUBORDINATING_CONJUNCTIONS})$`, 'iu');
/** Words that open a relative clause, whose subject is the noun before it ("the firm, which reportedly …"). */
const RELATIVE = /^(who|which|that|whom|whose)$/iu;
/** Words between the subject and "reportedly": an auxiliary or "also" ("has also reportedly"). */
const BEFORE_ADVERB = (w: string) => isAuxiliary(w) || /^(also|['’]s)$/iu.test(w);

/** The quote of "reportedly" at token `i` (lower case: "Reportedly" is a headline's word): its clause
 *  from the subject on, with no speaker, or null when the clause has no subject of its own
 *  ("…, reportedly winning over …") or is a relative one ("the envoy, who reportedly …"). */
export function reportedlyClause(s: ReportSentence, i: number): QuoteDraft | null {
  const { text, sentence, tokens } = s;
  // ("Holt reportedly said, “…”": a cue of its own reports the clause; a post embedded in the
  // sentence, its markup or its link in it, is no narration.)
  if (tokens[i]!.text !== 'reportedly' || cueLemma(tokens[i + 1]?.text ?? '') || /<\w|:\/\//u.test(s.text.slice(sentence.start, sentence.end))) return null;
  let j = i;
  while (j > 0 && BEFORE_ADVERB(tokens[j - 1]!.text)) j--;
  let open = clauseOpenerBefore(s, j);
  // "Ann Holt is a singer, but has reportedly quit": a verb joined to the clause before shares its subject.
  while (open >= 0 && open === j - 1 && /^(and|but)$/iu.test(tokens[open]!.text)) {
    const before = tokens[open - 1]?.text === ',' ? open - 1 : open;
    open = clauseOpenerBefore(s, before);
  }
  if (open === j - 1 || (open >= 0 && RELATIVE.test(tokens[open]!.text))) return null;
  const start = open < 0 ? sentence.start : tokens[open]!.end;
  // ("(her team has reportedly hired a coach) she …": a clause in brackets ends at its bracket.)
  const close = tokens[open]?.text === '(' ? tokens.findIndex((t, n) => n > i && t.text === ')') : -1;
  const content = trimmed(text, start, close > 0 ? tokens[close]!.start : contentEnd(tokens, i, sentence.end));
  const cue = spanOf(tokens[i]!);
  return content ? draft(content, cue, null, false, sentence) : null;
}

/** The index of the last token before `j` that opens a clause (or a relative pronoun), or -1. */
function clauseOpenerBefore({ tokens }: ReportSentence, j: number): number {
  for (let k = j - 1; k >= 0; k--) if (CLAUSE_OPENER.test(tokens[k]!.text) || RELATIVE.test(tokens[k]!.text)) return k;
  return -1;
}

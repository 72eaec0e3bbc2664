// "The mill has reportedly cut two hundred jobs", "Tom Pike reportedly plans to run": "reportedly"
// marks its clause as a report passed on from a source the sentence does not name. The clause, its
// subject with it, was said, by nobody named (the quote has no speaker), as with "It was reported
// that …" (impersonal-speech.ts). A cue of the clause's own ("Holt reportedly told aides that …")
// reports it instead (reported-speech.ts keeps this quote only where no other one overlaps it).
// "The council is expected to approve the budget": a clause expected by nobody named is passed on
// the same way, and in a relative clause from its pronoun ("the vote, which is expected to pass").
// "The ferry chief was accused of taking bribes", "Ann Holt was declared the winner": a charge or a
// judgement made in the passive by nobody named is passed on the same way, with what it was for.
import { contentEnd } from './content-end.js';
import { cueLemma } from './cues.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { isAdverb } from './lexicon.js';
import { isAndOrBut, isAuxiliary, isRelativePronoun, SUBORDINATING_CONJUNCTIONS } from './word-classes.js';
import { spanOf } from './tokens.js';

/** What opens the clause a subject stands in: punctuation, a conjunction or a subordinator. */
const CLAUSE_OPENER = new RegExp(`^([,;:(—–-]|and|but|or|so|yet|as|after|before|once|${SUBORDINATING_CONJUNCTIONS})$`, 'iu');
/** Words between the subject and "reportedly": an auxiliary or "also" ("has also reportedly"). */
const BEFORE_ADVERB = (w: string) => isAuxiliary(w) || /^(also|['’]s)$/iu.test(w);

/** The quote of "reportedly" at token `i` (lower case: "Reportedly" is a headline's word): its clause
 *  from the subject on, with no speaker, or null when the clause has no subject of its own
 *  ("…, reportedly winning over …") or is a relative one ("the envoy, who reportedly …"). */
export function reportedlyClause(s: ReportSentence, i: number): QuoteDraft | null {
  const { sentence, tokens } = s;
  // ("Holt reportedly said, “…”": a cue of its own reports the clause; a post embedded in the
  // sentence, its markup or its link in it, is no narration.)
  if (tokens[i]!.text !== 'reportedly' || cueLemma(tokens[i + 1]?.text ?? '') || /<\w|:\/\//u.test(s.text.slice(sentence.start, sentence.end))) return null;
  let j = i;
  while (j > 0 && BEFORE_ADVERB(tokens[j - 1]!.text)) j--;
  return passedOnClause(s, i, j, false);
}

/** Forms of "be" before "expected": "is", "are", "was", "’s", "isn’t", "be", "been". */
const BE = /^(is|are|was|were|be|been|being|['’]s|['’]re|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)$/iu;

/** The quote of a passive "expected" with "to" after it at token `i` ("The council is expected to
 *  approve the budget", "is not expected to attend", "could be expected to resist"): its clause from
 *  the subject on, or from the relative pronoun, with no speaker; null with no form of "be" before it
 *  ("as expected", "than expected", "She expected to win") or no subject of its own. */
export function expectedClause(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens } = s;
  if (tokens[i]!.text !== 'expected' || tokens[i + 1]?.text.toLowerCase() !== 'to') return null;
  let j = i;
  while (j > 0 && (BEFORE_ADVERB(tokens[j - 1]!.text) || /^not$/iu.test(tokens[j - 1]!.text) || isAdverb(tokens[j - 1]!.text))) j--;
  return tokens.slice(j, i).some((t) => BE.test(t.text)) ? passedOnClause(s, i, j, true) : null;
}

/** Participles of a charge or a judgement made of someone, with the word that opens what it was
 *  for: "accused of", "charged with", "criticized for", "condemned as", "declared the winner". */
const JUDGED = new Map<string, RegExp>([
  ['accused', /^of$/u],
  ['charged', /^with$/u],
  ['criticized', /^(for|as)$/u],
  ['criticised', /^(for|as)$/u],
  ['blamed', /^for$/u],
  ['condemned', /^(for|as)$/u],
  ['lambasted', /^(for|as)$/u],
  ['declared', /^(the|a|an)$/u],
]);
/** A modal or a negation in the passive's verb group: what might be done, or was not, is no charge
 *  made ("could be charged with …", "has never been charged with any crime"). */
const NOT_MADE = /^(will|would|could|might|may|can|should|must|shall|['’]d|['’]ll|not|never)$|n['’]t$/iu;
/** A subject that denies the charge of all it names: "Neither Holt nor Pike was charged with …". */
const NO_ONE = /^(neither|no|none|nobody|nothing)$/iu;

/** The quote of a charge or a judgement in the passive with no "by" after it, at token `i` ("Tom Pike
 *  was accused of taking bribes", "who has been widely criticized for the delays", "Ann Holt was
 *  declared the winner"): its clause from the subject on, or from the relative pronoun, to the first
 *  mark after it, with no speaker; null without a form of "be" before it ("the accused", "Holt accused
 *  him of …"), with a modal or a negation ("could be charged with", "was never accused of"), or
 *  without what it was for after it. */
export function judgedClause(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens } = s;
  if (!JUDGED.get(tokens[i]!.text)?.test(tokens[i + 1]?.text ?? '')) return null;
  let j = i;
  while (j > 0 && (BEFORE_ADVERB(tokens[j - 1]!.text) || /^(not|never)$/iu.test(tokens[j - 1]!.text) || isAdverb(tokens[j - 1]!.text))) j--;
  const group = tokens.slice(j, i);
  if (!group.some((t) => BE.test(t.text)) || group.some((t) => NOT_MADE.test(t.text))) return null;
  const q = passedOnClause(s, i, j, true);
  return q && !NO_ONE.test(q.text.split(/\s/u)[0]!) ? q : null;
}

/** The clause passed on by the word at `i`, whose verb group opens at `j`: from the subject on (from
 *  the relative pronoun when `expected`), to the content's end. */
function passedOnClause(s: ReportSentence, i: number, j: number, expected: boolean): QuoteDraft | null {
  const { text, sentence, tokens } = s;
  let open = clauseOpenerBefore(s, j);
  // "Ann Holt is a singer, but has reportedly quit": a verb joined to the clause before shares its subject.
  while (open >= 0 && open === j - 1 && isAndOrBut(tokens[open]!.text)) {
    const before = tokens[open - 1]?.text === ',' ? open - 1 : open;
    open = clauseOpenerBefore(s, before);
  }
  const pronoun = open >= 0 && isRelativePronoun(tokens[open]!.text);
  if ((open === j - 1 && !pronoun) || (pronoun && !expected)) return null;
  const start = open < 0 ? sentence.start : pronoun ? tokens[open]!.start : tokens[open]!.end;
  // ("(her team has reportedly hired a coach) she …": a clause in brackets ends at its bracket, and
  // an expectation at the first mark after it: "is expected to sign the bill, potentially …".)
  const closing = tokens[open]?.text === '(' ? /^\)$/u : expected ? /^([,;:(—–]|-+)$/u : null;
  const close = closing ? tokens.findIndex((t, n) => n > i && closing.test(t.text)) : -1;
  const content = trimmed(text, start, close > 0 ? tokens[close]!.start : contentEnd(tokens, i, sentence.end));
  return content ? draft(content, spanOf(tokens[i]!), null, false, sentence) : null;
}

/** The index of the last token before `j` that opens a clause (or a relative pronoun), or -1. */
function clauseOpenerBefore({ tokens }: ReportSentence, j: number): number {
  for (let k = j - 1; k >= 0; k--) if (CLAUSE_OPENER.test(tokens[k]!.text) || isRelativePronoun(tokens[k]!.text)) return k;
  return -1;
}

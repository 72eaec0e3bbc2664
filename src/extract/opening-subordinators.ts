// A cue inside a subordinate clause that opens the sentence reports up to the main clause, also when
// the subordinator is not the sentence's first word: after an opening adverbial set off by a comma
// ("Last month, when the mayor asked …, she …", "However, while the board says …, traders …"), after
// a span of time ("Two weeks after the council announced …, the ferry …")
// or after "and" joining a clause of its own ("The crowd cheered, and when Ms Holt said …, a man
// shouted …"); "now that" ("Now that the mayor has claimed …, the council …") and a relative after an
// opening preposition ("Among those who said …, most …") open such a clause too. A subordinator after
// a conjunction opening the sentence ("And while the council insists …") is read here for content-end.ts.
// An "as" opening the sentence so ("But as the paper noted, …", "Of course, as …") makes the main clause
// what was said (openingAs, read by content-start.ts and phrasal-cues.ts).
import { finiteVerbWithin, isAndOrBut, isDurationWord } from './lexicon.js';
import type { Token } from './tokens.js';
import { OPENING_SUBORDINATORS } from './word-classes.js';

/** Words as the tests here read them: their text only. */
type Words = readonly { text: string }[];

const OPENING_SUBORDINATOR = new RegExp(`^(${OPENING_SUBORDINATORS})$`, 'iu');
/** Past the first word, "after" and "before" open such a clause too ("…, and after the mayor said …"). */
const SUBORDINATOR = new RegExp(`^(${OPENING_SUBORDINATORS}|after|before)$`, 'iu');

/** Whether the cue at `cue` stands in an opening clause whose subordinator is not the first word. */
export function laterOpeningClause(tokens: Token[], cue: number): boolean {
  for (let s = cue - 1; s >= 1; s--) {
    const w = tokens[s]!.text;
    if (/^[,;:()—–-]$/u.test(w)) return false;
    if (SUBORDINATOR.test(w) && opensBefore(tokens, s)) return true;
    if (/^that$/iu.test(w) && /^now$/iu.test(tokens[s - 1]!.text) && s === 1) return true;
    if (/^(who|that)$/iu.test(w) && /^(among|of|for)$/iu.test(tokens[0]!.text) && s <= 5 && !finiteVerbWithin(tokens, 1, s)) return true;
  }
  return false;
}

/** Whether what stands before the subordinator at `s` leaves its clause opening the sentence. */
function opensBefore(tokens: Words, s: number): boolean {
  const prev = tokens[s - 1]!.text;
  // "Last month, when …", "After all, while …": a short adverbial with no verb, then a comma.
  if (prev === ',') return s <= 5 && !finiteVerbWithin(tokens, 0, s - 1) && !tokens.slice(0, s - 1).some((t) => /^[,;:“”"]$/u.test(t.text));
  // "…, and when …", "And after …": a clause of its own after a conjunction.
  if (clauseConjunctionBefore(tokens, s)) return true;
  // "Years after …", "A few weeks before …" (the time word right before).
  return /^(after|before|since)$/iu.test(tokens[s]!.text) && s <= 5 && isDurationWord(prev) && !finiteVerbWithin(tokens, 0, s);
}

/** The index of an "as" opening the sentence's first clause, or -1: its first word ("As the paper
 *  noted, …"), after a conjunction opening the sentence ("But as the paper noted, …") or after a short
 *  adverbial with no verb set off by a comma ("Of course, as the paper noted, …"). */
function openingAs(tokens: Words): number {
  if (/^as$/iu.test(tokens[0]?.text ?? '')) return 0;
  const s = tokens.findIndex((t, n) => n >= 1 && n <= 5 && /^as$/iu.test(t.text));
  return s > 0 && opensBefore(tokens, s) ? s : -1;
}

/** The index of an "as" opening the sentence (openingAs) whose clause holds the word at `i`, or -1: not
 *  where the as-clause closed before it with a verb of its own ("On Tuesday, as the markets fell, Pike
 *  wrote …"); an aside without one may stand inside it ("As many experts, including Ann Holt, have noted"). */
export function openingAsHolding(tokens: Words, i: number): number {
  const as = openingAs(tokens);
  if (as < 0 || as >= i) return -1;
  const comma = tokens.findIndex((t, n) => n > as && n < i && t.text === ',');
  return comma > 0 && finiteVerbWithin(tokens, as + 1, comma) ? -1 : as;
}

/** "And while", "But, although", "So when" opening the sentence (not "And as", whose main clause may be
 *  what was said). */
export function subordinatorAfterConjunction(tokens: Token[]): boolean {
  const s = tokens[1]?.text === ',' ? 2 : 1;
  return OPENING_SUBORDINATOR.test(tokens[s]?.text ?? '') && clauseConjunctionBefore(tokens, s);
}

/** Whether a conjunction joining a clause of its own stands right before the word at `s`: "And", "But",
 *  "So" or "Yet" opening the sentence, a comma after it or none, or "and" or "but" after a comma inside it. */
function clauseConjunctionBefore(tokens: Words, s: number): boolean {
  const j = s === 2 && tokens[1]!.text === ',' ? 0 : s - 1;
  return j === 0 ? /^(and|but|so|yet)$/iu.test(tokens[0]!.text) : isAndOrBut(tokens[j]!.text) && tokens[j - 1]!.text === ',';
}

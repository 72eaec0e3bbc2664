// A relative clause set off by commas inside the subject of reported content: "said the plan, which
// critics called a failure, would be withdrawn". The content goes on past it to the subject's verb.
// When the clause carries a cue of its own it reports another act of speech nested in what was said,
// which news annotation of attribution leaves out of the outer content (only the outermost
// attribution is marked): no part holds it.
import { finiteCue } from './clause-openings.js';
import { cueLemma } from './cues.js';
import { isAdverbBeforeVerb, isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';

const RELATIVE_PRONOUN = /^(which|who|whose|whom)$/iu;
/** Marks no relative clause inside a subject holds: another clause, a quotation or an aside opens there. */
const CLAUSE_BREAK = /^([;:.!?()“”"«»—–]|-{1,2})$/u;
/** At most this many words of the subject before the clause, and in the clause. */
const MAX_SUBJECT = 12;
const MAX_CLAUSE = 30;

/** The index of the comma closing a relative clause that the comma at `k` opens inside a subject whose
 *  words run from `from` (no verb, comma or mark among them), when the subject's verb follows that
 *  comma ("the plan, which she called a failure, would …"); -1 otherwise. */
export function subjectRelativeClose(tokens: Token[], from: number, k: number): number {
  if (tokens[k]?.text !== ',' || !RELATIVE_PRONOUN.test(tokens[k + 1]?.text ?? '')) return -1;
  const subject = tokens.slice(from, k);
  if (
    !subject.length ||
    subject.length > MAX_SUBJECT ||
    subject.some((t) => !/^([\p{L}\p{N}]|['’]s$)/u.test(t.text) || isFiniteVerb(t.text) || /^to$/iu.test(t.text))
  )
    return -1;
  const close = tokens.findIndex((t, n) => n > k + 2 && (t.text === ',' || CLAUSE_BREAK.test(t.text)));
  if (close < 0 || tokens[close]!.text !== ',' || close - k > MAX_CLAUSE) return -1;
  let verb = close + 1;
  while (isAdverbBeforeVerb(tokens[verb]?.text ?? '') && !isFiniteVerb(tokens[verb]!.text)) verb++;
  return isFiniteVerb(tokens[verb]?.text ?? '') && !cueLemma(tokens[verb]!.text) ? close : -1;
}

/** The relative clauses with a cue of their own set off inside the subject of the content whose
 *  words run from `from` to `to` (exclusive): from the comma opening each to the comma closing it. */
export function nestedAttributionsIn(tokens: Token[], from: number, to: number): Span[] {
  const first = /^that$/iu.test(tokens[from]?.text ?? '') ? from + 1 : from;
  for (let k = first + 1; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    const close = subjectRelativeClose(tokens, first, k);
    if (close < 0 || close >= to) return [];
    const cued = tokens.slice(k + 2, close).some((_, n) => finiteCue(tokens, k + 2 + n) && !priceAfter(tokens, k + 2 + n));
    return cued ? [{ start: tokens[k]!.start, end: tokens[close]!.end }] : [];
  }
  return [];
}

/** "who charges about $20,000 a talk": a figure right after the verb is a price, not what was said. */
const priceAfter = (tokens: Token[], n: number) => tokens.slice(n + 1, n + 4).some((t) => /^[\p{N}$€£¥]/u.test(t.text));

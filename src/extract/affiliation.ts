// How a name stands in its sentence, for what "the company" or "the bank" may go back to: an
// organization named as where a person works ("said Tom Briggs, an analyst at Peel Hunt", "Peel
// Hunt analyst Tom Briggs") is what the story quotes someone from, not the company it is about; a
// place after "from" or "in" ("a widow from Salford") is a place, whatever a company word before it
// would like it to be.
import { OUTSIDE_EXPERTS, roleOf } from './roles.js';

/** Prepositions that tie a person to where they work: "an analyst at", "Professor Ann Roe of". */
const WORKPLACE_WORDS = 'at|with|of|for|from';
const WORKPLACE = new RegExp(`^(${WORKPLACE_WORDS})$`, 'iu');
/** The same preposition closing a clause, an article after it: "… Tom Briggs at the ". */
const WORKPLACE_AT_END = new RegExp(`\\s+(?:${WORKPLACE_WORDS})\\s+(?:the\\s+)?$`, 'iu');
/** Prepositions before a place: "a widow from Salford", "a shop in Leeds". */
const LOCATIVE = /^(from|in|at|near|to|of|outside|across|around|throughout)$/iu;
/** How far back a clause is read for the preposition and the person before it. */
const REACH = 60;
/** Words between a person (or a role word) and the preposition: "head of equities at". */
const ROLE_WORDS = 4;

/** The words of the clause right before `start`, an article before the name left out. */
function wordsBefore(text: string, start: number): string[] {
  const clause = text
    .slice(Math.max(0, start - REACH), start)
    .split(/[.;:()“”"]/u)
    .pop()!;
  const words = clause.split(/[\s,]+/u).filter(Boolean);
  if (/^the$/iu.test(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/** Roles of people a story asks for their view from outside, lawyers too: where they work is not what it is about. */
const COMMENTATORS = new Set([...OUTSIDE_EXPERTS, 'lawyer', 'attorney']);

/**
 * Whether the name at `start` is named as a person's workplace: a preposition such as "at" or "of"
 * before it, and before that, within a few words, a role ("analyst", "head") or the end of a
 * person's name (`personEndsAt`, by offset). `commentatorsOnly`: only the workplace of a role
 * such as "analyst" or "lawyer" counts ("a lawyer at Bailey & Glasser", not "officials at the agency").
 */
export function namedAsWorkplace(text: string, start: number, personEndsAt: (pos: number) => boolean, commentatorsOnly = false): boolean {
  start = coordinationStart(text, start);
  const words = wordsBefore(text, start);
  if (!WORKPLACE.test(words[words.length - 1] ?? '')) return false;
  const roles = words.slice(-1 - ROLE_WORDS, -1).map((w) => roleOf(w.replace(/['’]s$/u, '')));
  if (roles.some((r) => r && (!commentatorsOnly || COMMENTATORS.has(r)))) return true;
  const clause = text.slice(Math.max(0, start - REACH), start);
  const preposition = clause.search(WORKPLACE_AT_END);
  return !commentatorsOnly && preposition >= 0 && personEndsAt(Math.max(0, start - REACH) + preposition);
}

/** A name coordinated with names before it ("Representatives for Carlyle and KKR", "at Ford, GM and
 *  Stellantis") stands where the first of them does: the offset where that one starts. */
function coordinationStart(text: string, start: number): number {
  for (;;) {
    const before = text.slice(Math.max(0, start - 60), start);
    const m = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}(?:\s*,\s*|\s+(?:and|or|&)\s+)$/u.exec(before);
    if (!m) return start;
    start -= before.length - m.index;
  }
}

/** Whether the name ending at `end` is a commentator's workplace set before the role: "Kestrel
 *  Securities analyst Ben Ortiz", "Peel Hunt's senior economist". */
export function namedBeforeCommentator(text: string, end: number): boolean {
  const next = /^(?:['’]s)?\s+(?:(?:senior|chief|lead|top|independent)\s+)?(\p{L}+)/u.exec(text.slice(end, end + 40));
  const role = next && roleOf(next[1]!);
  return !!role && COMMENTATORS.has(role);
}

/** Whether the name at `start` follows a preposition of place ("from Salford", "in Leeds"). */
export const namedAsPlace = (text: string, start: number): boolean => LOCATIVE.test(wordsBefore(text, start).pop() ?? '');

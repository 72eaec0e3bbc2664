// Whether a name is the subject of its clause: few words before it, no preposition nor subordinator
// governing it, and no title run joining it to the person after it.
import { isFiniteVerb } from './lexicon.js';
import { isTitleWord, namesPeople } from './phrase-heads.js';
import { hasLetter } from './tokens.js';
import { SUBORDINATING_CONJUNCTIONS } from './word-classes.js';

const PREPOSITION =
  /^(with|of|to|by|from|for|about|against|on|at|in|into|over|under|than|like|unlike|and|or|between|among|toward|towards|after|before|behind|during|since|despite|through|across|per|via|according|as)$/iu;
/** A conjunction opening a subordinate clause: "While Obama had …, that concerns Ann Holt" has no subject in Obama;
 *  nor has "After Jack Reed left the council, Tom Pike took over" in Reed. (Not "as": "As Ann Holt
 *  pointed out, “…”" and "As for Tom Pike, he said …" are about the one named.) */
export const SUBORDINATOR = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|whether|after|before|once)$`, 'iu');
/** At most this many words stand between the start of a clause and its subject ("The former senator Ann Holt"). */
const SUBJECT_LEAD = 3;

/** Whether the words from the last clause mark before `start` (within the sentence from `from`) let
 *  the name at `start` open its clause ("During a town hall, Ann Holt asked", not "The ad cites FBI data"). */
export function opensClause(text: string, from: number, start: number): boolean {
  const lead = text
    .slice(Math.max(from, start - 60), start)
    .split(/[,;:—–]/u)
    .pop()!;
  const words = lead.split(/\s+/u).filter(hasLetter);
  return !(words.length > SUBJECT_LEAD || words.some((w) => PREPOSITION.test(w) || SUBORDINATOR.test(w)));
}

/** Words between an organization and a person's name in one title run: "Secretary", "’s chief executive". */
export function titleRunBetween(gap: string): boolean {
  const words = gap.trim().split(/\s+/u);
  return gap.length < 40 && /^\s/u.test(gap.replace(/^['’]s/u, ' ')) && words.length <= 4 && words.every((w) => isTitleWord(w));
}

/** Words from a possessor to the person it opens: "’s liberal NBC News colleague ", "’s son, " (no verb). */
export function namedAfterPossessor(gap: string): boolean {
  const m = /^['’]s\s+((?:[\p{L}.-]+,?\s+){1,6})$/u.exec(gap);
  return !!m && !m[1]!.split(/\s+/u).some((w) => isFiniteVerb(w));
}

/** The lower-case words after a possessor's "'s". */
const OWNED_WORDS = /^['’]s?((?:\s+[\p{Ll}-]+){1,6})/u;

/** Whether a name opening its clause with "'s" owns the clause's subject, a thing and no
 *  person ("Holt's island roots also came into play."): the clause is about the owner, as it would be
 *  about a subject; "Holt's son, Ryan, moved" and "Holt's deputy said" have a person of their own. */
export function ownsOpeningSubject(text: string, from: number, start: number, end: number): boolean {
  const words = OWNED_WORDS.exec(text.slice(end, end + 80))?.[1] ?? '';
  const owned = words.trim().split(/\s+/u);
  // ("Holt's plans are popular": the first word owned is the noun, though the lexicon also knows "plans" as a verb.)
  const verb = owned.findIndex((w, n) => n > 0 && isFiniteVerb(w));
  return verb > 0 && !owned.slice(0, verb).some((w) => isTitleWord(w) || namesPeople(w)) && opensClause(text, from, start);
}

// A candidate name: its words, the title before it, and the words around it that the typing rules read.
import { isFiniteVerb } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { Token } from '../tokens.js';
import { appositionType, calledBefore, descriptionBefore } from './apposition.js';
import { lower } from './name-words.js';
import { strandsPreposition } from './stranded-prepositions.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** name words without honorifics: what the canonical name is made of */
  words: string[];
  /** lower-cased title words right before the name ("president", "foreign minister") */
  titles: string[];
  /** a demonym right before the name ("Russian President ...") */
  demonym: string | null;
  honorific: boolean;
  /** a word that opens a sentence and is also a common noun ("Dean", "Rose"): a name only if the
   *  document names someone so elsewhere */
  onlyIfKnown: boolean;
  /** the name of a side in a league table or results line ("Stoke 2 Tranmere 1") */
  teamInTable: boolean;
  /** a scorer a match summary lists after a side's score ("Falkirk 1 (Robertson 55)") */
  scorer: boolean;
  /** the word before and after the candidate, for context rules */
  prev: string;
  /** the word before `prev`, for two-word contexts ("town of …") */
  prevBefore: string;
  next: string;
  /** the word after `next`, for two-word contexts ("37 runs") */
  nextAfter: string;
  /** a verb and "its" right after ("Nordair grounded its fleet", "Nordair has cut its fares") */
  itsAfter: boolean;
  /** what an apposition after the name calls it ("Budimex, a construction firm,"), if a kind of organization or place */
  describedAs: EntityType | null;
  /** a clause ending in a preposition follows ("the firms Pike and Holt worked with"): see stranded-prepositions.ts */
  strandsPreposition: boolean;
}

/** Whether a verb and then "its" follow, within three words and before any punctuation. (The words
 *  after the verb are read first: "its" is seldom there, and the verb is a lexicon lookup.) */
export function itsWithin(tokens: Token[], after: number): boolean {
  if (!itsAfter(tokens, after)) return false;
  const verb = tokens[after]!.text;
  return isFiniteVerb(verb) || /^\p{Ll}+ed$/u.test(verb);
}
function itsAfter(tokens: Token[], after: number): boolean {
  for (let k = after + 1; k < tokens.length && k < after + 3; k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === 'its') return true;
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

/** A candidate for tokens [from, to) of a block. */
export function spanCandidate(text: string, tokens: Token[], from: number, to: number): Candidate {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    words: tokenWords(tokens, from, to),
    titles: [],
    demonym: null,
    honorific: false,
    onlyIfKnown: false,
    teamInTable: false,
    scorer: false,
    prev: lower(tokens[from - 1]),
    prevBefore: lower(tokens[from - 2]),
    next: lower(tokens[to]),
    nextAfter: lower(tokens[to + 1]),
    itsAfter: itsWithin(tokens, to),
    describedAs: appositionType(tokens, to, from) ?? descriptionBefore(tokens, from, to) ?? calledBefore(tokens, from, to),
    strandsPreposition: strandsPreposition(tokens, to),
  };
}

/** The words of tokens [from, to), pushed one by one: an array without holes, as the name rules'
 *  own word lists are (split, spread, slice), where `map` makes one with holes. A rule reading
 *  `words[0]` then meets one kind of array; with both, each rule's optimised code was dropped and
 *  compiled again when the other kind first reached it. */
export function tokenWords(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k]!.text);
  return words;
}

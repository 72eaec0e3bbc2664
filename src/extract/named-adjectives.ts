// What a naming verb's object was called when that is an adjective: "called the plan reckless",
// "called him divisive", "calls himself pro-choice", "called the moves deeply unconstitutional". The
// object and its adjective are what was said, as "called the plan a disaster" is; an adverb of time
// or a particle after the object ("called the race early", "called him back") names nothing.
import { isAdjective, isFiniteVerb, tagsOf } from './lexicon.js';
import { namesPersons } from './phrase-heads.js';
import { isPossessiveMark, type Token } from './tokens.js';

/** Objects that are a pronoun, or open with a determiner or a possessor. */
const PRONOUN_OBJECT = /^(him|her|them|it|himself|herself|themselves|itself|this|that|these|those)$/u;
const DETERMINER = /^(the|his|her|their|its|this|that|these|those|our|your)$/u;
/** Adverbs of degree before the adjective: "called it deeply unfair". */
const DEGREE =
  /^(very|so|too|more|less|most|deeply|totally|completely|extremely|incredibly|highly|fundamentally|utterly|wholly|simply|clearly|plainly|patently|downright|flatly)$/u;
/** Adjectives of time and place, which tell when or where one called ("called the race early"). */
const NOT_GIVEN = /^(early|late|over|home|right|back|first|last|next|live|alone|ahead|away)$/u;
const WORD = /^[\p{L}][\p{L}'’-]*$/u;

/** Whether a word is an adjective a naming verb may give: an adjective (lexicon.ts), one ending
 *  as "reckless" or "racist" does, or one made with a prefix ("un-American", "pro-choice"). */
const givenAdjective = (word: string): boolean =>
  !NOT_GIVEN.test(word) &&
  !namesPersons(word) &&
  (isAdjective(word) || (!tagsOf(word).length && /^\p{Ll}{4,}(less|ist)$/u.test(word)) || /^(un|anti|pro|non)-\p{L}+$/u.test(word));

/** What may follow the adjective: the clause's end, or another clause. */
const ENDS = /^([,.;:!?]|and|but|because|while|as|)$/u;

/** The index of the adjective when the words after the naming verb at `i` are an object and the
 *  adjective it was called, ending the clause ("him divisive.", "the new plan reckless, and …",
 *  "Korvena's dispute with the agency unusual"), or -1. */
export function adjectiveGivenAt(tokens: Token[], i: number): number {
  const first = tokens[i + 1]?.text ?? '';
  const pronoun = PRONOUN_OBJECT.test(first);
  const possessor = /^\p{Lu}/u.test(first) && isPossessiveMark(tokens[i + 2]?.text ?? '');
  if (!pronoun && !possessor && !DETERMINER.test(first)) return -1;
  // (After a determiner or a possessor, a noun at least, and a few words at most: "the actions", "the new plan".)
  const from = pronoun ? i + 2 : possessor ? i + 4 : i + 3;
  const to = pronoun ? i + 3 : from + 5;
  for (let k = from; k < to && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (!WORD.test(w) || isFiniteVerb(w)) return -1;
    // ("called it deeply unfair": an adverb of degree before the adjective.)
    const at = DEGREE.test(w) ? k + 1 : k;
    if (givenAdjective(tokens[at]?.text ?? '') && ENDS.test(tokens[at + 1]?.text ?? '')) return at;
  }
  return -1;
}

/** Where what was called ends when a clause of its own follows the adjective at `at` ("called the
 *  return good and the point was replayed"), or -1 where it goes on ("unsubstantiated and fabricated
 *  by former staff", "unsubstantiated and politically motivated"; "lawful, and said …" ends at its comma). */
export function givenEnd(tokens: Token[], at: number): number {
  const next = tokens[at + 2]?.text ?? '';
  return /^(and|but)$/u.test(tokens[at + 1]?.text ?? '') && !givenAdjective(next) && !/^\p{Ll}+(ed|ly)$/u.test(next) ? at : -1;
}

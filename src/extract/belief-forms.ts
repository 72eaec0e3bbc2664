// Positions stated as held: "was of the view that …", "is of the firm opinion that …", "was adamant
// that …", "remains convinced that …". News reports a stance taken in public this way, and the one
// holding it speaks as with "said".
import { isAdverb } from './lexicon.js';
import { clauseAfterThat } from './speech-nouns.js';
import { isLowerCaseWord, type Token } from './tokens.js';

const VIEW_NOUNS = /^(view|opinion|belief|conviction)$/u;
const BE_FORMS = /^(is|was|are|were|be|been|being|remains|remained|remain)$/iu;
/** Words that may qualify the view: "of the firm view", "of the considered opinion". */
const QUALIFIERS = /^(firm|strong|clear|considered|settled|same|unanimous|view)$/u;
/** Adjectives of a stance taken: "was adamant that", "is confident that". */
const STANCES = /^(adamant|emphatic|insistent|unequivocal|categorical|confident|hopeful|optimistic|convinced|certain)$/u;
/** Subjects that hold no stance: "It was certain that …", "There is hopeful …". */
const NO_HOLDER = /^(it|there|this|that|what)$/iu;

/** A word that may name a position held ("view", "adamant"): the word heldPositionAt asks first. */
export const namesPosition = (word: string) => VIEW_NOUNS.test(word) || STANCES.test(word);

/** The cue a held position makes at token `i` ("view", "adamant"): its lemma and the index of the
 *  verb "be" before it, or undefined. */
export function heldPositionAt(tokens: Token[], i: number): { lemma: string; verb: number } | undefined {
  const w = tokens[i]!.text;
  if (!namesPosition(w) || !clauseAfterThat(tokens, i + 1)) return undefined;
  const verb = VIEW_NOUNS.test(w) ? viewVerb(tokens, i) : stanceVerb(tokens, i);
  return verb === undefined || NO_HOLDER.test(tokens[verb - 1]?.text ?? '') ? undefined : { lemma: STANCES.test(w) ? 'insist' : 'opine', verb };
}

/** "was of the (firm) view": the index of "was". */
function viewVerb(tokens: Token[], i: number): number | undefined {
  let k = i - 1;
  while (k > i - 3 && QUALIFIERS.test(tokens[k]?.text ?? '')) k--;
  if (!/^the$/iu.test(tokens[k]?.text ?? '') || !/^of$/iu.test(tokens[k - 1]?.text ?? '')) return undefined;
  return BE_FORMS.test(tokens[k - 2]?.text ?? '') ? k - 2 : undefined;
}

/** "was (equally) adamant": the index of "was". */
function stanceVerb(tokens: Token[], i: number): number | undefined {
  let k = i - 1;
  while (k > i - 3 && isLowerCaseWord(tokens[k]?.text ?? '') && isAdverb(tokens[k]!.text)) k--;
  // ("can be convinced that …" is being persuaded, no stance taken.)
  return /^(is|was|are|were|remains|remained|remain)$/iu.test(tokens[k]?.text ?? '') ? k : undefined;
}

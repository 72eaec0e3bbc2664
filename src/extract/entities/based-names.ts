// A name right after where it is based ("Velmora-based Tessel", "the Korvena-based Hollis Marsh",
// "Raleigh, N.C.-based Tarrant Pike") is a firm's or a body's: a person based somewhere is named with
// a given name ("Texas-based Tom Pike") or a trade ("London-based spokesman Tom Pike").
import { isDemonymWord } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { hasGivenName } from './name-words.js';
import { PARTY_WORDS } from './person-vocabulary.js';

const BASED = /-(?:based|headquartered)$/u;

/** Whether the name stands right after where it is based, with no given name, people's or party's word
 *  ("Florida-based Republican") nor ordinary word ("Denver-based IT firm") that would make it a modifier,
 *  nor a connector after it that may go on with a longer name ("Velmora-based Meals on Wheels"). */
export const namedAfterBase = (c: Candidate) =>
  (BASED.test(c.prev) || (/^(?:based|headquartered)$/u.test(c.prev) && c.prevBefore === '-')) &&
  !/^(?:on|of|for|and|&)$/u.test(c.next) &&
  !hasGivenName(c.words) &&
  !(c.words.length === 1 && (isDemonymWord(c.text) || PARTY_WORDS.has(c.text.toLowerCase()) || isCommonWord(c.text.toLowerCase())));

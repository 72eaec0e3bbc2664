// "its Port Talbot plant", "their Obajana factory", "his Mar-a-Lago estate": a name between an
// owner's possessive and a facility names where the facility stands, never a person (nobody writes
// "its Smith plant"). Unknown names there are places; a known organization keeps its type.
import { isKnownOrganization } from '../lexicon.js';
import { POSSESSIVE_DETERMINERS } from '../word-classes.js';
import type { Candidate } from './candidates.js';

/** Facilities named after the place they stand in. */
const FACILITIES = new Set(
  (
    'plant plants factory factories mine mines site sites refinery refineries smelter mill mills works facility ' +
    'complex terminal port hub base depot warehouse headquarters campus oilfield field shipyard yard estate ranch resort home store office'
  ).split(' '),
);

/** Whether the candidate stands between a possessive and a facility's noun. */
export const namesFacilitySite = (c: Candidate) => POSSESSIVE_DETERMINERS.has(c.prev) && FACILITIES.has(c.next) && !isKnownOrganization(c.words.join(' '));

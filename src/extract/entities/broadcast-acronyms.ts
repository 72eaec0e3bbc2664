// Acronyms that name a broadcaster or an agency by what is said around them: the medium beside them
// ("MRT radio", "KTV television", "BNA news agency", "state radio MRT") or the one told something
// ("told BTV he would go"); persons are not written in capitals.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import type { Candidate } from './candidates.js';

const MEDIUM = /^(?:radio|television|tv|channel|broadcaster|station|newspaper|daily|weekly|agency|wire)$/u;
const TOLD = /^(?:told|tells|telling)$/u;

/** An acronym of no place ("US television" is the country's) nor word ("told NOBODY") beside a medium or told something. */
export const broadcastAcronym = (c: Candidate) =>
  /^[A-Z]{2,5}$/u.test(c.text) &&
  !lookupLocation(c.text) &&
  !isCommonWord(c.text.toLowerCase()) &&
  (MEDIUM.test(c.next) || MEDIUM.test(c.prev) || (c.next === 'news' && /^(?:agency|channel|network|website)$/u.test(c.nextAfter)) || TOLD.test(c.prev));

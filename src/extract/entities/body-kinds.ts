// Kinds of body that, right before a name, say what it is: "employers' federation Confindustria",
// "media watchdog Ofcom", "the charity Shelter", "the union Unison". The kinds of firm that do so
// are the company words (`isCompanyWord`); these are the public bodies and associations.
import type { Candidate } from './candidates.js';

const BODY_KINDS = new Set('federation confederation association charity watchdog regulator union coalition alliance movement foundation'.split(' '));

/** A kind of body right before the name, in lower case as apposition writes it. */
export const bodyKindBefore = (c: Candidate) => BODY_KINDS.has(c.prev);

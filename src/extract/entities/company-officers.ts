// Offices and holders only a company has: "Fletcher Challenge shareholders", "Lilly chief executive
// David Ricks", "Lockheed Martin chairman". A person has spokesmen and owners too, but no
// shareholders nor chief executive: after such a word a name is a firm's, whatever given name opens it.
import type { Candidate } from './candidates.js';
import { hasGivenName } from './name-words.js';

/** Company-only offices and holders, one word or two, lower case. */
export const COMPANY_OFFICERS = new Set([
  'chairman',
  'chairwoman',
  'ceo',
  'shareholders',
  'stockholders',
  'chief executive',
  'managing director',
  'general manager',
  'subsidiary',
]);

// Verbs that put someone in the office named right after: "the board named Tom Pike chairman".
const APPOINTING = /^(?:names?|named|appoints?|appointed|elects?|elected|re-elected|nominates?|nominated|makes?|made|installs?|installed)$/u;

/** Whether the words right after the name are an office or holder only a company has; not after a verb that
 *  puts a person's full name in that office ("named Tom Pike chairman": he holds it and owns no company). */
export const runByCompanyOfficers = (c: Pick<Candidate, 'prev' | 'words' | 'next' | 'nextAfter'>) =>
  (COMPANY_OFFICERS.has(c.next) || COMPANY_OFFICERS.has(`${c.next} ${c.nextAfter}`)) && !(APPOINTING.test(c.prev) && hasGivenName(c.words));

// A body's or a country's offices after a possessive: "Korvath's president", "Velmora's chief executive";
// a person has a chief of staff, spokesmen and a government, but no president, board nor shareholders.
const BODYS_OFFICE_OWNED =
  /^['’]s\s+(?:(?:vice[- ])?president|chairman|chairwoman|chief (?:executive|financial officer|operating officer)|ceo|managing director|general manager|board|shareholders|stockholders|subsidiary|headquarters|prime minister)\b/iu;

/** Whether the text right after the name (from its end) owns an office only a body or a country has. */
export const ownsBodysOffice = (after: string) => BODYS_OFFICE_OWNED.test(after);

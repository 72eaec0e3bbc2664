// Offices and holders only a company has: "Fletcher Challenge shareholders", "Lilly chief executive
// David Ricks", "Lockheed Martin chairman". A person has spokesmen and owners too, but no
// shareholders nor chief executive: after such a word a name is a firm's, whatever given name opens it.
import type { Candidate } from './candidates.js';

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

/** Whether the words right after the name are an office or holder only a company has. */
export const runByCompanyOfficers = (c: Pick<Candidate, 'next' | 'nextAfter'>) =>
  COMPANY_OFFICERS.has(c.next) || COMPANY_OFFICERS.has(`${c.next} ${c.nextAfter}`);

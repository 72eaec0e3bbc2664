// "the Harwick Rowing Conference", "the Velmoran Episcopal Conference said": "Conference" ends an event's name
// ("the Velmora Peace Conference opened"), but a league of a sport's clubs and a body of bishops are named so
// too, and a conference that speaks is the body that holds it.
import { cueLemma } from '../cues.js';
import type { Candidate } from './candidates.js';
import { SPORT_NAMES } from './organization-vocabulary.js';

/** Words before "Conference" that make it a league or a standing body, not a meeting. */
const BODY_WORDS = new Set([...SPORT_NAMES, 'athletic', 'sports', 'episcopal', 'bishops', 'bishops’', "bishops'"]);

/** Whether name words ending in "Conference" name a body: a sport's or bishops' word in them, or a speech
 *  verb (`next`, the word after them) said by it. */
export function namesConferenceBody(words: string[], next: string): boolean {
  const n = words.length;
  if (n < 2 || words[n - 1] !== 'Conference') return false;
  return words.slice(0, -1).some((w) => BODY_WORDS.has(w.toLowerCase())) || cueLemma(next) !== undefined;
}

/** Whether a candidate ending in "Conference" names a body (see namesConferenceBody). */
export const conferenceAsBody = (c: Candidate) => namesConferenceBody(c.words, c.next);

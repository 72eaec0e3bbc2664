// A title-case headline capitalises every word, so a run of them is a name only as far as the story
// confirms it: "Ann Pike Put On The Defensive" names Ann Pike, whom the story names, not "Ann Pike Put".
import { lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, isKnownPerson, isKnownPlace } from '../lexicon.js';
import { isAllCaps } from '../tokens.js';
import { extended } from '../extended.js';
import type { Candidate } from './candidates.js';
import { classify } from './classify.js';
import type { TypedCandidate } from './typed-candidates.js';

/** Whether the story names a headline's word too ("Clinton" in "Hillary Clinton Calls …"), the lexicon
 *  knows it as a name ("Hillary", "Trump") or it is an acronym ("U.N."). */
const confirmedWord = (w: string, named: Set<string>) =>
  named.has(w.toLowerCase()) || isAllCaps(w) || isFirstName(w) || isKnownPerson(w) || isKnownOrganization(w) || isKnownPlace(w);

/** A run in a title-case headline is a name when each of its words is confirmed (`confirmed`, one flag
 *  per word), or the gazetteer knows it whole: "Popular Website Shows Bias When …" is no organization. */
const confirmedHeadlineName = (c: Candidate, confirmed: boolean[]) => confirmed.every(Boolean) || !!lookupLocation(c.words.join(' '));

/** The candidate as far as the headline confirms it (see confirmedHeadlineName): whole, or a person's
 *  name opening it when no word after that is confirmed ("Ann Pike | Put"), or one closing it (confirmedPersonTail),
 *  retyped as that name; null for none. */
export function confirmedHeadlineOpening(t: TypedCandidate, named: Set<string>): TypedCandidate | null {
  const { c } = t;
  const confirmed = c.words.map((w) => confirmedWord(w, named));
  if (confirmedHeadlineName(c, confirmed)) return t;
  // (Not every word is confirmed, so the first unconfirmed one ends the opening.)
  const n = confirmed.indexOf(false);
  // A person's name, a given name and more, before the headline's verb; not "Obama Power | Plant" nor a
  // people ("Latinos | Share"), and not where a confirmed word further on ("Gold Star Mom Corners Obama")
  // shows the run holds more than one name and a verb.
  if (n < 2 || !isFirstName(c.words[0]!) || confirmed.slice(n + 1).some(Boolean)) return confirmedPersonTail(t, confirmed);
  const dropped = ` ${c.words.slice(n).join(' ')}`;
  if (!c.text.endsWith(dropped)) return null;
  const text = c.text.slice(0, -dropped.length);
  const opening = extended(c, {
    end: c.end - dropped.length,
    text,
    words: c.words.slice(0, n),
    next: c.words[n]!.toLowerCase(),
    nextAfter: c.words[n + 1]?.toLowerCase() ?? c.next,
  });
  return extended(t, { c: opening, type: classify(opening) });
}

/** "Harbour Staff Rip Ann Holt": a person's name the story confirms, a given name and more, closing a run
 *  whose words before it are unconfirmed (the headline's subject and verb), retyped as that name; null for none. */
function confirmedPersonTail(t: TypedCandidate, confirmed: boolean[]): TypedCandidate | null {
  const { c } = t;
  const from = confirmed.lastIndexOf(false) + 1;
  if (from === 0 || c.words.length - from < 2 || !isFirstName(c.words[from]!)) return null;
  const dropped = `${c.words.slice(0, from).join(' ')} `;
  if (!c.text.startsWith(dropped)) return null;
  const tail = extended(c, {
    start: c.start + dropped.length,
    text: c.text.slice(dropped.length),
    words: c.words.slice(from),
    titles: [],
    demonym: null,
    prev: c.words[from - 1]!.toLowerCase(),
    prevBefore: c.words[from - 2]?.toLowerCase() ?? c.prev,
  });
  return extended(t, { c: tail, type: classify(tail) });
}

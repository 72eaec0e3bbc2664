// "Maraba Siderurgica … Maraba said", "Halvorsen Brothers … Halvorsen declined": a story names an
// organization in full once, then by its first word. That word alone is the organization when it is
// a word of its own (no ordinary word, place, people or given name) and no person of the story bears it.
// A club or firm is named by its last word too: "Borussia Dortmund … Dortmund took the lead",
// "Deutsche Telekom … Telekom said"; there a town is the side in a sports report but where it is the venue.
import { isMajorPlace, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, singularsOf } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { isNation, SIDE_ROLES } from './sport-sides.js';
import { COMPANY_FORMS, ORGANIZATION_HEADS, ORGANIZATION_OPENERS, TEAM_WORDS } from './organization-vocabulary.js';
import { NEWS_ORGANIZATIONS } from './named-body-vocabulary.js';
import { isTitleCaseWord } from '../tokens.js';

const key = (s: string) => s.toLowerCase();

/** A word that can stand for a longer name: no ordinary word, given name, people, word that heads or
 *  opens names of bodies ("Bank", "United"), nor a name of its own ("Reuters"). */
function standsAlone(word: string): boolean {
  const lower = key(word);
  return (
    /^\p{Lu}[\p{L}-]{2,}$/u.test(word) &&
    !isCommonWord(lower) &&
    !isFirstName(word) &&
    !isDemonymWord(word) &&
    !ORGANIZATION_HEADS.has(lower) &&
    !ORGANIZATION_OPENERS.has(lower) &&
    !TEAM_WORDS.has(lower) &&
    !COMPANY_FORMS.has(lower) &&
    // "Jewish", "Balkan", "Tibetan": an adjective of a people or region ("Goldman", "Kaplan" are surnames).
    !/(ish|ian|ean|ese|ic|can|tan|kan)$/u.test(lower) &&
    // "Reuters/Ipsos": an organization of its own.
    !isKnownOrganization(word) &&
    !NEWS_ORGANIZATIONS.has(lower)
  );
}

/** Whether an organization's first word can name it alone: "Maraba", not "United", "Kurdistan" or "Morgan". */
export function namesOrganizationAlone(words: string[]): boolean {
  // "Smith and Nephew" is named by neither of its names alone.
  return words.length > 1 && /^\p{L}/u.test(words[1]!) && words[1] !== 'and' && standsAlone(words[0]!) && !lookupLocation(words[0]!);
}

/** Whether an organization's last word can name it alone: "Dortmund" for "Borussia Dortmund",
 *  "Telekom" for "Deutsche Telekom"; not the nation of "Bank of England" nor a word after a connector. */
export function namesOrganizationAtEnd(words: string[]): boolean {
  const last = words[words.length - 1]!;
  const place = lookupLocation(last);
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && standsAlone(last) && !(place && isNation(place));
}

/** Whether a club's last word names it alone in a sports report, common word or not: "United" for
 *  "Northfield United", "Chiefs" for "Kaizer Chiefs"; not a body's head ("League"), a firm's form, a
 *  place or a people. */
export function namesClubAtEnd(words: string[]): boolean {
  const last = words[words.length - 1]!;
  const lower = key(last);
  return (
    words.length > 1 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(last) &&
    !ORGANIZATION_HEADS.has(lower) &&
    !COMPANY_FORMS.has(lower) &&
    !isDemonymWord(last) &&
    !lookupLocation(last)
  );
}

/** "Kashima Antlers stayed top … Antlers coach Joao Carlos": in a sports report, a name of two or three
 *  words whose last word alone stands before a coach or player of a side is a club, not
 *  a person (in place; `decided`: candidates whose type the context decided, left alone). */
export function clubsNamedBySide(typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean, sports: boolean): void {
  if (!sports) return;
  const sides = new Set(typed.filter((t) => t.c.words.length === 1 && !t.headline && !t.caps && SIDE_ROLES.has(t.c.next)).map((t) => key(t.c.text)));
  if (!sides.size) return;
  for (const t of typed) {
    const { words } = t.c;
    if (
      words.length < 2 ||
      words.length > 3 ||
      t.type === 'ORGANIZATION' ||
      t.type === 'LOCATION' ||
      decided(t) ||
      isFirstName(words[0]!) ||
      /\./u.test(words[0]!)
    )
      continue;
    if (sides.has(key(words[words.length - 1]!)) && namesClubAtEnd(words)) t.type = 'ORGANIZATION';
  }
}

// Where a town named in a sports report is the venue or a place, not the side: "in Dortmund", "at
// Bremen", "the Moscow club".
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'the']);

/** Types as an organization (in place) each lone word that opens or ends an organization's longer
 *  name in the story, unless the context decided its type (`decided`) or a person's name has the
 *  word; a town ending a club's name only in a sports report (`sports`), and not where it is the venue. */
export function shortOrganizationNames(typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean, sports = false): void {
  const opening = new Set<string>();
  const ending = new Set<string>();
  const personWords = new Set<string>();
  for (const { c, type } of typed) {
    if (c.words.length < 2) continue;
    if (type === 'ORGANIZATION' && namesOrganizationAlone(c.words)) opening.add(key(c.words[0]!));
    if (type === 'ORGANIZATION' && (namesOrganizationAtEnd(c.words) || (sports && namesClubAtEnd(c.words)))) ending.add(key(c.words[c.words.length - 1]!));
    if (type === 'PERSON') for (const w of c.words) personWords.add(key(w));
  }
  firmsNamedByOpeningWords(typed, decided);
  if (!opening.size && !ending.size) return;
  for (const t of typed) {
    const word = key(t.c.text);
    if (t.c.words.length > 1 || t.dateline || personWords.has(word) || decided(t)) continue;
    if (t.type !== 'LOCATION' && opening.has(word)) t.type = 'ORGANIZATION';
    else if (ending.has(word) && !lookupLocation(t.c.text) && t.type !== 'LOCATION') t.type = 'ORGANIZATION';
    else if (ending.has(word) && lookupLocation(t.c.text) && sports && !t.caps && !PLACE_BEFORE.has(t.c.prev)) t.type = 'ORGANIZATION';
  }
}

/** Whether a firm's first two words can name it alone ("Carter Holt" for "Carter Holt Harvey"): what
 *  the third adds is a word of a name, no ordinary word, major place, body's head nor legal form
 *  ("Ronald Reagan Presidential Library" is named after a person). */
export function namesOrganizationByOpeningWords(words: string[]): boolean {
  const rest = words[2];
  if (words.length !== 3 || !rest || !isTitleCaseWord(rest) || isCommonWord(rest) || singularsOf(rest.toLowerCase()).some(isCommonWord) || isMajorPlace(rest))
    return false;
  return !ORGANIZATION_HEADS.has(key(rest)) && !COMPANY_FORMS.has(key(rest)) && words.every((w) => /^\p{Lu}/u.test(w));
}

/** "Carter Holt Harvey fell six cents … with Carter Holt the only real story": a name read as a person's
 *  whose words open a firm's longer name of the story (see namesOrganizationByOpeningWords) is that
 *  firm, but one with a title ("Mr. Carter Holt"). */
function firmsNamedByOpeningWords(typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  const openings = new Set<string>();
  for (const { c, type } of typed) if (type === 'ORGANIZATION' && namesOrganizationByOpeningWords(c.words)) openings.add(key(c.words.slice(0, 2).join(' ')));
  if (!openings.size) return;
  for (const t of typed)
    if (t.type === 'PERSON' && t.c.words.length === 2 && !t.c.titles.length && !t.c.honorific && !decided(t) && openings.has(key(t.c.words.join(' '))))
      t.type = 'ORGANIZATION';
}

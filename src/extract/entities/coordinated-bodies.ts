// "led by HSBC and Hutchison Whampoa", "the Labour Party and Plaid Cymru", "Greenpeace and the Sierra
// Club": a name joined by "and" or "or" to an organization's is most often another of its kind, though
// its words look like a person's. Only a name with no given name first, no title, no place, and no word
// of a person the story names in full is retyped; only neighbouring candidates are compared, so the
// work stays linear in the text's length. A lone word of no other use the model left without a type is
// one too opening a sentence ("Unilever and Nestle are in talks"), where a person ("Smith and Jones") or place would have one,
// and after a body's name ("Deutsche Bank and Lazard advised the buyer").
import { lookupLocation } from '../gazetteer.js';
import { isClosedClassWord, isFirstName, isKnownPerson, isVerbForm } from '../lexicon.js';
import { hasGivenName } from './name-words.js';
import { namesNoEntity } from './no-entity-names.js';
import { unknownWord } from './company-candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey, personWords, retypeAsOrganizations } from './retype.js';

/** What stands before a word opening a sentence or line. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;
const JOINED = /^\s+(?:and|or)\s+(?:the\s+)?$/u;
const COMMA = /^,\s+$/u;
const LISTED = /^,?\s+(?:and|or)\s+$|^,\s+$/u;

/** "Kalashnikov, Uzi and Fal automatic weapons": an untyped word before a word in lower case that is no
 *  verb modifies it, a product's or a maker's name, not a body acting (and one after "the" is as often a
 *  people: "ISIS and the Kurds"). */
const beforeNoun = (t: TypedCandidate) => /^\p{Ll}/u.test(t.c.next) && !isVerbForm(t.c.next);

/** "Kalashnikov, Uzi and Fal rifles": a list's last name before a lower-case word of no closed class that is no verb
 *  ("Ubisoft, Microsoft and Sony all had booths" goes on with a word floated from its subjects). */
const listEndsBeforeNoun = (t: TypedCandidate) => beforeNoun(t) && !isClosedClassWord(t.c.next) && !FLOATING.test(t.c.next);
/** Words that float after a list of subjects: "… and Sony all had booths", "… both said". */
const FLOATING = /^(?:all|both|each|alike|together)$/u;

/** Retypes as organizations (in place), wherever the story names them so, the persons joined to an
 *  organization as above. */
export function bodiesJoinedToBodies(text: string, typed: TypedCandidate[]): void {
  const personal = personWords(typed.filter((t) => t.type === 'PERSON' && (t.c.words.length > 1 || t.c.titles.length || t.c.honorific)));
  const untypedWord = (t: TypedCandidate) =>
    t.type === null && !t.headline && !t.c.onlyIfKnown && t.c.words.length === 1 && unknownWord(t.c.text) && !namesNoEntity(t.c);
  const opensSentence = (t: TypedCandidate) => SENTENCE_OPENING.test(text.slice(Math.max(0, t.c.start - 4), t.c.start));
  const mayBeBody = (t: TypedCandidate) =>
    (t.type === 'PERSON' || untypedWord(t)) &&
    !t.headline &&
    !t.c.titles.length &&
    !t.c.honorific &&
    t.c.words.length <= 3 &&
    !hasGivenName(t.c.words) &&
    !isFirstName(t.c.words[0]!) &&
    !isKnownPerson(t.c.text) &&
    !lookupLocation(t.c.text) &&
    !t.c.words.some((w) => personal.has(w.toLowerCase()) && t.c.words.length === 1);
  const bodies = new Set<string>();
  const between = (a: TypedCandidate, b: TypedCandidate) => text.slice(a.c.end, b.c.start);
  for (let i = 1; i < typed.length; i++) {
    const [a, b, c] = [typed[i - 1]!, typed[i]!, typed[i + 1]];
    if (a.headline || b.headline) continue;
    // "British Airways, Qantas, Cathay Pacific and Japan Airlines": one word listed after a body, the list
    // going on past it, is one too.
    const amidBodies =
      a.type === 'ORGANIZATION' && !!c && c.type !== 'LOCATION' && COMMA.test(between(a, b)) && LISTED.test(between(b, c)) && b.c.words.length === 1;
    // (A word the model left without a type, too, unless the list ends before a noun: "Kalashnikov, Uzi and Fal rifles".)
    if (amidBodies && (b.type === 'PERSON' || (b.type === null && !listEndsBeforeNoun(c!))) && mayBeBody(b)) bodies.add(nameKey(b));
    // "Ubisoft, Microsoft and Sony showed games": so is one word heading a list, a body's name after its
    // comma and the list going on past that to a name before no noun, where the model left the word without a type.
    const headsBodies =
      b.type === 'ORGANIZATION' &&
      !!c &&
      c.type !== 'LOCATION' &&
      c.type !== 'PERSON' &&
      COMMA.test(between(a, b)) &&
      LISTED.test(between(b, c)) &&
      !listEndsBeforeNoun(c);
    if (a.type === null && headsBodies && mayBeBody(a)) bodies.add(nameKey(a));
    if (!JOINED.test(between(a, b))) continue;
    if (a.type === 'ORGANIZATION' && (b.type === 'PERSON' || (b.type === null && !beforeNoun(b) && !/the\s+$/u.test(between(a, b)))) && mayBeBody(b))
      bodies.add(nameKey(b));
    else if (b.type === 'ORGANIZATION' && mayBeBody(a) && (a.type === 'PERSON' || opensSentence(a))) bodies.add(nameKey(a));
  }
  retypeAsOrganizations(typed, bodies, mayBeBody);
}

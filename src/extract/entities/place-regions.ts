// A town and the region or country written after it, set off by a comma, as news locates a place:
// "a farmer from Frome, Somerset, said", "the crash over Tarrow, Scotland.", "in Nashua, N.H., on
// Monday". Both are places, whatever a club of the county ("Somerset beat Kent"), a state's initials
// or a town no gazetteer knows made of them alone.
import { lookupLocation, US_STATE_ABBREVIATIONS } from '../gazetteer.js';
import { isAuxiliary, isClosedClassWord, isCommonWord, isKnownOrganization, isVerbForm } from '../lexicon.js';
import { endsCompanyName } from './entity-table.js';
import { headedAsOrganization } from './organization-words.js';
import type { TypedCandidate } from './typed-candidates.js';
import { isTitleCaseWord } from '../tokens.js';

/** "Somerset", "Scotland", "Texas", "N.H.": a region or country the gazetteer knows that a pass typed,
 *  or a state's initials. */
const namesRegion = (t: TypedCandidate) =>
  (t.type === 'LOCATION' || t.type === 'ORGANIZATION' || US_STATE_ABBREVIATIONS.has(t.c.text)) &&
  (!!lookupLocation(t.c.text) || US_STATE_ABBREVIATIONS.has(t.c.text));

/** What may follow a region closing a place's name: punctuation or a word of a closed class ("who",
 *  "on"), not a word it heads or a verb it does ("At the Oval, Surrey captain …", "at Grace Road,
 *  Leicestershire extended their lead", "to Mexico, Honda is coming"), nor its possessive, nor the next
 *  member of a list ("ISIS, Iran, North Korea and …"). */
function closesPlace(text: string, t: TypedCandidate): boolean {
  const after = text.slice(t.c.end, t.c.end + 12);
  if (/^['’]s\b/u.test(after) || /^\s*(?:,\s*|\s(?:and|or|&)\s+)\p{Lu}/u.test(after)) return false;
  if (/^\s*(?:[^\s\p{L}]|$)/u.test(after)) return true;
  return isClosedClassWord(t.c.next) && !isAuxiliary(t.c.next) && !isVerbForm(t.c.next);
}

/** "Still, Clinton is …", "Yes, Libya was …": an ordinary word capitalised as a sentence's first. */
const ordinaryOpening = (t: TypedCandidate, text: string) =>
  t.c.words.length === 1 &&
  isCommonWord(t.c.text) &&
  isTitleCaseWord(t.c.text) &&
  /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, t.c.start - 4), t.c.start));

/** A town's name before its region: no person, no ordinary word opening a sentence, no body by its
 *  words ("Michigan National Bank, Detroit"). */
const mayBeTown = (t: TypedCandidate, text: string) =>
  t.type !== 'PERSON' &&
  !t.c.onlyIfKnown &&
  !ordinaryOpening(t, text) &&
  // ("at The Oval, London": a venue with its article is a name of its own.)
  t.c.prev.toLowerCase() !== 'the' &&
  !t.headline &&
  !t.caps &&
  !endsCompanyName(t.c.words[t.c.words.length - 1]!) &&
  !headedAsOrganization(t.c.words) &&
  !isKnownOrganization(t.c.text);

/** Types as places (in place) a town and the region set off after it; a list of places before it
 *  ("Virginia, Georgia, Arkansas and …") is left to the list's rules. */
export function placesWithRegions(typed: TypedCandidate[], text: string): void {
  for (let i = 0; i + 1 < typed.length; i++) {
    const town = typed[i]!;
    const region = typed[i + 1]!;
    if (!/^,[ \t]+$/u.test(text.slice(town.c.end, region.c.start))) continue;
    if (!mayBeTown(town, text) || !namesRegion(region) || !closesPlace(text, region)) continue;
    const before = typed[i - 1];
    // ("Virginia, Georgia, Arkansas", "Bodman, Longely & Dahling, Detroit": a list's last member.)
    if (before && /^(?:,|\s+(?:and|or|&))\s+$/u.test(text.slice(before.c.end, town.c.start))) continue;
    town.type = 'LOCATION';
    region.type = 'LOCATION';
  }
}

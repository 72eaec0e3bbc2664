// Whether the words around or inside a name decide its type beyond doubt, so that no learned model may
// overrule them: a title, a place's kind, a table of results, "&", a generational suffix, a kind of name.
import type { Candidate } from './candidates.js';
import { namesPartyInPlural, namesPartyWithItsWord } from './party-names.js';
import { namesPlacePaper } from './place-papers.js';
import { namesSchoolDistrict } from './school-names.js';
import { namesTownSide } from './joined-town-sides.js';
import { GENERATION } from './person-vocabulary.js';
import { numberedRuler } from './regnal-numerals.js';
import { venueBySurnameHead } from './venue-heads.js';
import { namesNumberedRoad } from './numbered-roads.js';
import { namesVenue } from './venue-names.js';
import { actsAsBody, companyOfficeOf, employerAfterRole, firmOfPlace, headedByMinister, relatedToIts } from './organization-context.js';
import { firmOfDemonyms } from './no-entity-names.js';
import { conferenceAsBody } from './conference-bodies.js';
import { broadcastAcronym } from './broadcast-acronyms.js';
import { namedAfterBase } from './based-names.js';
import { bodyByItsWords, endsAsFirm, namesLegislature, theAcronym, typeByKind } from './organization-words.js';
import {
  agedAfter,
  countryByInitials,
  homeOfPeople,
  kindOfPlaceBefore,
  roleBeforeSpeaker,
  speakingScotsSurname,
  townBeforeState,
  stateInBrackets,
} from './person-place-context.js';

/** Whether the words around or inside the name decide its type beyond doubt: a title ("Mr.",
 *  "President"), a place's kind ("the town of …"), a table of results, "&", a generational suffix. */
export function typeIsDecided(c: Candidate): boolean {
  const last = c.words[c.words.length - 1]!.toLowerCase();
  return (
    c.teamInTable ||
    c.scorer ||
    namesLegislature(c) ||
    c.honorific ||
    (c.titles.length > 0 && !endsAsFirm(c.words)) ||
    c.describedAs !== null ||
    kindOfPlaceBefore(c) ||
    venueBySurnameHead(c) ||
    typeByKind(c) !== null ||
    countryByInitials(c) ||
    bodyByItsWords(c) ||
    c.words.includes('&') ||
    (c.words.length > 1 && GENERATION.test(last)) ||
    numberedRuler(c) ||
    townBeforeState(c) ||
    stateInBrackets(c) ||
    homeOfPeople(c) ||
    employerAfterRole(c) ||
    relatedToIts(c) ||
    headedByMinister(c) ||
    companyOfficeOf(c) ||
    theAcronym(c) ||
    broadcastAcronym(c) ||
    namedAfterBase(c) ||
    agedAfter(c) ||
    roleBeforeSpeaker(c) ||
    speakingScotsSurname(c) ||
    actsAsBody(c) ||
    namesPartyInPlural(c.words) ||
    namesPartyWithItsWord(c.words) ||
    namesPlacePaper(c) ||
    namesSchoolDistrict(c.words) ||
    namesTownSide(c.words) ||
    firmOfPlace(c) ||
    firmOfDemonyms(c) ||
    namesNumberedRoad(c) ||
    namesVenue(c.words) ||
    conferenceAsBody(c)
  );
}

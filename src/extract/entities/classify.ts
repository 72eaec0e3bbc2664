// Types a candidate from what it is made of and where it stands: gazetteers, first names, titles,
// organization heads, acronyms. Returns null when nothing speaks for any type. Here is the order in
// which the evidence is weighed; the evidence itself is in no-entity-names.ts, organization-words.ts,
// organization-context.ts, person-place-context.ts and sport-sides.ts.
import { numberedRuler } from './regnal-numerals.js';
import type { EntityType } from '../types.js';
import { cueLemma } from '../cues.js';
import { isCountry, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isArticle } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { namedBeforeBodyWord } from './body-kinds.js';
import { isOrdinaryWordBody } from './ordinary-word-bodies.js';
import { placeNamedPerson } from './place-given-names.js';
import { COMMON_ENDING, hasGivenName, isAcronym, looksCommon } from './name-words.js';
import { namesPartyInPlural, namesPartyWithItsWord } from './party-names.js';
import { namesPlacePaper } from './place-papers.js';
import { namesSchoolDistrict } from './school-names.js';
import { namedForNation } from './nation-bodies.js';
import { namesTownSide } from './joined-town-sides.js';
import { namesTitledWork } from './foreign-articles.js';
import { venueBySurnameHead } from './venue-heads.js';
import { placeWithArticle } from './places-with-article.js';
import { namesNumberedRoad } from './numbered-roads.js';
import { namesVenue } from './venue-names.js';
import { broadcastAcronym } from './broadcast-acronyms.js';
import { namedAfterBase } from './based-names.js';
import { KIN, GENERATION } from './person-vocabulary.js';
import { TEAM_WORDS, SPORT_NAMES, ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { EVENT_HEADS } from './no-entity-vocabulary.js';
import { conferenceAsBody } from './conference-bodies.js';
import { opensPlace, endsInPlaceHead, LOCATION_HEADS } from './place-vocabulary.js';
import { NEWS_ORGANIZATIONS } from './named-body-vocabulary.js';
import {
  accordingTo,
  agedAfter,
  homeOfPeople,
  kindOfPlaceBefore,
  namesAuthor,
  namesFamily,
  namesPresidentsTerm,
  numberedSite,
  particleBetweenNames,
  PLACE_BEFORE,
  roleBeforeSpeaker,
  speakingScotsSurname,
  SURNAME_PARTICLES,
  townBeforeState,
  stateInBrackets,
  whoAfter,
} from './person-place-context.js';
import {
  actsAsBody,
  employerAfterRole,
  relatedToIts,
  firmOfPlace,
  companyOfficeOf,
  headedByMinister,
  HELD_IN,
  kindBeforeName,
  peopleAfter,
  saidToBeOrganization,
} from './organization-context.js';
import { afterScore, isNation, looksPlural, namesCitySide, nationOpens, playerOfNation, playsAsTeam, namesNationPlace } from './sport-sides.js';
import {
  bodyByItsWords,
  endsAsFirm,
  headBeforeConnector,
  headedAsOrganization,
  initialsAfterName,
  isBrandSpelling,
  namesLegislature,
  typeByKind,
} from './organization-words.js';
import { firmOfDemonyms, headedByEventOrObject, namesIndex, namesNoOne, namesOrdinaryInitials } from './no-entity-names.js';

/** Two capitalised words joined by "-e-" or "-i-". */
const EZAFE_JOINED = /^\p{Lu}\p{Ll}+-[ei]-\p{Lu}\p{Ll}+$/u;

/** A step's verdict: a type, null for no name, or undefined where the step says nothing and the next is asked. */
type Verdict = EntityType | null | undefined;

/** A candidate read once for the steps: its words, its last word lowered and its words joined. */
interface NameRead {
  c: Candidate;
  words: string[];
  lastWord: string;
  whole: string;
}

/** The steps after the name's words are read, in the order the evidence is weighed: the first to
 *  say something decides. */
const STEPS: ((n: NameRead) => Verdict)[] = [
  byItsOwnWords,
  byWhatCallsIt,
  bodyOverGivenName,
  personOrPlaceByContext,
  byGazetteer,
  byHeadWords,
  byUseInText,
  unknownWords,
  unknownWord,
];

export function classify(c: Candidate): EntityType | null {
  const settled = settledBeforeItsWords(c);
  if (settled !== undefined) return settled;
  const words = c.words;
  const n: NameRead = { c, words, lastWord: words[words.length - 1]!.toLowerCase(), whole: words.join(' ') };
  for (const step of STEPS) {
    const verdict = step(n);
    if (verdict !== undefined) return verdict;
  }
  return null;
}

/** What is settled before the name's words are weighed: an index or ordinary initials, a side in a
 *  table, a legislature, a word that is a name only where known, a firm of demonyms, a people. */
function settledBeforeItsWords(c: Candidate): Verdict {
  if (namesIndex(c) || namesOrdinaryInitials(c)) return null;
  // A country's side is still the country; any other side is a club.
  if (c.teamInTable) return namesNationPlace(c.text) ? 'LOCATION' : 'ORGANIZATION';
  if (namesLegislature(c)) return 'ORGANIZATION';
  if (c.onlyIfKnown) return null;
  if (firmOfDemonyms(c)) return 'ORGANIZATION';
  // "Israeli", "Iraqis said": a people is no one's name, nor a storm, a holiday or bodies in the plural.
  if (namesNoOne(c)) return null;
  return undefined;
}

/** What the name's own words make it, whatever given names are in it: a numbered site or road, a
 *  generational suffix, a ruler's numeral, an event's or object's head, "&", a body's words or kind. */
function byItsOwnWords({ c, words, lastWord }: NameRead): Verdict {
  // "the Kennedy Space Center", "the Museum of Flight", "Bagram Air Base": a venue, whatever body its words name (venue-names.ts).
  if (numberedSite(c) || namesNumberedRoad(c) || namesVenue(words)) return 'LOCATION';
  // A generational suffix ends a person's name: "Vann R. Newkirk II", "Martin Luther King Jr." (not "World War II").
  if (words.length > 1 && GENERATION.test(lastWord)) return EVENT_HEADS.has(words[words.length - 2]!.toLowerCase()) ? null : 'PERSON';
  if (numberedRuler(c)) return 'PERSON'; // "King Osric I"
  // An event's, a plan's or an object's name is no one's ("the Velmora Open"), or a body's when a connector joins a
  // head before it; "captain Stuart Law", "S. Law" stay a person's, whatever the surname means (no-entity-names.ts).
  if (conferenceAsBody(c)) return 'ORGANIZATION'; // "the Harwick Rowing Conference" (conference-bodies.ts)
  if (headedByEventOrObject(c)) return headBeforeConnector(words.map((w) => w.toLowerCase())) ? 'ORGANIZATION' : null;
  if (words.includes('&')) return 'ORGANIZATION'; // "Douglas & Lomason", "Procter & Gamble"
  if (namesSchoolDistrict(words)) return 'ORGANIZATION'; // "the Velmora Unified School District" (school-names.ts)
  // "Jamaat-e-Islami", "Hezb-i-Wahdat": words joined by the Persian and Urdu "-e-" name a party or a movement
  // (persons' names join with "-ul-": "Inzamam-ul-Haq").
  if (words.length === 1 && EZAFE_JOINED.test(words[0]!)) return 'ORGANIZATION';
  // "on the Nasdaq", "Handelsblatt reported": an exchange or a paper, whatever person its words may name.
  if (bodyByItsWords(c)) return 'ORGANIZATION';
  // "Doctors of the World", "Human Rights in China": ordinary words written as a name, and what they serve.
  if (isOrdinaryWordBody(words)) return 'ORGANIZATION';
  const byKind = typeByKind(c);
  if (byKind) return byKind;
  // "Brighton and Hove Albion": a side named after two towns, whatever given names the towns are.
  if (namesTownSide(words)) return 'ORGANIZATION';
  return undefined;
}

/** What the text calls it: a title, an apposition, a body's word after it, a family, a scorer in a
 *  match summary or a scorecard, an initial before a surname. */
function byWhatCallsIt({ c, words }: NameRead): Verdict {
  if (c.honorific || (c.titles.length > 0 && !endsAsFirm(words))) return 'PERSON';
  // "Budimex, a construction firm,": what the apposition calls it outweighs what its words look like; but a
  // role set off after a name headed as a body's is the subject of the clause an opening phrase ends before
  // ("In emails released by the State Department, the candidate …"), no person's description (a name that
  // runs on with "and" may end with the person the role describes: "… Court of Appeals and Tom Pike, a professor,").
  if (c.describedAs && !(c.describedAs === 'PERSON' && headedAsOrganization(words) && !words.includes('and'))) return c.describedAs;
  // "the Islamic State group", "The Wagner group claimed": a name before a lower-case word for a body is that body.
  if (namedBeforeBodyWord(c)) return 'ORGANIZATION';
  // "the Tavares family" (but "Shares of Halvorsen … the Halvorsen family" may still be the company's).
  if (namesFamily(c)) return 'PERSON';
  // "the Obama administration": a president's term, named after the person, whatever else the name is.
  if (namesPresidentsTerm(c)) return 'PERSON';
  // "Varga and colleagues", "Varga et al.": an author, named before the co-authors.
  if (namesAuthor(c)) return 'PERSON';
  // A match summary's scorers: "Falkirk 1 (Robertson 55)", whatever else the name may be.
  if (c.scorer) return 'PERSON';
  // A cricket scorecard: "c Vaas b Muralitharan 22", "Vass 7-0-29-0" (overs-maidens-runs-wickets).
  if ((/^(c|b|st|lbw)$/u.test(c.prev) && words.length <= 3) || /^\d+-\d+-\d+-\d+$/u.test(c.next)) return 'PERSON';
  // An initial and a surname: "S. Waugh", "J. K. Rowling" (not a body named after one: "S. Rajaratnam School of …").
  if (words.length > 1 && /^\p{Lu}\.$/u.test(words[0]!) && !headedAsOrganization(words)) return 'PERSON';
  return undefined;
}

/** Where people work, what kind of body it is said to be, where it is based, a party or a side:
 *  each outweighs a given name in the name. */
function bodyOverGivenName({ c, words }: NameRead): Verdict {
  // "analysts at Morgan Stanley": where people work outweighs a given name in its name too.
  if (employerAfterRole(c) || relatedToIts(c)) return 'ORGANIZATION';
  // "investment banks Morgan Stanley", "drugmaker Eli Lilly": a kind of organization before it outweighs
  // a given name in it ("the company Jeff Bezos founded" is a clause).
  if (words.length > 1 && kindBeforeName(c) && !c.titles.length) return 'ORGANIZATION';
  // "Velmora-based Tessel": a name after where it is based is a firm's (based-names.ts).
  if (namedAfterBase(c)) return 'ORGANIZATION';
  // "the Charlotte Observer": a place's paper, though the place is a given name too (place-papers.ts).
  if (namesPlacePaper(c)) return 'ORGANIZATION';
  // "Liberal Democrats said": a party named for its members, not two persons' names.
  if (namesPartyInPlural(words) || namesPartyWithItsWord(words)) return 'ORGANIZATION';
  // "the Charlotte Hornets": a city's side after "the", though the city is a given name too.
  if (c.prev === 'the' && namesCitySide(c)) return 'ORGANIZATION';
  // "at Ashton Park", "on Capitol Hill": a surname's place head where places stand.
  if (venueBySurnameHead(c)) return 'LOCATION';
  return undefined;
}

/** A person by a given name or what is said of people around it; a body headed by a minister or an
 *  office; a place by the kind of place before it or the state after it. */
function personOrPlaceByContext({ c, words, whole }: NameRead): Verdict {
  // "Wayne State University School of Medicine", "James Bay" are no persons for their first words.
  if (hasGivenName(words) && !headedAsOrganization(words) && !endsInPlaceHead(words) && !lookupLocation(whole)) return 'PERSON';
  if (placeNamedPerson(c)) return 'PERSON';
  // "His wife, Linda,", "Kowalski's son, Ryan,": a given name set beside a kin word is a person.
  if (words.length === 1 && isFirstName(words[0]!) && c.prev === ',' && KIN.has(c.prevBefore)) return 'PERSON';
  if (agedAfter(c) || whoAfter(c) || roleBeforeSpeaker(c)) return 'PERSON';
  if (headedByMinister(c) || companyOfficeOf(c)) return 'ORGANIZATION';
  // "the town of Tavildara", "the Kurdish city of Arbil": the kind of place says what it is.
  if (kindOfPlaceBefore(c)) return 'LOCATION';
  if (townBeforeState(c) || stateInBrackets(c) || homeOfPeople(c)) return 'LOCATION';
  if (speakingScotsSurname(c)) return 'PERSON';
  return undefined;
}

/** A place the gazetteer knows, unless it speaks as a person or plays as a side. */
function byGazetteer({ c, words, whole }: NameRead): Verdict {
  // "in the Hague": a place named with its article (places-with-article.ts).
  const place = lookupLocation(c.text) ?? lookupLocation(whole) ?? (c.prev === 'the' ? placeWithArticle(whole) : undefined);
  // People speak; small towns rarely do: "Obama said" is not the Japanese city.
  if (place && words.length === 1 && !isMajorPlace(whole) && !isMajorPlace(place) && cueLemma(c.next) && !PLACE_BEFORE.has(c.prev)) return 'PERSON';
  // A city or county can name a side ("Essex 372"); a country's side is still the country.
  if (HELD_IN.has(`${c.prevBefore} ${c.prev}`) && !isCountry(place ?? '')) return 'ORGANIZATION';
  if (place) return playsAsTeam(c) && !isNation(place) ? 'ORGANIZATION' : 'LOCATION';
  return undefined;
}

/** A body or a place by its head or opening words, a side in a fixture, a news organization. */
function byHeadWords({ c, words, lastWord, whole }: NameRead): Verdict {
  // "Police Scotland", "Cancer Research UK": ordinary words before a nation name the body serving it.
  if (namedForNation(words)) return 'ORGANIZATION';
  // "May 18 v Worcestershire", "Kent 108-3" (runs for wickets, ten at most; "Chen Yufei 21-15" is a
  // player's game): a side, whatever the name.
  if ((c.prev === 'v' || c.next === 'v' || /^\d{2,3}-(?:\d|10)$/u.test(c.next) || afterScore(c)) && !isFirstName(words[0]!)) return 'ORGANIZATION';
  if (NEWS_ORGANIZATIONS.has(whole.toLowerCase())) return 'ORGANIZATION';
  // "the Government", "the Party": a head noun alone is a common noun, capitalised.
  if (words.length === 1 && ORGANIZATION_HEADS.has(lastWord)) return null;
  if (ORGANIZATION_HEADS.has(lastWord) || headedAsOrganization(words) || opensOrganization(words[0]!) || isKnownOrganization(whole)) {
    return 'ORGANIZATION';
  }
  if ((words.length > 1 && LOCATION_HEADS.has(lastWord)) || opensPlace(words)) return 'LOCATION';
  if (words.length > 1 && words.some((w) => TEAM_WORDS.has(w.toLowerCase()) || SPORT_NAMES.has(w.toLowerCase()))) return 'ORGANIZATION';
  return undefined;
}

/** What the text does with it: an acronym that speaks or has people, a broadcaster, a body said to
 *  be one or acting as one, a known person, a side that plays, a nation's body, a titled work. */
function byUseInText({ c, words, lastWord, whole }: NameRead): Verdict {
  // An unexplained acronym is an organization when something says so: "the IAEA", "IAEA said", "IS
  // claimed", or its people after it ("UN envoy", "AU observers", "EC chair"). Dotted acronyms
  // ("U.N.") always are; bare capitals ("GDP", "RBI") may be anything.
  if (words.length === 1 && isAcronym(words[0]!) && (/\./u.test(words[0]!) || c.prev === 'the' || cueLemma(c.next) || peopleAfter(c))) return 'ORGANIZATION';
  // So does a medium after it or being told: "MRT radio", "told BTV" (broadcast-acronyms.ts).
  if (broadcastAcronym(c)) return 'ORGANIZATION';
  // "cables giant Pirelli", "airline El Al", "Ericsson shares": what kind of thing it is, said around it.
  if (saidToBeOrganization(c) && !isFirstName(words[0]!)) return 'ORGANIZATION';
  if (firmOfPlace(c)) return 'ORGANIZATION';
  if (isKnownPerson(whole)) return 'PERSON';
  // "Rotor Volgograd beat …", "Spartak Moscow 2": a name with a city in it, playing, is a club.
  // "Kaizer Chiefs drew 1-1", "Mamelodi Sundowns beat …": so is one ending in a plural (a surname has no plural's ending).
  if (words.length > 1 && playsAsTeam(c) && (words.some((w) => !!lookupLocation(w)) || looksPlural(lastWord)) && !isFirstName(words[0]!) && !playerOfNation(c))
    return 'ORGANIZATION';
  if (namesCitySide(c)) return 'ORGANIZATION';
  // "SA Rugby", "Hong Kong Standard": a nation before words of no person's name names its body, paper or firm.
  if (words.length > 1 && !isFirstName(words[0]!) && nationOpens(words)) return 'ORGANIZATION';
  if (actsAsBody(c)) return 'ORGANIZATION';
  if (namesTitledWork(words)) return 'ORGANIZATION';
  return undefined;
}

/** Several words nothing above explains: a person's name, unless a word of them is common or a place. */
function unknownWords({ c, words }: NameRead): Verdict {
  if (words.length <= 1) return undefined;
  if (initialsAfterName(c)) return 'ORGANIZATION';
  // Unknown words make a person's name, unless one of them is a place ("Lebed Chechnya").
  // The first word may be a common noun that is also a given name ("Bill Clinton", "Rose Hall").
  if (
    words.length <= 4 &&
    !words.slice(1).some((w) => looksCommon(w) && !SURNAME_PARTICLES.has(w)) &&
    !COMMON_ENDING.test(words[0]!.toLowerCase()) &&
    !words.some((w) => isMajorPlace(w))
  ) {
    return 'PERSON';
  }
  // "Marijke de Vries", "Joao da Silva": a surname's particle between unknown words joins a person's
  // names, unless an article stands before ("the ornate Casa de Narino palace").
  if (particleBetweenNames(words) && ![c.prev, c.prevBefore].some((w) => isArticle(w))) return 'PERSON';
  return words.length >= 3 ? 'ORGANIZATION' : null;
}

/** One word nothing above explains: a brand by its spelling, a paper or a surname that speaks, a place where places stand. */
function unknownWord({ c, words }: NameRead): Verdict {
  // "OpenAI", "BlackRock", "YouTube": a capital inside a word after a stem of three letters is a
  // brand ("McDonald", "DeSantis", "LeBron" have a short prefix; "MacArthur" is a surname).
  if (words.length === 1 && isBrandSpelling(words[0]!)) return 'ORGANIZATION';
  // A bare unknown word that speaks ("Haddad said", "Clinton now says") is most often a surname
  // whose full name came elsewhere.
  // "the Times wrote", "the Post reported": after "the" it is a newspaper or an organization.
  if (c.prev === 'the' && cueLemma(c.next)) return 'ORGANIZATION';
  if (cueLemma(c.next) || (/^(now|also|later|has|had|then|again)$/u.test(c.next) && cueLemma(c.nextAfter))) return 'PERSON';
  // "according to Haddad", "according to Quantcast": a report's source, no place for its "to".
  if (PLACE_BEFORE.has(c.prev) && !accordingTo(c) && !isCommonWord(words[0]!) && !isAcronym(words[0]!)) return 'LOCATION';
  return null;
}

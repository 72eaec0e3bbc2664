// The passes after the typer's model, in their order: each reads the whole story for what it says of
// a name (its pronouns, employers, acts; a report's sides; places and peoples) and retypes the
// candidates it speaks of, in place (typer.ts runs them after the model's own pass).
import { isFirstName } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { typeLeaguesAndTheirSides } from './league-names.js';
import { entrantTeams } from './entrant-teams.js';
import { placesWithRegions } from './place-regions.js';
import { companiesByEvidence } from './company-evidence.js';
import { marketMovers } from './market-movers.js';
import { companiesByUse } from './business-evidence.js';
import { firmsListedTogether } from './listed-firms.js';
import { personsListedTogether } from './listed-persons.js';
import { namesIllnessOrEvent } from './coined-names.js';
import { sidesOfOneKind } from './fixture-sides.js';
import { employersOfPersons } from './employers.js';
import { bodiesByLeaders } from './led-bodies.js';
import { pollMakers } from './poll-makers.js';
import { bodiesJoinedToBodies } from './coordinated-bodies.js';
import { brandsAsCompanies } from './brand-names.js';
import { personsByPronoun } from './pronoun-evidence.js';
import { personsByActs } from './person-acts.js';
import { clubsNamedBySide, shortOrganizationNames } from './short-names.js';
import { sidesInTheSingular } from './side-singulars.js';
import { pluralOpenings } from './plural-openings.js';
import { untypeHeadWordModifiers } from './head-word-modifiers.js';
import { coordinatedPlaces } from './coordinated-places.js';
import { clubsInTransfers } from './transfer-clubs.js';
import { sidesByPoints } from './standing-sides.js';
import { bodiesNamedAsPlaces, longerBodiesNamedAsPlaces, personsNamedAsPlaces, placesBeforeFirms, placesNamedAsPersons } from './place-senses.js';
import { webFirmStems } from './web-domains.js';
import { untypeStormNames } from './storm-names.js';
import { untypeCraftNames } from './craft-names.js';
import { untypeVersionedProducts } from './versioned-products.js';
import { untypeMakerProducts } from './maker-products.js';
import { untypeCountedBrands } from './counted-brands.js';
import { loneSpeakersAsBodies } from './lone-speakers.js';
import { oneKindPerWord } from './one-kind-words.js';
import { placeEndedNames } from './place-ended-names.js';
import { MEMBER_ACRONYM } from './person-vocabulary.js';
import type { NameMemory } from './typer-model.js';
import { plainLower } from './typer-features.js';
import { statesAsPlaces } from './state-places.js';
import { peoplesNamedAsSides } from './people-sides.js';
import { peoplesInThePlural } from './people-plurals.js';
import { peoplesInTheSingular } from './people-singulars.js';
import { chambersAsBodies } from './chamber-names.js';
import { clubsNamedForNations } from './nation-named-clubs.js';
import { clubsWinningTies } from './aggregate-winners.js';
import { surnamesAsPersons } from './full-name-surnames.js';
import { bodiesOfPossessedAcronyms } from './possessed-acronyms.js';
import { placesNamingNoOne } from './unnamed-place-persons.js';

/** What the passes read of the story besides its candidates. */
export interface StoryTyping {
  text: string;
  /** whether the story is a sports report */
  sports: boolean;
  /** a sports report's sides, lowered */
  sides: Set<string>;
  /** whether the context decides a candidate's type (its title, its kind said around it) */
  isDecided: (t: TypedCandidate) => boolean;
}

/** Runs every pass after the model over the candidates, in order. */
export function passesAfterModel(typed: TypedCandidate[], modelNames: NameMemory, story: StoryTyping): void {
  const companies = passesOnWhatTheStorySays(typed, modelNames, story);
  passesOnSides(typed, story);
  passesOnNamesAndPeoples(typed, story, companies);
}

/** The passes after the model that read what the story says of a name: pronouns, employers, leaders,
 *  polls, brands, companies by evidence, acts, lone speakers, markets. Returns the story's companies. */
function passesOnWhatTheStorySays(typed: TypedCandidate[], modelNames: NameMemory, story: StoryTyping): Set<string> {
  const { text, sports, sides, isDecided } = story;
  placeEndedNames(typed, isDecided);
  oneKindPerName(typed);
  placesNamedAsPersons(typed);
  untypeStormNames(typed);
  personsByPronoun(text, typed);
  personsNamedAsPlaces(typed, isDecided);
  employersOfPersons(text, typed, isDecided);
  bodiesByLeaders(text, typed, isDecided);
  pollMakers(text, typed, isDecided);
  brandsAsCompanies(typed);
  const companies = companiesByEvidence(text, typed);
  // "Fulham travel to Brentford": a report's side travels as a company does, no person.
  personsByActs(text, typed, isDecided, sides.size ? new Set([...companies, ...sides]) : companies);
  loneSpeakersAsBodies(text, typed, sports);
  companiesByUse(text, typed, modelNames);
  personsListedTogether(text, typed, isDecided);
  firmsListedTogether(text, typed);
  bodiesJoinedToBodies(text, typed);
  marketMovers(text, typed, isDecided);
  // "Vickers agreed to sell its unit": what the story shows to be a company is one thing, no plural of people,
  // and so is a name whose words or context decide its type ("Wikinews spoke with …": a news site by its word).
  for (const t of pluralOpenings(typed, modelNames, sports)) if (!companies.has(plainLower(t.c.text)) && !isDecided(t)) t.type = null;
  // "Union leaders said": a body's head word before the plural noun it modifies (head-word-modifiers.ts).
  untypeHeadWordModifiers(text, typed, isDecided);
  return companies;
}

/** The passes after the model on clubs and sides: named by a side, in the singular, in transfers, by
 *  points, for nations, winning ties, of one kind; short names; places coordinated. */
function passesOnSides(typed: TypedCandidate[], { text, sports, isDecided }: StoryTyping): void {
  clubsNamedBySide(typed, isDecided, sports);
  sidesInTheSingular(typed, isDecided, sports);
  clubsInTransfers(text, typed, sports);
  sidesByPoints(text, typed, sports);
  clubsNamedForNations(typed);
  clubsWinningTies(text, typed);
  sidesOfOneKind(text, typed);
  shortOrganizationNames(typed, isDecided, sports);
  coordinatedPlaces(typed, text, isDecided, sports);
}

/** The last passes after the model: members and coined names, places and firms, leagues, regions,
 *  states, peoples, chambers, and surnames of the persons named in full. */
function passesOnNamesAndPeoples(typed: TypedCandidate[], { text, sports, sides, isDecided }: StoryTyping, companies: Set<string>): void {
  // "the MP", "Tory MPs": members of a parliament, whatever the passes above made of the acronym.
  // ... and an illness, an event or an operation by its coined name ("Operation Prosperity Guardian" holds a paper's word).
  for (const t of typed) if (MEMBER_ACRONYM.test(t.c.words[t.c.words.length - 1]!) || namesIllnessOrEvent(t.c.words)) t.type = null;
  // "his MIT office": an acronym a person's office or lab is of, no place (possessed-acronyms.ts), before its other mentions follow it.
  bodiesOfPossessedAcronyms(typed);
  bodiesNamedAsPlaces(typed);
  longerBodiesNamedAsPlaces(typed, isDecided);
  placesBeforeFirms(typed);
  untypeCraftNames(typed, text);
  // "Internet Explorer 6 … Internet Explorer 9": a line of products, named with its versions.
  untypeVersionedProducts(typed, sports);
  // "Google Chrome … Chrome continues to surge": a maker's product, no person.
  untypeMakerProducts(typed, sports);
  // "two Fords", "100 Polaroids": a brand's things counted (counted-brands.ts).
  untypeCountedBrands(typed, text);
  webFirmStems(typed);
  oneKindPerWord(typed);
  typeLeaguesAndTheirSides(typed, text);
  entrantTeams(text, typed);
  placesWithRegions(typed, text);
  statesAsPlaces(typed, text, sports);
  peoplesInThePlural(typed);
  peoplesInTheSingular(typed);
  peoplesNamedAsSides(typed, sports);
  chambersAsBodies(typed);
  surnamesAsPersons(typed, sides.size ? new Set([...companies, ...sides]) : companies, isDecided);
  // "Washington said …" with no one named Washington: the place, as its government (unnamed-place-persons.ts).
  placesNamingNoOne(typed, sports, isDecided);
}

/** "SK Hynix, Samsung's rival, is due …" (a person to the model) and "a spokesperson for SK Hynix" (a
 *  company) are one thing: a name of two words or more typed both person and organization in a
 *  document takes the type most of its mentions have; on a tie, a person only with a given name first. */
function oneKindPerName(typed: TypedCandidate[]): void {
  const counts = new Map<string, { person: number; organization: number }>();
  for (const t of typed) {
    if (t.c.words.length < 2 || (t.type !== 'PERSON' && t.type !== 'ORGANIZATION')) continue;
    const count = counts.get(plainLower(t.c.text)) ?? { person: 0, organization: 0 };
    if (t.type === 'PERSON') count.person++;
    else count.organization++;
    counts.set(plainLower(t.c.text), count);
  }
  for (const t of typed) {
    const count = counts.get(plainLower(t.c.text));
    if (!count?.person || !count.organization || (t.type !== 'PERSON' && t.type !== 'ORGANIZATION')) continue;
    const tie = count.person === count.organization;
    t.type = count.person > count.organization || (tie && isFirstName(t.c.words[0]!)) ? 'PERSON' : 'ORGANIZATION';
  }
}

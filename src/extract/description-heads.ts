// What a definite description's head noun can stand for: "the utility", "the union", "the grocer"
// name an organization the text named before; "the province", "the city" a place. Attribution
// resolves "the X said" to the nearest antecedent of the kind the head allows.
import { COMPANY_FORMS, COMPANY_HEADS, ORGANIZATION_KINDS } from './entities/organization-vocabulary.js';
import { isCountry } from './gazetteer.js';
import { isKnownPlace, singularsOf, tagsOf } from './lexicon.js';
import { isPartyName } from './role-fit.js';
import type { Entity } from './types.js';

/** What a news outlet is called by. */
export const OUTLET_WORDS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'network', 'website', 'site', 'magazine', 'outlet', 'broadcaster', 'channel']);

/** Businesses by what they do: "the utility", "the grocer", "the insurer". */
const BUSINESS_WORDS = new Set(
  (
    'utility grocer miner refiner startup brand franchise bottler distributor developer builder shipper railway railroad telecom pharmacy supermarket ' +
    'publisher brewer distiller supplier contractor exporter importer consortium reinsurer consultancy accountancy'
  ).split(' '),
);

/** Public bodies and associations: "the ministry", "the union", "the watchdog". */
const INSTITUTION_WORDS = new Set(
  (
    'agency department ministry commission committee court board bureau office council union party newspaper paper organization organisation ' +
    'institute foundation university administration authority regulator watchdog association federation league body charity coalition ' +
    'alliance movement hospital school college service tribunal panel embassy legislature parliament senate force brigade'
  ).split(' '),
);

/** Places by their kind: "the province", "the city". */
const PLACE_WORDS = new Set(['city', 'town', 'county', 'state', 'village', 'province', 'territory', 'municipality', 'township', 'borough']);

/** A maker of goods ("the automaker", "the chipmaker"), not a person by what they make happen ("the playmaker", "the film-maker"). */
const firmMaker = (head: string) => /.maker$/u.test(head) && !/^(?:play|film|film-|peace|king|trouble|match|dress|home|rain)maker$/u.test(head);

/** Whether "the <head>" names a company or an outlet ("the automaker", "the website"). */
export function isCompanyWord(head: string): boolean {
  return ORGANIZATION_KINDS.has(head) || OUTLET_WORDS.has(head) || BUSINESS_WORDS.has(head) || firmMaker(head);
}

/** Whether "the <head>" can name an organization the text named before. */
export function describesOrganization(head: string): boolean {
  return isCompanyWord(head) || INSTITUTION_WORDS.has(head);
}

/** Whether "the <head>" can name a place the text named before. */
export function describesPlace(head: string): boolean {
  return PLACE_WORDS.has(head);
}

/**
 * Whether `entity` can be what "the <head>" stands for, as an organization: one typed so, or, for a
 * company word, a name typed as a place that no gazetteer knows as one ("Amazon said … The retailer
 * said"): the description is better evidence of its kind than the typer's guess.
 */
export function organizationFor(head: string, entity: Entity): boolean {
  if (otherKindByName(head, entity)) return false;
  if (entity.type === 'ORGANIZATION') return true;
  // ("Britain's biggest port … The company said": a country, whatever words its name has, is no firm.)
  // ("Revenue beat Wall Street's expectations, the company said": a street is no firm either.)
  return (
    entity.type === 'LOCATION' &&
    isCompanyWord(head) &&
    !isCountry(entity.name) &&
    !entity.name.split(/\s+/u).some((w) => isKnownPlace(w)) &&
    !STREET_WORD.test(entity.name)
  );
}

/** The last word of a street's name: "Wall Street", "Pennsylvania Avenue", "Whitehall Road". */
const STREET_WORD = /\s(?:Street|Avenue|Road|Lane|Boulevard|Square|Place)$/u;

/** Bodies whose names say what kind they are, in groups of words for one kind: "the union" may be
 *  an "Association", never the "University of Southern Maine". */
const KINDS_BY_NAME = [
  'union association federation guild brotherhood confederation syndicate',
  'university college institute school academy',
  'hospital clinic',
  'court tribunal',
  'party',
  'embassy',
  'church',
  'museum',
  'force forces police constabulary',
].map((group) => new Set(group.split(' ')));

const kindOf = (word: string) => KINDS_BY_NAME.find((group) => group.has(word));

/** Whether the entity's name tells a kind of body other than the one "the <head>" names: "the union"
 *  is no "Port Authority" either, though an authority has no group of its own here. */
export function otherKindByName(head: string, entity: Entity): boolean {
  const kind = kindOf(head);
  // "Prices fell, the bank said" after the World Health Organization: a business is no public body.
  if (isBusinessWord(head)) {
    const named = namesOf(entity);
    return named.some((w) => PUBLIC_BODY_NAMES.has(w)) && !named.includes(head);
  }
  const words = withSingulars(entity.name.toLowerCase().split(/\s+/u));
  // "The club said" after the Football Association: a club, a side or a team is no body that governs one.
  if (TEAM_HEADS.has(head)) return words.some((w) => GOVERNING_BODY_WORDS.has(w));
  if (!kind && !PUBLIC_BODIES.has(head) && !NAMED_BY_KIND.has(head)) return false;
  // "The police union said" after "the Velmora GOP said": a party, however named, is no body of another kind.
  if (head !== 'party' && (isPartyName(entity.name) || isPartyName(entity.name.split(/\s+/u).at(-1)!))) return true;
  // "the ministry" is no "School Board" either.
  const named = words.filter((w) => INSTITUTION_WORDS.has(w) || kindOf(w));
  const ownKind = named.some((w) => (kind ? kind.has(w) : w === head));
  // "The pilots' union" is no "Nordvik Air": a name that says it is a business is no public body,
  // unless it says it is of the head's kind too ("Air Line Pilots Association", "Union of Rail Workers").
  if (!ownKind && words.some((w) => COMPANY_HEADS.has(w) || COMPANY_FORMS.has(w))) return true;
  // "Porto were fined … The league said": a league, a ministry or a parliament carries its kind in
  // its name; a bare name ("Porto", "Barcelona") is some other body, an acronym ("NFL") may be one.
  // ("NRA" is no administration: that word is always written out.)
  if (!named.length) return NAMED_BY_KIND.has(head) && (head === 'administration' || !/^[\p{Lu}\p{N}.&-]+$/u.test(entity.name));
  return !ownKind;
}

/** A name's words and, for each in the plural, its singular: a body's kind may be named for several
 *  ("the State and Transport Departments", "the Health Ministries") as for one. */
const withSingulars = (words: string[]): string[] => words.flatMap((w) => [w, ...singularsOf(w)]);

export const TEAM_HEADS = new Set(['club', 'side', 'team']);
const GOVERNING_BODY_WORDS = new Set(
  'association federation confederation league ministry department commission committee council authority agency board police court tribunal government parliament'.split(
    ' ',
  ),
);

/** Bodies whose names say their kind: "the league" is some "… League", "the association" some
 *  "… Association", "the force" some "… Police" or "… Constabulary", or known by an acronym; "the
 *  administration" some "… administration" ("the Harlow administration", "the Ferry Administration"),
 *  never a union, a chamber ("Congress") or a law named since. */
const NAMED_BY_KIND = new Set('league ministry parliament legislature embassy federation association force administration'.split(' '));

/** "the bank", "the retailer", "the automaker": words for a business only, not for a group or a team. */
export const isBusinessWord = (head: string) =>
  (ORGANIZATION_KINDS.has(head) && !/^(group|giant|club|side|team|newspaper|daily|weekly)$/u.test(head)) || BUSINESS_WORDS.has(head) || firmMaker(head);

/** The words of an entity's name and of its aliases ("WHO" is also "World Health Organization"), lower case. */
const namesOf = (entity: Entity): string[] => withSingulars([entity.name, ...entity.aliases].join(' ').toLowerCase().split(/\s+/u));

/** Bodies of a state or a sport that no business is: "the ministry", "the league". */
const PUBLIC_BODIES = new Set('ministry department council committee commission parliament legislature league embassy police'.split(' '));

/** Words of the names of bodies no business is ("World Health Organization", "Ministry of Finance"). */
const PUBLIC_BODY_NAMES = new Set([
  ...PUBLIC_BODIES,
  ...'agency administration bureau court party university college institute school organization organisation senate tribunal federation'.split(' '),
]);

/** Whether an entity's name holds a word of a body no business is: "Department of Energy", "World Health Organization". */
export const namesPublicBody = (entity: Entity): boolean => namesOf(entity).some((w) => PUBLIC_BODY_NAMES.has(w));

/** Whether a speaker's name may be an organization's though no stage typed it so: no entity, or a
 *  "person" with no gender, title or given name to show it ("Zero Hedge", not "Mark Holt"). */
export function mayNameOrganization(entity: Entity | null, titled: boolean): boolean {
  if (!entity || entity.type === 'ORGANIZATION') return true;
  const first = entity.name.split(/\s+/u)[0]!.toLowerCase();
  return entity.type === 'PERSON' && !entity.gender && !titled && !tagsOf(first).some((t) => /Name$/u.test(t));
}

// Stage 2: entities. Finds PERSON / ORGANIZATION / LOCATION names, then groups every way the
// document names one thing into one entity with a canonical name ("Shamkhani" → "Ali Shamkhani",
// "SNSC" → "Supreme National Security Council", "Russian" → Russia as a demonym reference).
import type { Entity, EntityType, Layout, Mention } from '../types.js';
import { isCapital, isCountry, lookupLocation, US_STATE_ABBREVIATIONS } from '../gazetteer.js';
import { fromCapitals, withoutMiddleInitials } from '../../names.js';
import type { Candidate } from './candidates.js';
import { bindAcronyms } from './bracketed-acronyms.js';
import { bindCalledNames } from './called-names.js';
import { endowedAfter, firstNamedOrganizations, parentBeforeLonger } from './subsidiary-names.js';
import { addAllCapsMentions } from './caps-mentions.js';
import { tradedAsCompany } from './organization-context.js';
import { namesCompetition } from './sport-sides.js';
import { addDemonyms } from './demonym-mentions.js';
import { attachPlaceDemonyms, placeDemonyms } from './place-demonyms.js';
import { genderOf, titleGender } from './gender.js';
import { kinSurnames, shareSurnames } from './shared-surnames.js';
import { typedCandidates, type TypedCandidate } from './typed-candidates.js';
import { trainedModel, type TyperModel } from './typer-model.js';
import { typeCandidates } from './typer.js';
import { endsCompanyName, EntityTable, finishedEntities, isInitial, key } from './entity-table.js';
import { CLIPPED_NAMES } from './named-body-vocabulary.js';
import { ofGeneration, youngerCalled } from './generations.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { companyAPlaceNames } from './place-named-companies.js';
import { placeWithArticle } from './places-with-article.js';
import { isKnownOrganization } from '../lexicon.js';
import { hasGivenName } from './name-words.js';

export { aboutLinker, linkAbout } from './about-links.js';
export { typedCandidates, type TypedCandidate } from './typed-candidates.js';

/** "LA CAN said": words of two or three capitals where the text writes in lower case are acronyms ("LA" no article; "NEW YORK" in a table is words). */
const acronymsAsWritten = (c: Candidate, inCapitals: boolean) => !inCapitals && c.words.length > 1 && c.words.every((w) => /^\p{Lu}{2,3}$/u.test(w));

/** What a firm does as a subject, not a place: "Rio said", "Rio reported". */
const FIRM_VERB = /^(?:said|says|added|reported|reports|announced|posted|expects|expected|declined)$/u;

/** "Yale beat Brown 77-60": an organization's word right before a score of two sides. */
const sideBeforeScore = (c: Candidate, type: EntityType | null) => type === 'ORGANIZATION' && /^\d{1,3}-\d{1,3}$/u.test(c.next);

/** `items` sorted (stably) by the numbers `keysOf` gives, the first deciding first: the numbers are
 *  worked out once per item, not again at each of the sort's comparisons. */
function sortedBy<T>(items: T[], keysOf: (item: T) => number[]): T[] {
  const keyed = items.map((item) => ({ item, keys: keysOf(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) if (a.keys[i] !== b.keys[i]) return a.keys[i]! - b.keys[i]!;
    return 0;
  });
  return keyed.map(({ item }) => item);
}

function nameMention(c: Candidate): Mention {
  return { start: c.start, end: c.end, text: c.text, kind: 'NAME' };
}

/** The entities of the document; `model`: the typer's (the trained one by default, null for the rules' types). */
export function recognizeEntities(paragraphs: Layout, model: TyperModel | null = trainedModel): Entity[] {
  const layout = paragraphs.byLine ?? paragraphs;
  const { text } = layout;
  const table = new EntityTable(text.length);
  const { typed, capsBlocks } = typedDocument(layout, model);
  const lookups = documentLookups(layout, table, typed);
  const byLength = candidateOrder(typed);
  const isCompanyWord = companyWordTest(typed);
  // "A Velmoran official" after "Velmora": a demonym of a place the story names is no name of its own.
  const demonymsOfPlaces = placeDemonyms(typed);
  const r: Recognition = { text, table, ...lookups, isCompanyWord };
  for (const t of byLength) {
    if (demonymsOfPlaces.has(t)) continue;
    placeCandidate(r, t);
  }
  attachPlaceDemonyms(table, demonymsOfPlaces);
  attachExpandedAcronyms(r, typed);
  attachBareWords(table, typed);
  addAllCapsMentions(text, capsBlocks, table, untypedNames(typed));
  addDemonyms(text, layout, table);
  return finishedEntities(table);
}

/** The document's candidates, typed, with the surnames they share ("Ann Holt … Holt") and a kin's surname marked, so each is placed knowing its type. */
function typedDocument(layout: Layout, model: TyperModel | null): ReturnType<typeof typedCandidates> {
  const { text } = layout;
  const read = typedCandidates(layout);
  // (The typer reads the same words in lower case the rules gathered: the text is read for them once.)
  typeCandidates(read.typed, model, text, read.lowerCase);
  shareSurnames(read.typed, text);
  kinSurnames(read.typed, text);
  return read;
}

/** The lookups set up once for placing the candidates: the firm a word opens or ends, the acronyms' expansions, the sentence before. */
function documentLookups(layout: Layout, table: EntityTable, typed: TypedCandidate[]) {
  const { text } = layout;
  // "Unilever … Hindustan Unilever": a firm named alone first is not the longer firm named after it.
  const firstNamed = firstNamedOrganizations(typed);
  const endedBy = (word: string) => {
    const longer = table.organizationEndedBy(word);
    return longer && !parentBeforeLonger(word, longer, firstNamed) ? longer : undefined;
  };
  // "ABB said … The ABB Foundation owns …": a firm named alone before the body it endows is not that body.
  const openedBy = (word: string) => {
    const longer = table.organizationOpenedBy(word);
    return longer && !endowedAfter(firstNamed.get(key(word)) ?? Number.POSITIVE_INFINITY, longer) ? longer : undefined;
  };
  const acronyms = new Map([...bindCalledNames(text, typed), ...bindAcronyms(text, typed)]);
  /** Where the sentence before the one at `pos` starts. */
  const sentenceBefore = (pos: number) => layout.sentences[Math.max(0, firstStartingAtOrAfter(layout.sentences, pos + 1) - 2)]?.start ?? 0;
  return { endedBy, openedBy, acronyms, sentenceBefore };
}

/** What placing a candidate reads: the text, the table it fills, the document's lookups and its company words. */
type Recognition = ReturnType<typeof documentLookups> & {
  text: string;
  table: EntityTable;
  isCompanyWord: (c: Candidate, type: EntityType | null) => boolean;
};

/** The candidates in the order they are placed, so a name meets the fuller names it may stand for before any other. */
function candidateOrder(typed: TypedCandidate[]): TypedCandidate[] {
  // Persons first, longer names first, so "Shamkhani" finds "Ali Shamkhani" and "Clinton" finds
  // "President Clinton" wherever each stands, before a gazetteer calls the bare name a town.
  // Companies with their legal form come first, so "Ruch" finds "Ruch SA".
  const rank = ({ c, type }: { c: Candidate; type: EntityType | null }) =>
    type === 'ORGANIZATION' && endsCompanyName(c.words[c.words.length - 1]!) ? -1 : type === 'PERSON' ? 0 : 1;
  // A title telling the gender ("Mr. Obama") goes before the bare name, which then finds that person.
  const gendered = ({ c }: { c: Candidate }) => (titleGender(c) ? 0 : 1);
  // "Shane Warne" before "S. Warne", which then finds him.
  const initialled = ({ c }: { c: Candidate }) => (c.words.some((w) => isInitial(key(w))) ? 1 : 0);
  return sortedBy(typed, (t) => [rank(t), -t.c.words.length, initialled(t), gendered(t), t.c.start]);
}

/** Whether a candidate is a word the text shows to be a company, so no person of that name takes it. */
function companyWordTest(typed: TypedCandidate[]): (c: Candidate, type: EntityType | null) => boolean {
  // "Shares of Nordstrom jumped … said Erik Nordstrom": a word the text shows to be a company stays
  // one, apart from the person who bears it ("Mr. Nordstrom" is still he).
  const companyWords = new Set(
    typed.filter(({ c, type }) => type === 'ORGANIZATION' && c.words.length === 1 && tradedAsCompany(c)).map(({ c }) => key(c.text)),
  );
  return (c: Candidate, type: EntityType | null) => type === 'ORGANIZATION' && companyWords.has(key(c.text)) && !titleGender(c);
}

/** Places one candidate in the first entity it joins (company, side, acronym's body, firm named after a place, person), else a new one. */
function placeCandidate(r: Recognition, t: TypedCandidate): void {
  const { c } = t;
  const expansion = r.acronyms.get(c.text);
  if (expansion) return; // attached once its expansion has an entity
  const joined = companyNaming(r, t) || sideNamed(r, t) || organizationSpelled(r, t) || firmOfPlace(r, t);
  if (joined) {
    r.table.attach(joined, nameMention(c));
    return;
  }
  if (joinsPerson(r, t)) return;
  addEntity(r.table, t);
}

/** The company the candidate names (or, for a place, the company named after it), so a firm's shorter name joins it. */
function companyNaming(r: Recognition, { c, type, dateline }: TypedCandidate) {
  const { table, openedBy, endedBy } = r;
  const company =
    type === 'LOCATION'
      ? dateline
        ? undefined
        : companyAPlaceNames(table, c)
      : (table.companyNamed(c.words, type) ??
        (type === 'ORGANIZATION' && c.words.length === 1
          ? (openedBy(c.text) ?? endedBy(c.text))
          : type === 'ORGANIZATION' && c.words.length > 1
            ? openedBy(c.text)
            : undefined));
  // "Okonkwo Holdings … Ada Okonkwo said Okonkwo would": the person the text named before is meant.
  return company && !(type === 'PERSON' && table.personContaining(c.words, titleGender(c))) ? company : undefined;
}

/** The side a nickname in the singular stands for, so the nickname joins the side. */
function sideNamed({ table }: Recognition, { type, side }: TypedCandidate) {
  // "All Black hooker …" after "the All Blacks": a side's name in the singular is the side.
  return side && type === 'ORGANIZATION' ? table.find('ORGANIZATION', side) : undefined;
}

/** The organization whose name a one-word candidate spells, so an acronym no bracket introduced joins it. */
function organizationSpelled({ table }: Recognition, { c, type }: TypedCandidate) {
  // "ERCOT said" after "the Electric Reliability Council of Texas": an acronym no bracket introduced
  // is the one organization of the text whose name it spells.
  // A country's letters are the country's ("the US" after "the University of Sheffield").
  return type !== 'PERSON' && c.words.length === 1 && !(type === 'LOCATION' && isCountry(lookupLocation(c.text) ?? ''))
    ? table.organizationSpelled(c.text)
    : undefined;
}

/** The firm whose name a place's name opens when that name speaks or reports, so "Rio said" is the firm. */
function firmOfPlace({ table }: Recognition, { c, type, dateline }: TypedCandidate) {
  // "Rio said output would rise" after "Rio Tinto reported …": a place's name speaking or reporting is the
  // one organization of the story whose name it opens, but a country's or a capital's ("Washington said"
  // after "The Washington Post" is still the capital).
  return type !== 'PERSON' &&
    type !== null &&
    !dateline &&
    c.words.length === 1 &&
    FIRM_VERB.test(c.next) &&
    !isCapital(c.text) &&
    !isCountry(lookupLocation(c.text) ?? '')
    ? table.organizationAPlaceOpens(c.text)
    : undefined;
}

/** Whether the candidate joined a person already named (attached to them), so a bare or titled name finds its bearer. */
function joinsPerson(r: Recognition, { c, type, dateline }: TypedCandidate): boolean {
  // A dateline's place is where the story was filed, whoever else bears the name ("BARTLEY, Ohio - …"),
  // and a side before its score is the side ("Yale beat Brown 77-60" after "guard Avery Brown").
  if ((type === 'PERSON' || type === null || c.words.length === 1) && !r.isCompanyWord(c, type) && !dateline && !sideBeforeScore(c, type)) {
    const { person, found } = personNamed(r, c);
    // "Twitter has tried …" after "Velmora Twitter": a word the lexicon knows as a body's, typed so, is no
    // part of a person's name with no given name ("Dell said" after "Michael Dell" is still he, typed a person).
    const knownBody = type === 'ORGANIZATION' && c.words.length === 1 && isKnownOrganization(c.text) && person && !hasGivenName(person.words);
    if (person && !knownBody) {
      // (The bare name stays with the one it went with before: "Lamb said" is still the man "Mr Lamb" found.)
      r.table.attach(person, nameMention(c), !found || found === person);
      return true;
    }
  }
  return false;
}

/** The person already named the candidate names, and the one its bare name found: title, sentence and generation pick the bearer. */
function personNamed({ text, table, sentenceBefore }: Recognition, c: Candidate) {
  // "Mr. Obama" is not "Michelle Obama": a gender a title tells must agree. A bare "Obama" then
  // goes with "Mr. Obama", the person of that name the text titled, not with the one named in full.
  // ("Mr Lamb said … Mrs Lamb said": a title's gender the bare name's person lacks picks the other.)
  const titled = titleGender(c);
  const found = c.words.length === 1 ? table.find('PERSON', c.text) : undefined;
  const exact = titled && found?.gender && found.gender !== titled ? undefined : found;
  const containing = table.personContaining(c.words, titled, c.start);
  // "Edna Simpson … Her granddaughter, Kerry Simpson, said … Ms Simpson said": a surname two bear is
  // the one its title fits named in full in its sentence or the one before.
  const justNamed = titled && c.words.length === 1 ? table.personNamedInFullBetween(c.words[0]!, sentenceBefore(c.start), c.start, titled) : undefined;
  // "the younger Mr Lamb": of the two Lambs, the one the text made younger.
  const younger = c.words.length === 1 ? youngerCalled(text, c.start) : null;
  const generation = younger === null ? undefined : ofGeneration(text, table.surnameBearers(c.words[0]!), younger);
  const person =
    generation ?? justNamed ?? (containing && exact?.gender && containing.gender && exact.gender !== containing.gender ? exact : (containing ?? exact));
  return { person, found };
}

/** Adds a new entity for a candidate that joined none, named canonically for its type. */
function addEntity(table: EntityTable, { c, type, caps, headline }: TypedCandidate): void {
  if (type === 'PERSON') table.add('PERSON', withoutMiddleInitials(fromCapitals(c.words.join(' '))), c.words, nameMention(c), genderOf(c));
  else if (type === 'LOCATION')
    table.add(
      'LOCATION',
      lookupLocation(c.words.join(' ')) ??
        lookupLocation(c.text) ??
        US_STATE_ABBREVIATIONS.get(c.text) ??
        (c.prev === 'the' ? placeWithArticle(c.text) : undefined) ??
        fromCapitals(c.text),
      c.words,
      nameMention(c),
    );
  else if (type === 'ORGANIZATION')
    table.add(
      'ORGANIZATION',
      CLIPPED_NAMES.get(key(c.text)) ?? (acronymsAsWritten(c, caps || headline) ? c.text : fromCapitals(c.text)),
      c.words,
      nameMention(c),
    );
}

/** Attaches each acronym to the entity of its expansion, now that the expansions have entities. */
function attachExpandedAcronyms({ table, acronyms }: Recognition, typed: TypedCandidate[]): void {
  for (const { c } of typed) {
    const expansion = acronyms.get(c.text);
    const owner = expansion && table.find(null, expansion.text);
    if (owner) table.attach(owner, nameMention(c));
  }
}

/** Attaches each candidate still in no entity to the one it names, so a name before its fuller form is kept. */
function attachBareWords(table: EntityTable, typed: TypedCandidate[]): void {
  // A bare word met before its full name ("Putin’s envoy" ... "Vladimir Putin") or left untyped.
  for (const { c } of typed) {
    if (table.has(c.start, c.end)) continue;
    const known = table.find(null, c.text) ?? table.personContaining(c.words, titleGender(c), c.start);
    if (known) table.attach(known, nameMention(c));
  }
}

/** The names given no type that are no place, so their mentions in capitals are not taken for one. */
function untypedNames(typed: TypedCandidate[]): Set<string> {
  // "SHEFFIELD SHIELD SCOREBOARD" after "the Sheffield Shield match": a name the story gives no type is no
  // place, nor is a competition in capitals ("RUGBY LEAGUE - …").
  return new Set(
    typed.filter((t) => t.type === null && t.c.words.length > 1 && ((!t.caps && !t.headline) || namesCompetition(t.c))).map(({ c }) => key(c.text)),
  );
}

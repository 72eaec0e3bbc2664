// A learned last word on a candidate's type. The rules' type is one feature among the words of the
// name, their shapes, the words around it, what the gazetteers and the lexicon know, and what the
// rest of the document says around the same name. A multiclass averaged perceptron trained by
// `npm run train:typer` (see typer-weights.md for the data and its licence); no weights file, no change.
// Here: where the model has its say; its features are in typer-features.ts,
// its weights in typer-model.ts, a sports report's sides in report-sides.ts, the passes after it in typer-passes.ts.
import { lookupLocation, isDemonymWord, isSmallTown, isUsState } from '../gazetteer.js';
import { isAuxiliary, isClosedClassWord, isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isModal, isVerbForm } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './typed-candidates.js';
import { typeIsDecided } from './decided-types.js';
import { saidToBeOrganization } from './organization-context.js';
import { namesAuthor, namesFamily, namesPresidentsTerm, PLACE_BEFORE } from './person-place-context.js';
import { namesDisease, namesIndex, namesOrdinaryInitials, namesNoEntity, namesSpecies } from './no-entity-names.js';
import { namesCompetition } from './sport-sides.js';
import { isSportsReport } from './sports-reports.js';
import { namesLeague } from './league-names.js';
import { headedAsOrganization } from './organization-words.js';
import { type FeatureTable, featureTableOf } from './feature-table.js';
import type { Candidate } from './candidates.js';
import { isInitials, hasGivenName, endsInCommonNoun, endsInNoPlaceNoun, isCapitalsAcronym } from './name-words.js';
import { placeNamedPerson } from './place-given-names.js';
import { namesTitledWork } from './foreign-articles.js';
import { namedBeforeBodyWord } from './body-kinds.js';
import { namedForNation } from './nation-bodies.js';
import { namesFaithChurch } from './faith-churches.js';
import { endsInSchoolHead } from './school-names.js';
import { namesCollectionWithAnd } from './collection-names.js';
import { lazyLowerCaseWords, lowerCaseWriting } from './ordinary-words.js';
import { isArticleName } from './article-names.js';
import { isOrdinaryWordBody } from './ordinary-word-bodies.js';
import { COMPANY_HEADS, opensOrganization } from './organization-vocabulary.js';
import { endsInPlaceHead, opensPlace } from './place-vocabulary.js';
import { NEWS_ORGANIZATIONS } from './named-body-vocabulary.js';
import { type Label, LABELS, trainedModel, type TyperModel } from './typer-model.js';
import { candidateScores, type DocumentContext, documentContext, plainLower } from './typer-features.js';
import { sidesOfReport, VENUE_BEFORE } from './report-sides.js';
import { passesAfterModel, type StoryTyping } from './typer-passes.js';
import { opensSentence } from './plural-openings.js';
import { givenNamedWords, type WrittenNames, writtenNames } from './written-names.js';
import { townRememberedAsSide } from './remembered-sides.js';
import { ownsBodysOffice } from './company-officers.js';
import { isTitleCaseWord } from '../tokens.js';

// Persons matter most downstream (who speaks): the model overrules the rules' PERSON only by
// this margin, and never a full name with a given name ("Mary Beth Williams"), a family's name, a
// president's before the term ("the Obama administration") nor an author's ("Varga and colleagues").
const PERSON_MARGIN = 3;

function keepsPerson(t: TypedCandidate, s: number[], doc: DocumentTyping): boolean {
  const { c } = t;
  if (hasGivenName(c.words) || namesFamily(c) || namesPresidentsTerm(c) || namesAuthor(c) || placeNamedPerson(c)) return true;
  const best = Math.max(...s);
  // "K.P. Rao", "Vann R. Newkirk": initials before a surname make a person's name, or a firm's
  // ("J.P. Morgan"), not a word of no type.
  if (initialledName(t)) return s[LABELS.indexOf('ORGANIZATION')]! < best;
  // "R Saravanan": an initial written without its period before an unknown surname is a person's,
  // whatever the model makes of the capital; firms so named are ones the lexicon knows ("J Sainsbury"),
  // and a word the story writes in lower case too is an ordinary word ("E Coli … the coli bacteria").
  if (bareInitialledName(t, doc)) return true;
  return best - s[LABELS.indexOf('PERSON')]! < PERSON_MARGIN;
}
/** Initials and words of no place or people: "K.P. Rao", not "U.S. Treasuries" nor "S. Korea". */
const initialledName = ({ c, caps }: TypedCandidate) =>
  !caps &&
  c.words.length > 1 &&
  c.words.slice(0, -1).some(isInitials) &&
  !c.words.some((w) => lookupLocation(w) || isDemonymWord(w)) &&
  !lookupLocation(c.text);

/** One capital, no word ("A", "I"), before one surname of no ordinary word, place or known body. */
const bareInitialledName = ({ c, caps }: TypedCandidate, doc: DocumentTyping) =>
  !caps &&
  c.words.length === 2 &&
  /^\p{Lu}$/u.test(c.words[0]!) &&
  !/^[AI]$/u.test(c.words[0]!) &&
  !isKnownOrganization(c.text) &&
  !isCommonWord(c.words[1]!) &&
  !doc.writtenInLowerCase(c.words[1]!) &&
  !lookupLocation(c.words[1]!) &&
  !lookupLocation(c.text);

/** "Crime experts", "Climate change": the word after a name is a lower-case word of no closed class,
 *  as written in the text, and no auxiliary ("Arsenal have signed …"): a noun it modifies, or a verb. */
const modifiedNoun = (text: string, c: Candidate) =>
  LOWER_CASE_AFTER.test(text.slice(c.end, c.end + 40)) && !isClosedClassWord(c.next) && !isAuxiliary(c.next) && !isModal(c.next);
const LOWER_CASE_AFTER = /^ \p{Ll}{2,}(?![\p{L}'’-])/u;

/** Whether the model has a say: not on a word of one or two letters the rules left alone ("ER"),
 *  a people or an event, nor on a dateline's place or a press review's paper. */
export function modelDecides(t: TypedCandidate): boolean {
  if (t.dateline || t.outlet) return false;
  return t.type !== null || (t.c.text.replace(/\./gu, '').length > 2 && !namesNoEntity(t.c));
}

/** `test`, remembered per candidate (for one document: candidates are not changed while typed). */
function onceEach(test: (c: Candidate) => boolean): (c: Candidate) => boolean {
  const known = new Map<Candidate, boolean>();
  return (c) => {
    let answer = known.get(c);
    if (answer === undefined) known.set(c, (answer = test(c)));
    return answer;
  };
}

/** Gives each candidate the type the trained model decides (in place), except where the context
 *  decides it (a title, "the town of …"; see typeIsDecided) and for the rules' persons as above;
 *  then the passes that read the whole story. Without weights the rules' types stay. */
export function typeCandidates(typed: TypedCandidate[], model: TyperModel | null = trainedModel, text = '', lowerCase = lazyLowerCaseWords(text)): void {
  if (!model) return;
  const doc = documentTyping(typed, model, text, lowerCase);
  for (const t of typed) t.type = modelVerdict(t, doc);
  passesAfterModel(typed, model.names, doc);
}

/** What the model's pass reads of the whole document, worked out before any candidate is retyped. */
interface DocumentTyping extends StoryTyping {
  weights: FeatureTable;
  ctx: DocumentContext;
  /** the type the context decides of a name somewhere, by the name lowered */
  decided: Map<string, EntityType>;
  names: WrittenNames;
  /** the words of the persons the rules name in full with a given name ("Michael Dell") */
  givenNamed: Set<string>;
  /** the words the story writes in lower case, gathered once on first use */
  lowerCase: () => Set<string>;
  /** whether the story writes a word in lower case somewhere */
  writtenInLowerCase: (word: string) => boolean;
}

function documentTyping(typed: TypedCandidate[], model: TyperModel, text: string, lowerCase: () => Set<string>): DocumentTyping {
  const sports = !!text && isSportsReport(text);
  const sides = sidesOfReport(typed, text, sports);
  const weights = featureTableOf(model.weights);
  const ctx = documentContext(typed, model.names);
  // The words that say a name is a company or club decide it as the context does ("Barclays shares",
  // "Deportivo chairman"). (What the context says of a candidate depends on the candidate alone, and
  // the passes after the model ask it of every candidate again: worked out once per candidate.)
  const contextDecides = onceEach(typeIsDecided);
  const contextSaysOrganization = onceEach(saidToBeOrganization);
  const isDecided = (t: TypedCandidate) => !!t.type && (contextDecides(t.c) || (t.type === 'ORGANIZATION' && contextSaysOrganization(t.c)));
  return {
    text,
    sports,
    sides,
    weights,
    ctx,
    isDecided,
    decided: decidedByName(typed, isDecided),
    names: writtenNames(typed),
    givenNamed: givenNamedWords(typed),
    lowerCase,
    writtenInLowerCase: lowerCaseWriting(text, lowerCase),
  };
}

/** One name, one thing in a document: where the context decides a name's type, it decides it
 *  wherever the name stands ("the town of Tavildara. Tavildara is quiet."). */
function decidedByName(typed: TypedCandidate[], isDecided: (t: TypedCandidate) => boolean): Map<string, EntityType> {
  const decided = new Map<string, EntityType>();
  for (const t of typed) if (isDecided(t) && !decided.has(plainLower(t.c.text))) decided.set(plainLower(t.c.text), t.type!);
  return decided;
}

/** "Bonds steady": an ordinary word opening a headline is a person's surname only where the story names
 *  the person (a body's name, "Arsenal boss admits …", is the model's to know). */
const unnamedWord = (t: TypedCandidate, names: WrittenNames) => t.headline && t.c.onlyIfKnown && !names.named.has(plainLower(t.c.text));

/** "Cases rose sharply, the agency said": an ordinary word opening a sentence of the story, its verb
 *  after it, is a name only where the document names it so elsewhere, alone or in a longer name.
 *  So is one before a noun it modifies, a lower-case word of no closed class ("White farmers said",
 *  "Climate change affects …"), unless a person's name the rules read holds it ("White aides" after "Tom White");
 *  a body may be named by an ordinary word before its members ("Senate aides said"): the model's body stays. */
function ordinaryOpening(t: TypedCandidate, label: Label, { text, names }: DocumentTyping): boolean {
  return (
    !t.headline &&
    !t.caps &&
    t.c.onlyIfKnown &&
    !isFirstName(t.c.text) &&
    !names.named.has(plainLower(t.c.text)) &&
    (isVerbForm(t.c.next)
      ? !names.inNames.has(plainLower(t.c.text))
      : label !== 'ORGANIZATION' && modifiedNoun(text, t.c) && !names.inPersonNames.has(plainLower(t.c.text)))
  );
}

/** "Iodine deficiency is common … too little iodine … the National Iodine Nutrition Study": one word opening a sentence
 *  that the story also writes in lower case, and names alone nowhere a sentence does not open, is the ordinary word,
 *  whatever longer name holds it; not a word the lexicon or the gazetteer knows as a name ("Holt said … a holt"). */
const lowerCaseWordOpening = (t: TypedCandidate, doc: DocumentTyping) =>
  ordinaryWordAsPerson(t.c, doc.lowerCase) &&
  !t.headline &&
  !t.caps &&
  opensSentence(t) &&
  !doc.names.midSentence.has(plainLower(t.c.text)) &&
  !isKnownOrganization(t.c.text) &&
  !lookupLocation(t.c.text);

/** The type a candidate takes from the model's pass: none for what names no entity, the rules' type
 *  where the model has no say or the rules' evidence outweighs it, else the model's label as the
 *  story allows it. */
function modelVerdict(t: TypedCandidate, doc: DocumentTyping): EntityType | null {
  // "the Straits Times index", "in Serie A": whatever the tagger or the rules said.
  if (namesIndex(t.c) || namesDisease(t.c) || namesOrdinaryInitials(t.c) || namesLeague(t.c) || (doc.sports && namesCompetition(t.c))) return null;
  // "Beauveria bassiana": a genus before its species' epithet (no-entity-names.ts).
  if (namesSpecies(t.c, doc.text)) return null;
  if (!modelDecides(t) || doc.isDecided(t)) return t.type;
  // "In Dallas, the Stars rallied": where a side plays is the place, whatever a results line decided
  // ("at Dynamo Moscow" is still the club).
  if (doc.sides.has(plainLower(t.c.text))) return VENUE_BEFORE.has(t.c.prev) && lookupLocation(t.c.text) ? 'LOCATION' : 'ORGANIZATION';
  const same = doc.decided.get(plainLower(t.c.text));
  if (same) return same;
  // "the delegates who go to Cleveland": a town remembered as a side is the town outside sport (remembered-sides.ts).
  if (townRememberedAsSide(t, doc.ctx.names, doc.sports)) return 'LOCATION';
  if (t.type === 'ORGANIZATION' && organizationByItsWords(t.c)) return t.type;
  if (lowerCaseWordOpening(t, doc)) return null;
  const s = candidateScores(doc.weights, t, doc.ctx);
  if (t.type === 'PERSON' && keepsPerson(t, s, doc)) return t.type;
  const label = LABELS[s.indexOf(Math.max(...s))]!;
  // "Thank God", "Filipino Muslims": the tagger's span of words the rules read as no name is nobody's.
  if (label === 'PERSON' && t.tagged && t.type === null) return null;
  if (t.type === 'ORGANIZATION' && organizationStands(t, label, doc.givenNamed)) return t.type;
  // So is a place by its head: "Second Thomas Shoal", "George Street".
  if ((label === 'NONE' || label === 'PERSON') && t.type === 'LOCATION' && (endsInPlaceHead(t.c.words) || opensPlace(t.c.words))) return t.type;
  return labelAsAllowed(t, label, s, doc);
}

/** An organization by its words before the model is asked: a news agency credited in brackets, a
 *  company's head, ordinary words before a nation. */
function organizationByItsWords(c: Candidate): boolean {
  // "LONDON, June 12 (Reuter) -": a news agency credited in brackets is that agency.
  if (c.prev === '(' && c.next === ')' && NEWS_ORGANIZATIONS.has(plainLower(c.text))) return true;
  // "Hyundai Motor", "Korean Air": a name headed by what companies are called is one.
  if (c.words.length > 1 && COMPANY_HEADS.has(c.words[c.words.length - 1]!.toLowerCase())) return true;
  // ... and so is one of ordinary words before a nation: "Police Scotland", "Unison Scotland" (see nation-bodies.ts).
  // ... and a faith's church: "the Catholic Church", "the Greek Orthodox Church" (see faith-churches.ts).
  return namedForNation(c.words) || namesFaithChurch(c.words);
}

/** Whether the rules' organization stands against the model's `label`. */
function organizationStands(t: TypedCandidate, label: Label, givenNamed: Set<string>): boolean {
  const { c } = t;
  // A name headed by what organizations are called ("… Organization", "Department of …") is one,
  // and so is one its acronym spells (a place the rules knew is typed so already).
  if (label !== 'ORGANIZATION' && t.spelled) return true;
  // So is a name of ordinary words around "the": "Save the Children", "Friends of the Earth"; a
  // paper's after another language's article: "Het Parool"; and one of no ordinary word before a body's word:
  // "the Taleban militia" (the typer may know better of "the Unite union").
  if (
    (label === 'NONE' || label === 'PERSON') &&
    (headedAsOrganization(c.words) || isArticleName(c.words) || namesTitledWork(c.words) || (namedBeforeBodyWord(c) && !c.words.some(isCommonWord)))
  )
    return true;
  // "(BBC etc.)", "(BBC, CNN)": a body the lexicon knows stays one where the model sees no name,
  // when two capitals show it is no ordinary word ("Visa program", "Shell casings").
  if (label === 'NONE' && !t.caps && /\p{Lu}.*\p{Lu}/u.test(c.text) && isKnownOrganization(c.text)) return true;
  // "Twitter has tried …" after "Velmora Twitter": a word the lexicon knows as a body's stays one where the model
  // makes a person of it, unless a person the story names in full with a given name bears it ("Michael Dell … Dell said");
  // so does a news agency's or network's ("told Fox", "Fox did not air it"; "Vicente Fox … Fox said" is his).
  if (
    label === 'PERSON' &&
    c.words.length === 1 &&
    (isKnownOrganization(c.text) || NEWS_ORGANIZATIONS.has(plainLower(c.text))) &&
    !givenNamed.has(plainLower(c.text))
  )
    return true;
  // "Pro-Velmora DAB's chair": a name of two words or more ending in an acronym is no person's where the model
  // reads one (a text written in capitals aside).
  if (label === 'PERSON' && !t.caps && c.words.length > 1 && isCapitalsAcronym(c.words[c.words.length - 1]!)) return true;
  // "Lowe's", "Sotheby's": a name the story writes with "'s" and nothing owned is a firm's, nobody's nor nothing.
  if (label === 'NONE' && /['’]s$/u.test(c.words[c.words.length - 1]!)) return true;
  // ... and one of ordinary words and what they serve, whatever place it names: "Wines of Argentina", "Human Rights in China".
  if (isOrdinaryWordBody(c.words)) return true;
  // ... and one a school's word ends is no place where the model reads one after "in" or "at": "back in
  // Kelvo College", "a lecturer at Harlow University" (see school-names.ts).
  if (label === 'LOCATION' && endsInSchoolHead(c.words)) return true;
  // ... and one a collection's word ends after "and" is a name, whatever the model makes of the "and" in it:
  // "the Velmora Arts and Crafts Gallery" (see collection-names.ts).
  if (label === 'NONE' && namesCollectionWithAnd(c.words)) return true;
  // ... and one opened by what names of bodies open with is no person: "Bank Sentral", "Grupo Televisa".
  return label === 'PERSON' && c.words.length > 1 && opensOrganization(c.words[0]!);
}

/** The model's label, where the name's ending and the story allow it. */
function labelAsAllowed(t: TypedCandidate, label: Label, s: number[], doc: DocumentTyping): EntityType | null {
  // "Korvath's president", "Velmora's chief executive": who owns a body's office is no person, and a name no less
  // for opening its sentence: a place where the gazetteer knows one, else a body.
  if ((label === 'PERSON' || label === 'NONE') && officeOwner(t, doc)) return lookupLocation(t.c.text) ? 'LOCATION' : 'ORGANIZATION';
  // "Planned Parenthood said", "Special Operations said": a name ending in a noun no surname ends
  // like, with no given name, is no person's, whatever its verb: a body's where the model puts a body
  // before no name at all (no place, which it may put second for an unknown name).
  if (label === 'PERSON' && endsInCommonNoun(t.c.words)) return s[LABELS.indexOf('ORGANIZATION')]! > s[LABELS.indexOf('NONE')]! ? 'ORGANIZATION' : null;
  // ... nor a place's where it stands, by an ending no place's name has ("Penn Station", "Lower Merion
  // Township" are places): a name of such words the model reads as a place's is a body's ("cut funds
  // for Planned Parenthood", "come to Planned Parenthood"), one such word alone no name ("Judaism").
  if (label === 'LOCATION' && endsInNoPlaceNoun(t.c.words)) return t.c.words.length > 1 ? 'ORGANIZATION' : null;
  // "Pressure on Palmer grew", "voted for Harrison": a surname the lexicon knows that is also a small town's name is the
  // person's where no word of place stands before it ("in Dalton" is the town) and no longer name of the story opens
  // with it ("Palmer Financial Group … Velmora Bank and Palmer").
  if (label === 'LOCATION' && surnameOfSmallTown(t.c) && !doc.names.openers.has(plainLower(t.c.text))) return 'PERSON';
  // "signs saying, “Merger today …”", "time for Episode 7": a word alone the story writes in lower case too is an ordinary word, nobody.
  if (label === 'PERSON' && ordinaryWordAsPerson(t.c, doc.lowerCase)) return null;
  // "according to Velstat": an unknown word alone a story cites as its source is a body, no ordinary word.
  if (label === 'NONE' && unknownSource(t)) return 'ORGANIZATION';
  return label === 'NONE' || (label === 'PERSON' && unnamedWord(t, doc.names)) || ordinaryOpening(t, label, doc) ? null : label;
}

/** A name of no given name nor known person before "'s" and an office only a body or a country has. */
const officeOwner = ({ c }: TypedCandidate, doc: DocumentTyping) =>
  !hasGivenName(c.words) && !isKnownPerson(c.text) && !doc.givenNamed.has(plainLower(c.text)) && ownsBodysOffice(doc.text.slice(c.end, c.end + 40));

/** One word the lexicon knows as a person's name or surname and the gazetteer as a place, no country, capital, region
 *  nor city of 100,000 people ("Obama", "Clinton"; not "Lincoln"), where no word of place ("in", "near") stands before it. */
const surnameOfSmallTown = (c: Candidate) =>
  c.words.length === 1 && isKnownPerson(c.text) && !PLACE_BEFORE.has(c.prev) && !!lookupLocation(c.text) && isSmallTown(c.text) && !isUsState(c.text);

/** One capitalised word after "according to" that is no ordinary word, given name, surname nor place the
 *  lexicon and the gazetteer know: a firm, a site or a paper cited ("according to Velstat"). */
const unknownSource = ({ c, caps, headline }: TypedCandidate) =>
  !caps &&
  !headline &&
  c.words.length === 1 &&
  c.prevBefore === 'according' &&
  c.prev === 'to' &&
  isTitleCaseWord(c.text) &&
  !isCommonWord(c.text) &&
  !isFirstName(c.text) &&
  !isKnownPerson(c.text) &&
  !lookupLocation(c.text);

/** One capitalised word, no given name nor surname the lexicon knows ("Mark", "Bush"), that the story also
 *  writes in lower case ("merger", "episode"): an ordinary word, whatever the model makes of it as a
 *  person (and, opening a sentence, whatever longer name holds it: lowerCaseWordOpening). */
const ordinaryWordAsPerson = (c: Candidate, lowerCase: () => Set<string>) =>
  c.words.length === 1 && !isFirstName(c.text) && !isKnownPerson(c.text) && isTitleCaseWord(c.text) && lowerCase().has(c.text.toLowerCase());

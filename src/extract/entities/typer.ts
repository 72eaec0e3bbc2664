// A learned last word on a candidate's type. The rules' type is one feature among the words of the
// name, their shapes, the words around it, what the gazetteers and the lexicon know, and what the
// rest of the document says around the same name. A multiclass averaged perceptron trained by
// `npm run train:typer` (see typer-weights.md for the data and its licence); no weights file, no change.
import { createRequire } from 'node:module';
import { boundedMemo } from '../bounded-memo.js';
import { isCountry, isLargeCity, isMajorPlace, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isVerbForm } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './typed-candidates.js';
import {
  headedAsOrganization,
  isNation,
  namesCompetition,
  namesDisease,
  namesIndex,
  namesOrdinaryInitials,
  isSportsReport,
  namesFamily,
  namesNoEntity,
  playsAsTeam,
  playerOfNation,
  saidToBeOrganization,
  typeIsDecided,
} from './classify.js';
import { type FeatureSink, type FeatureTable, featureTableOf, tableRow, tableScores } from './feature-table.js';
import type { Candidate } from './candidates.js';
import { isInitials, hasGivenName } from './name-words.js';
import { placeNamedPerson } from './place-given-names.js';
import { companiesByEvidence, marketMovers } from './company-evidence.js';
import { companiesByUse } from './business-evidence.js';
import { firmsListedTogether } from './listed-firms.js';
import { resultByScore, scoredAgainst, visitedAtHome } from './away-sides.js';
import { namesTitledWork } from './foreign-articles.js';
import { namesIllnessOrEvent } from './coined-names.js';
import { namedBeforeBodyWord } from './body-kinds.js';
import { sidesOfOneKind } from './fixture-sides.js';
import { employersOfPersons } from './employers.js';
import { bodiesByLeaders } from './led-bodies.js';
import { bodiesJoinedToBodies } from './coordinated-bodies.js';
import { brandsAsCompanies } from './brand-names.js';
import { personsByPronoun } from './pronoun-evidence.js';
import { personsByActs } from './person-acts.js';
import { clubsNamedBySide, shortOrganizationNames } from './short-names.js';
import { pluralOpenings } from './plural-openings.js';
import { coordinatedPlaces } from './coordinated-places.js';
import { clubsInTransfers } from './transfer-clubs.js';
import { isArticleName } from './article-names.js';
import { namesPartyMembers } from './party-names.js';
import { bodiesNamedAsPlaces, placesBeforeFirms, placesNamedAsPersons } from './place-senses.js';
import { webFirmStems } from './web-domains.js';
import { untypeCraftNames, untypeStormNames } from './storm-names.js';
import { loneSpeakersAsBodies } from './lone-speakers.js';
import { oneKindPerWord } from './one-kind-words.js';
import { COMPANY_HEADS, endsInPlaceHead, MEMBER_ACRONYM, NEWS_ORGANIZATIONS, opensOrganization, opensPlace } from './vocabulary.js';

export const LABELS = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NONE'] as const;
export type Label = (typeof LABELS)[number];
/** feature → one weight per label, in LABELS order */
export type Weights = Record<string, number[]>;
/** Lower-cased name → the type the training data gives it nearly always (MISC: a name of none of
 *  our types). The model learns how far to trust this memory: see typer-training.ts. */
export type NameMemory = Record<string, string>;
export interface TyperModel {
  weights: Weights;
  names: NameMemory;
}

/** "Xx", "XX", "X.", "x", "Xx-Xx", "d": what a word looks like, runs of one kind folded. Four passes
 *  over the word, and the typer and the tagger ask of the same words: remembered per word. */
export const shape: (word: string) => string = boundedMemo((word) =>
  word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1'),
);

/** What the whole document says about each name: the rules' types of its occurrences, the words
 *  around them, and the types of the longer names a single word is part of. */
export interface DocumentContext {
  types: Map<string, Set<string>>;
  around: Map<string, Set<string>>;
  partOf: Map<string, Set<string>>;
  /** what the training data says of names (none for a model without memory) */
  names: NameMemory;
}

// Lower case, typographic quotes as typed ones: the training text writes "'s" and '"'.
const key = (s: string) => {
  const lower = s.toLowerCase();
  return TYPOGRAPHIC_QUOTES.test(lower) ? lower.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"') : lower;
};
const TYPOGRAPHIC_QUOTES = /[‘’“”]/u;

export function documentContext(typed: TypedCandidate[], names: NameMemory = {}): DocumentContext {
  const ctx: DocumentContext = { types: new Map(), around: new Map(), partOf: new Map(), names };
  const add = (map: Map<string, Set<string>>, k: string, v: string) => {
    const set = map.get(k);
    if (set) set.add(v);
    else map.set(k, new Set([v]));
  };
  for (const { c, type } of typed) {
    const k = key(c.text);
    add(ctx.types, k, type ?? 'null');
    for (const w of [c.prev, c.next]) if (w) add(ctx.around, k, key(w));
    if (c.words.length > 1) for (const w of c.words) add(ctx.partOf, key(w), type ?? 'null');
  }
  return ctx;
}

export function candidateFeatures(t: TypedCandidate, ctx: DocumentContext): string[] {
  const f: string[] = [];
  emitCandidateFeatures(t, ctx, (name, value) => f.push(value === undefined ? name : name + value));
  return f;
}

/** A feature as a FeatureSink takes it: a name alone, or a name and its value. */
type Feature = [name: string, value?: string];

/** The features a name gives whatever stands around it, in the three runs the candidate's features
 *  hold them in (see emitCandidateFeatures), and its lower-cased words joined. */
interface NameFeatures {
  form: Feature[];
  words: Feature[];
  knowledge: Feature[];
  whole: string;
}
type NameRun = 'form' | 'words' | 'knowledge';

function nameFeatures(c: Pick<Candidate, 'text' | 'words'>): NameFeatures {
  const words = c.words;
  const lower = words.map(key);
  const whole = lower.join(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const form: Feature[] = [
    ['n=', `${Math.min(words.length, 4)}`],
    ['whole=', whole],
    ['first=', lower[0]!],
    ['last=', lower[lower.length - 1]!],
    ['shape=', words.map(shape).join(' ')],
    ['suf3=', key(last).slice(-3)],
  ];
  const knowledge: Feature[] = [];
  if (/^\p{Lu}+$/u.test(c.text.replace(/[\s.&-]/gu, ''))) knowledge.push(['caps']);
  const place = lookupLocation(c.text) ?? lookupLocation(words.join(' '));
  if (place) {
    knowledge.push(['place']);
    knowledge.push([isCountry(place) ? 'country' : isMajorPlace(place) ? 'major-place' : 'minor-place']);
  }
  if (words.some((w) => lookupLocation(w))) knowledge.push(['has-place-word']);
  if (isFirstName(first)) knowledge.push(['first-name']);
  if (isKnownPerson(whole)) knowledge.push(['known-person']);
  if (isKnownOrganization(whole)) knowledge.push(['known-organization']);
  if (words.length === 1 && isCommonWord(first)) knowledge.push(['common-word']);
  return { form, words: lower.map((w): Feature => ['w=', w]), knowledge, whole };
}

/** The features of a candidate, in a fixed order: the order its weights are summed in. The runs of
 *  its name's own features are given to `emitRun` (by default emitted one by one). */
function emitCandidateFeatures(
  t: TypedCandidate,
  ctx: DocumentContext,
  emit: FeatureSink,
  named = nameFeatures(t.c),
  emitRun = (run: NameRun) => {
    for (const [name, value] of named[run]) emit(name, value);
  },
): void {
  const { c } = t;
  const name = key(c.text);
  const prev = key(c.prev);
  const next = key(c.next);
  emit('bias');
  emit('rule=', `${t.type}`);
  emitRun('form');
  emit('prev=', prev);
  emit('next=', next);
  emit('prev2=', `${key(c.prevBefore)} ${prev}`);
  emit('next2=', `${next} ${key(c.nextAfter)}`);
  emit('prev+next=', `${prev}|${next}`);
  emit('rule+prev=', `${t.type}|${prev}`);
  emit('rule+next=', `${t.type}|${next}`);
  emitRun('words');
  if (t.headline) emit('headline');
  if (t.caps) {
    emit('caps-block');
    emit('caps-block+rule=', `${t.type}`);
  }
  if (c.titles.length) {
    emit('title');
    emit('title=', `${c.titles[c.titles.length - 1]}`);
  }
  if (c.demonym) emit('demonym');
  if (c.honorific) emit('honorific');
  if (c.teamInTable) emit('table');
  if (c.onlyIfKnown) emit('onlyIfKnown');
  emitRun('knowledge');
  for (const type of ctx.types.get(name) ?? []) emit('doc-rule=', type);
  for (const w of ctx.around.get(name) ?? []) emit('doc-around=', w);
  if (c.words.length === 1) for (const type of ctx.partOf.get(key(c.words[0]!)) ?? []) emit('part-of=', type);
  const seen = memoryTable(ctx.names).get(named.whole);
  if (seen) {
    emit('seen=', seen);
    emit('seen=', `${seen}|rule=${t.type}`);
  }
}

/** A name's own features and, run by run, the weights the model has for them (features it has no
 *  weights for left out): a name met again in the document or in later ones costs no lookup of them. */
interface NameWeights {
  named: NameFeatures;
  runs: Record<NameRun, number[][]>;
}
const NAME_CACHE_LIMIT = 20_000;
const nameWeightMemos = new WeakMap<FeatureTable, (id: string) => NameWeights>();

function nameWeights(table: FeatureTable, c: Candidate): NameWeights {
  let memo = nameWeightMemos.get(table);
  if (!memo) nameWeightMemos.set(table, (memo = boundedMemo((id) => weighedName(table, id), NAME_CACHE_LIMIT)));
  // The name's own features depend on its text and its words alone.
  return memo(`${c.text}\u0000${c.words.join('\u0000')}`);
}

/** The name's features and their weights, for a name given as its text and words joined by U+0000. */
function weighedName(table: FeatureTable, id: string): NameWeights {
  const [text, ...words] = id.split('\u0000');
  const named = nameFeatures({ text: text!, words });
  const rowsOf = (run: Feature[]) => run.map(([name, value]) => tableRow(table, name, value)).filter((w) => w !== undefined);
  return { named, runs: { form: rowsOf(named.form), words: rowsOf(named.words), knowledge: rowsOf(named.knowledge) } };
}

/** The candidate's scores, one per label: the weights of its features summed in their order. */
function candidateScores(table: FeatureTable, t: TypedCandidate, ctx: DocumentContext): number[] {
  const { named, runs } = nameWeights(table, t.c);
  return tableScores(table, LABELS.length, (emit, add) =>
    emitCandidateFeatures(t, ctx, emit, named, (run) => {
      for (const w of runs[run]) add(w);
    }),
  );
}

/** The name memory in a Map: looking a freshly built string up in an object of thousands of keys
 *  costs more than in a Map. Built once per memory (never changed after). */
const memoryTables = new WeakMap<NameMemory, Map<string, string>>();
function memoryTable(names: NameMemory): Map<string, string> {
  let table = memoryTables.get(names);
  if (!table) memoryTables.set(names, (table = new Map(Object.entries(names))));
  return table;
}

/** Scores of each label for `features`. */
export function scores(weights: Weights, features: string[]): number[] {
  const s = LABELS.map(() => 0);
  for (const feature of features) {
    const w = Object.hasOwn(weights, feature) ? weights[feature] : undefined;
    if (w) for (let i = 0; i < s.length; i++) s[i]! += w[i]!;
  }
  return s;
}

export function predict(weights: Weights, features: string[]): Label {
  const s = scores(weights, features);
  return LABELS[s.indexOf(Math.max(...s))]!;
}

const require = createRequire(import.meta.url);
export const trainedModel = ((): TyperModel | null => {
  try {
    const { weights, names } = require('./typer-weights.json') as { weights: Weights; names?: NameMemory };
    return { weights, names: names ?? {} };
  } catch {
    return null;
  }
})();

// Persons matter most downstream (who speaks): the model overrules the rules' PERSON only by
// this margin, and never a full name with a given name ("Mary Beth Williams") nor a family's name.
const PERSON_MARGIN = 3;

function keepsPerson(t: TypedCandidate, s: number[]): boolean {
  const { c } = t;
  if (hasGivenName(c.words) || namesFamily(c) || placeNamedPerson(c)) return true;
  const best = Math.max(...s);
  // "K.P. Rao", "Vann R. Newkirk": initials before a surname make a person's name, or a firm's
  // ("J.P. Morgan"), not a word of no type.
  if (initialledName(t)) return s[LABELS.indexOf('ORGANIZATION')]! < best;
  return best - s[LABELS.indexOf('PERSON')]! < PERSON_MARGIN;
}
/** Initials and words of no place or people: "K.P. Rao", not "U.S. Treasuries" nor "S. Korea". */
const initialledName = ({ c, caps }: TypedCandidate) =>
  !caps &&
  c.words.length > 1 &&
  c.words.slice(0, -1).some(isInitials) &&
  !c.words.some((w) => lookupLocation(w) || isDemonymWord(w)) &&
  !lookupLocation(c.text);

/** Whether the model has a say: not on a word of one or two letters the rules left alone ("ER"),
 *  a people or an event, nor on a dateline's place or a press review's paper. */
export function modelDecides(t: TypedCandidate): boolean {
  if (t.dateline || t.outlet) return false;
  return t.type !== null || (t.c.text.replace(/\./gu, '').length > 2 && !namesNoEntity(t.c));
}

// Where a place named in a sports report is the venue, not the side: "in Chicago", "at Leeds".
const VENUE_BEFORE = new Set(['in', 'at', 'near', 'outside']);

/** The places a sports report names as sides in its running text ("Chicago beat Miami 99-92",
 *  "a 75-19 victory over Gloucester"): there the report means the side wherever it names the
 *  place ("35 points for Chicago"), but at a venue or in the dateline. A nation's side stays the
 *  nation (see classify). Lower-cased names; none unless `sports` (the text is a sports report). */
function sidesOfReport(typed: TypedCandidate[], text: string, sports: boolean): Set<string> {
  const sides = new Set<string>();
  if (!sports) return sides;
  for (const t of typed) {
    if (t.type === 'ORGANIZATION' && !t.caps && !t.headline && playsAsTeam(t.c)) sides.add(key(t.c.text));
    else if (visitedAtHome(t, text) || resultByScore(t, text) || scoredAgainst(t, text)) sides.add(key(t.c.text));
    else if (!t.headline && (fieldsPlayer(t, text) || pluralAsSide(t) || clubOfTown(t) || describedAsSide(t) || townAsWho(t, text) || scoredAfter(t)))
      sides.add(key(t.c.text));
  }
  addListedSides(typed, text, sides);
  return sides;
}

/** "Melrose beat Stirling County 33-20": a town's name before a score of two sides in running text (a nation's side stays the nation). */
const scoredAfter = (t: TypedCandidate) =>
  !t.caps && t.type === 'LOCATION' && /^\d{1,3}-\d{1,3}$/u.test(t.c.next) && !t.c.titles.length && !isNation(lookupLocation(t.c.text) ?? '');

// Words a report puts before a side's name: "newly promoted Verona", "Cup hopefuls Parma", "holders Juventus", "bottom club Breda".
const SIDE_DESCRIPTION =
  /^(?:(?:newly-)?promoted|relegated|hopefuls|leaders|holders|newcomers|visitors|outsiders|underdogs|strugglers|\p{Ll}+-placed|club|side|rivals|champions|hosts|opponents|neighbours)$/u;
const describedAsSide = (t: TypedCandidate) =>
  !t.caps && t.c.words.length === 1 && SIDE_DESCRIPTION.test(t.c.prev) && !isFirstName(t.c.text) && !isNation(lookupLocation(t.c.text) ?? '');

/** "Hercules, who have won only once": a town said to be "who" in a sports report is its side (a nation's
 *  side stays the nation), but not with a verb in the singular after "who" nor a known surname ("Sheffield,
 *  who was benched", "Ferguson, who served"). */
const townAsWho = (t: TypedCandidate, text: string) => {
  if (t.caps || t.c.next !== ',' || t.c.nextAfter !== 'who' || t.c.titles.length || isKnownPerson(t.c.text) || !townOfNoNation(t)) return false;
  const verb = /^\s*,\s*who\s+(\p{Ll}+)/u.exec(text.slice(t.c.end, t.c.end + 40))?.[1] ?? '';
  return !/^(?:is|was|has|does)$|[^s]s$/u.test(verb);
};

const townOfNoNation = (t: TypedCandidate) => {
  const place = lookupLocation(t.c.text);
  return !!place && !isNation(place);
};

/** "Lazio and Bologna", "Parma, Roma and Udinese": a town listed with a side, as the report names
 *  sides, is one too (the list is read both ways, so a side anywhere in it counts). */
function addListedSides(typed: TypedCandidate[], text: string, sides: Set<string>): void {
  const isSide = (t: TypedCandidate) => sides.has(key(t.c.text)) || (t.type === 'ORGANIZATION' && !lookupLocation(t.c.text));
  const listed = (a: TypedCandidate, b: TypedCandidate) => a.headline === b.headline && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/u.test(text.slice(a.c.end, b.c.start));
  for (const order of [typed, [...typed].reverse()]) {
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      const [first, second] = order === typed ? [a, b] : [b, a];
      if (!listed(first, second) || !isSide(a) || b.caps || b.headline || b.c.words.length > 1 || !townOfNoNation(b)) continue;
      sides.add(key(b.c.text));
    }
  }
}

/** "Eintracht Kassel", "Celta Vigo", "Sparta Prague": in a sports report a name of a word or two
 *  that is no given name, initial or people, then a city, is the city's club. */
function clubOfTown(t: TypedCandidate): boolean {
  const words = t.c.words;
  const last = words[words.length - 1]!;
  if (t.caps || t.c.titles.length || words.length < 2 || words.length > 3 || !isLargeCity(last) || lookupLocation(t.c.text) || playerOfNation(t.c))
    return false;
  const place = lookupLocation(last);
  return (
    !!place && !isNation(place) && words.every((w) => /^\p{Lu}/u.test(w)) && !isFirstName(words[0]!) && !isInitials(words[0]!) && !isDemonymWord(words[0]!)
  );
}

// Verbs a side takes in the plural: "Vicenza stay top", "Parma were held", "Bochum have won".
const PLURAL_VERB = /^(?:are|were|have|stay|remain|lead|go|climb|drop|slip|face|meet|host|need|travel|play|move)$/u;
// What a side does, as American reports write it of a city: "Miami rallied", "Denver hosts Utah".
const SIDE_VERB =
  /^(?:rallied|hosts|hosted|visits|visited|clinched|improved|trailed|trails|outscored|swept|snapped|routed|edged|blanked|stays|remains|stayed|remained|went|crushed|thrashed|drew|moved|slipped)$/u;
// ... and what it does to the other side: "hosts Boston", "visit Toronto", "swept Seattle".
const SIDE_OBJECT_VERB = /^(?:hosts?|hosted|visits?|visited|swept|blanked|routed|outscored|edged|faces?|meets?)$/u;

/** "Vicenza stay top", "Miami rallied", "the Bulls visit Toronto": a town (not a nation) or a name in
 *  the plural that opens its clause with what a side does, or that a side does it to, in a sports report is its side. */
function pluralAsSide(t: TypedCandidate): boolean {
  // The town opens its clause: "besieging Turin were defeated" has another subject.
  const opens = /^(?:|[.,;:!?"“”]|and|but|while)$/u.test(t.c.prev);
  const acts = opens && (PLURAL_VERB.test(t.c.next) || SIDE_VERB.test(t.c.next));
  return (
    !t.caps &&
    (acts || SIDE_OBJECT_VERB.test(t.c.prev)) &&
    !t.c.titles.length &&
    !isFirstName(t.c.words[0]!) &&
    (townOfNoNation(t) || namedForTown(t) || pluralNamedSide(t))
  );
}

/** "Wasps stayed second", "Harlequins crushed …": a word in the plural that is no place, people, party's
 *  members nor known person's name. */
const pluralNamedSide = (t: TypedCandidate) =>
  t.c.words.length === 1 &&
  /^\p{Lu}\p{Ll}+s$/u.test(t.c.text) &&
  !isKnownPerson(t.c.text) &&
  !lookupLocation(t.c.text) &&
  !isDemonymWord(t.c.text) &&
  !namesPartyMembers(t.c.text) &&
  !t.c.onlyIfKnown;

/** "Nottingham Forest", "Derby County": a town and a word after it the gazetteer does not know together. */
const namedForTown = (t: TypedCandidate) => {
  const [town, ...rest] = t.c.words;
  const place = rest.length === 1 ? lookupLocation(town!) : undefined;
  return !!place && !isNation(place) && !lookupLocation(t.c.text);
};

// "Galatasaray's Romanian international", "Reggiana's new striker": a side's players, named after it.
const PLAYER_AFTER =
  /^['’]s\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:(?:new|former|veteran|young|teenage|star)\s+)?(?:striker|midfielder|defender|goalkeeper|keeper|international|forward|winger|playmaker|fullback|full-back|players?|fans|supporters)\b/u;

// "Tottenham's Darren Anderton": a side's player named in full after its possessive.
const NAMED_PLAYER_AFTER = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u;

/** Whether a name other than a nation's is followed by its player: it is a club. */
function fieldsPlayer(t: TypedCandidate, text: string): boolean {
  const after = text.slice(t.c.end, t.c.end + 60);
  const named = NAMED_PLAYER_AFTER.exec(after);
  // "Glenn Hoddle's England players" are a manager's.
  if (t.c.titles.length || isFirstName(t.c.words[0]!) || !(PLAYER_AFTER.test(after) || (named && isFirstName(named[1]!)))) return false;
  const place = lookupLocation(t.c.text);
  return !place || !isNation(place);
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
 *  decides it (a title, "the town of …"; see typeIsDecided) and for the rules' persons as above.
 *  Without weights the rules' types stay. */
export function typeCandidates(typed: TypedCandidate[], model: TyperModel | null = trainedModel, text = ''): void {
  if (!model) return;
  const sports = !!text && isSportsReport(text);
  const sides = sidesOfReport(typed, text, sports);
  const weights = featureTableOf(model.weights);
  const ctx = documentContext(typed, model.names);
  // One name, one thing in a document: where the context decides a name's type, it decides it
  // wherever the name stands ("the town of Tavildara. Tavildara is quiet.").
  const decided = new Map<string, EntityType>();
  // So do the words that say a name is a company or club ("Barclays shares", "Deportivo chairman").
  // (What the context says of a candidate depends on the candidate alone, and the passes below ask it
  // of every candidate again: worked out once per candidate.)
  const contextDecides = onceEach(typeIsDecided);
  const contextSaysOrganization = onceEach(saidToBeOrganization);
  const isDecided = (t: TypedCandidate) => !!t.type && (contextDecides(t.c) || (t.type === 'ORGANIZATION' && contextSaysOrganization(t.c)));
  for (const t of typed) if (isDecided(t) && !decided.has(key(t.c.text))) decided.set(key(t.c.text), t.type!);
  // "Bonds steady": an ordinary word opening a headline is a person's surname only where the story names
  // the person (a body's name, "Arsenal boss admits …", is the model's to know).
  const named = new Set(typed.filter((t) => !t.c.onlyIfKnown).map((t) => key(t.c.text)));
  const unnamedWord = (t: TypedCandidate) => t.headline && t.c.onlyIfKnown && !named.has(key(t.c.text));
  // "Cases rose sharply, the agency said": an ordinary word opening a sentence of the story, its verb
  // after it, is a name only where the document names it so elsewhere, alone or in a longer name.
  const inNames = new Set(typed.filter((t) => !t.c.onlyIfKnown && t.c.words.length > 1).flatMap((t) => t.c.words.map(key)));
  const ordinaryOpening = (t: TypedCandidate) =>
    !t.headline && !t.caps && t.c.onlyIfKnown && isVerbForm(t.c.next) && !isFirstName(t.c.text) && !named.has(key(t.c.text)) && !inNames.has(key(t.c.text));
  for (const t of typed) {
    // "the Straits Times index": whatever the tagger or the rules said.
    if (namesIndex(t.c) || namesDisease(t.c) || namesOrdinaryInitials(t.c) || (sports && namesCompetition(t.c))) {
      t.type = null;
      continue;
    }
    if (!modelDecides(t) || isDecided(t)) continue;
    // "In Dallas, the Stars rallied": where a side plays is the place, whatever a results line decided
    // ("at Dynamo Moscow" is still the club).
    if (sides.has(key(t.c.text))) {
      t.type = VENUE_BEFORE.has(t.c.prev) && lookupLocation(t.c.text) ? 'LOCATION' : 'ORGANIZATION';
      continue;
    }
    const same = decided.get(key(t.c.text));
    if (same) {
      t.type = same;
      continue;
    }
    // "LONDON, June 12 (Reuter) -": a news agency credited in brackets is that agency.
    if (t.type === 'ORGANIZATION' && t.c.prev === '(' && t.c.next === ')' && NEWS_ORGANIZATIONS.has(key(t.c.text))) continue;
    // "Hyundai Motor", "Korean Air": a name headed by what companies are called is one.
    if (t.type === 'ORGANIZATION' && t.c.words.length > 1 && COMPANY_HEADS.has(t.c.words[t.c.words.length - 1]!.toLowerCase())) continue;
    const s = candidateScores(weights, t, ctx);
    if (t.type === 'PERSON' && keepsPerson(t, s)) continue;
    const label = LABELS[s.indexOf(Math.max(...s))]!;
    // A name headed by what organizations are called ("… Organization", "Department of …") is one,
    // and so is one its acronym spells (a place the rules knew is typed so already).
    if (label !== 'ORGANIZATION' && t.type === 'ORGANIZATION' && t.spelled) continue;
    // So is a name of ordinary words around "the": "Save the Children", "Friends of the Earth"; a
    // paper's after another language's article: "Het Parool"; and one of no ordinary word before a body's word:
    // "the Taleban militia" (the typer may know better of "the Unite union").
    if (
      (label === 'NONE' || label === 'PERSON') &&
      t.type === 'ORGANIZATION' &&
      (headedAsOrganization(t.c.words) || isArticleName(t.c.words) || namesTitledWork(t.c.words) || (namedBeforeBodyWord(t.c) && !t.c.words.some(isCommonWord)))
    )
      continue;
    // "(BBC etc.)", "(BBC, CNN)": a body the lexicon knows stays one where the model sees no name,
    // when two capitals show it is no ordinary word ("Visa program", "Shell casings").
    if (label === 'NONE' && t.type === 'ORGANIZATION' && !t.caps && /\p{Lu}.*\p{Lu}/u.test(t.c.text) && isKnownOrganization(t.c.text)) continue;
    // "Lowe's", "Sotheby's": a name the story writes with "'s" and nothing owned is a firm's, nobody's nor nothing.
    if (label === 'NONE' && t.type === 'ORGANIZATION' && /['’]s$/u.test(t.c.words[t.c.words.length - 1]!)) continue;
    // So is a place by its head: "Second Thomas Shoal", "George Street".
    if ((label === 'NONE' || label === 'PERSON') && t.type === 'LOCATION' && (endsInPlaceHead(t.c.words) || opensPlace(t.c.words))) continue;
    // ... and one opened by what names of bodies open with is no person: "Bank Sentral", "Grupo Televisa".
    if (label === 'PERSON' && t.type === 'ORGANIZATION' && t.c.words.length > 1 && opensOrganization(t.c.words[0]!)) continue;
    t.type = label === 'NONE' || (label === 'PERSON' && unnamedWord(t)) || ordinaryOpening(t) ? null : label;
  }
  oneKindPerName(typed);
  placesNamedAsPersons(typed);
  untypeStormNames(typed);
  personsByPronoun(text, typed);
  employersOfPersons(text, typed, isDecided);
  bodiesByLeaders(text, typed, isDecided);
  brandsAsCompanies(typed);
  const companies = companiesByEvidence(text, typed);
  personsByActs(text, typed, isDecided, companies);
  loneSpeakersAsBodies(text, typed, sports);
  companiesByUse(text, typed);
  firmsListedTogether(text, typed);
  bodiesJoinedToBodies(text, typed);
  marketMovers(text, typed, isDecided);
  // "Vickers agreed to sell its unit": what the story shows to be a company is one thing, no plural of people.
  for (const t of pluralOpenings(typed, model.names, sports)) if (!companies.has(key(t.c.text))) t.type = null;
  clubsNamedBySide(typed, isDecided, sports);
  clubsInTransfers(text, typed, sports);
  sidesOfOneKind(text, typed);
  shortOrganizationNames(typed, isDecided, sports);
  coordinatedPlaces(typed, text, isDecided, sports);
  // "the MP", "Tory MPs": members of a parliament, whatever the passes above made of the acronym.
  // ... and an illness, an event or an operation by its coined name ("Operation Prosperity Guardian" holds a paper's word).
  for (const t of typed) if (MEMBER_ACRONYM.test(t.c.words[t.c.words.length - 1]!) || namesIllnessOrEvent(t.c.words)) t.type = null;
  bodiesNamedAsPlaces(typed);
  placesBeforeFirms(typed);
  untypeCraftNames(typed);
  webFirmStems(typed);
  oneKindPerWord(typed);
}

/** "SK Hynix, Samsung's rival, is due …" (a person to the model) and "a spokesperson for SK Hynix" (a
 *  company) are one thing: a name of two words or more typed both person and organization in a
 *  document takes the type most of its mentions have; on a tie, a person only with a given name first. */
function oneKindPerName(typed: TypedCandidate[]): void {
  const counts = new Map<string, { person: number; organization: number }>();
  for (const t of typed) {
    if (t.c.words.length < 2 || (t.type !== 'PERSON' && t.type !== 'ORGANIZATION')) continue;
    const count = counts.get(key(t.c.text)) ?? { person: 0, organization: 0 };
    if (t.type === 'PERSON') count.person++;
    else count.organization++;
    counts.set(key(t.c.text), count);
  }
  for (const t of typed) {
    const count = counts.get(key(t.c.text));
    if (!count?.person || !count.organization || (t.type !== 'PERSON' && t.type !== 'ORGANIZATION')) continue;
    const tie = count.person === count.organization;
    t.type = count.person > count.organization || (tie && isFirstName(t.c.words[0]!)) ? 'PERSON' : 'ORGANIZATION';
  }
}

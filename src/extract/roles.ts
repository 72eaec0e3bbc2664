// The words that name a person's role, office, trade or kin ("Sen." is a senator, "spokesmen" are
// spokesmen), with the ranks that make other offices of them ("vice-chair", "deputy leader").
import { boundedMemo } from './bounded-memo.js';
import { tagsOf } from './lexicon.js';

/** Those a story asks for their view of what others did: "an analyst at Peel Hunt", "a professor of law". */
export const OUTSIDE_EXPERTS = new Set('analyst economist strategist pollster professor historian researcher scientist lecturer consultant expert'.split(' '));

/** Nouns that name a person by role, office, trade or kin. */
export const PERSON_ROLES = new Set(
  (
    'minister president chancellor king queen prince princess pope spokesman spokeswoman spokesperson official secretary envoy leader chief ' +
    'ambassador governor senator congressman congresswoman representative lawmaker legislator delegate candidate nominee incumbent challenger ' +
    'rival opponent mayor premier general commander director chairman chairwoman chair head executive founder diplomat prosecutor judge ' +
    'justice lawyer attorney adviser advisor aide strategist economist analyst professor officer sheriff businessman businesswoman mogul ' +
    'tycoon billionaire host star actor actress singer author writer columnist activist veteran republican democrat conservative tory politician man woman ' +
    'doctor physician surgeon nurse teacher pastor priest bishop rabbi imam coach player captain owner manager commissioner superintendent ' +
    'mother father wife husband son daughter widow widower sister brother grandmother grandfather girl boy ' +
    'colonel admiral lieutenant sergeant reverend anchor reporter journalist correspondent presenter editor scientist researcher student ' +
    'person lady pm fm councillor councilor councilmember councilman councilwoman alderman mp mla mep msp mpp backbencher frontbencher farmer villager resident shopkeeper pensioner secretary-general counterpart boss striker midfielder defender goalkeeper winger forward skipper champion athlete investor banker trader ceo cfo ' +
    'brigadier treasurer comptroller auditor inspector detective trooper marshal firefighter paramedic assemblyman assemblywoman dean provost principal ' +
    'cardinal archbishop pontiff vicar rector curate archdeacon chaplain cleric consul negotiator mediator moderator interviewer lobbyist pollster consultant historian lecturer engineer architect psychologist ' +
    'psychiatrist epidemiologist virologist novelist poet playwright filmmaker producer musician comedian entrepreneur accountant defendant plaintiff ' +
    'member staffer campaigner organiser organizer advocate headteacher headmaster headmistress seismologist meteorologist geologist volcanologist glaciologist climatologist'
  ).split(' '),
);

/** Words that describe without naming an office: "the Republican", "the man" find no one by role. */
export const GENERIC = new Set('republican democrat conservative tory politician man woman girl boy person'.split(' '));

// Maps, not objects: a word of the text such as "constructor" must find nothing.
const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    sen: 'senator',
    rep: 'representative',
    gov: 'governor',
    gen: 'general',
    pres: 'president',
    dr: 'doctor',
    lt: 'lieutenant',
    col: 'colonel',
    adm: 'admiral',
    sgt: 'sergeant',
    atty: 'attorney',
    sec: 'secretary',
    prof: 'professor',
    rev: 'reverend',
    amb: 'ambassador',
    del: 'delegate',
    ald: 'alderman',
    det: 'detective',
    insp: 'inspector',
    cpl: 'corporal',
    brig: 'brigadier',
    supt: 'superintendent',
    cllr: 'councillor',
    pm: 'minister',
    fm: 'minister',
  }),
);

/** Ranks joined to a role by a hyphen: "vice-chair", "co-founder", "deputy-governor". */
export const RANKS = 'vice|co|deputy|assistant';
const RANK_PREFIX = new RegExp(`^(${RANKS})-`, 'u');
const RANKED_ROLE = new RegExp(`^(${RANKS})-(\\p{L}+)$`, 'u');
/** The role a ranked role qualifies: "vice-chair" → "chair". */
export const unranked = (role: string): string => role.replace(RANK_PREFIX, '');

export const RANK_WORD = new RegExp(`^(${RANKS})$`, 'iu');
/** A role with a rank written apart before it: ("deputy", "chair") → "deputy-chair", another office
 *  than the chair's; the role alone after any other word. */
export const withRank = (before: string | undefined, role: string): string =>
  before && RANK_WORD.test(before) && !role.includes('-') ? `${before.toLowerCase()}-${role}` : role;

/** The role a word names ("Sen." → senator, "ministers" → minister), or null. (Asked of every word
 *  before and after a name, and of every word of a description: remembered per word.) */
export const roleOf: (word: string) => string | null = boundedMemo((word) => roleOfWord(word));

function roleOfWord(word: string): string | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  const abbreviated = ABBREVIATIONS.get(w);
  if (abbreviated) return abbreviated;
  if (PERSON_ROLES.has(w)) return w;
  // "vice-chair", "co-founder": a rank joined to a role makes a role of its own.
  const ranked = RANKED_ROLE.exec(w);
  if (ranked) {
    const base = roleOf(ranked[2]!);
    return base ? `${ranked[1]}-${base}` : null;
  }
  // "spokesmen", "congresswomen": plurals in -men.
  const singular = /men$/u.test(w) ? `${w.slice(0, -3)}man` : w.replace(/(?<=[^s])s$/u, '');
  return PERSON_ROLES.has(singular) ? singular : compoundRole(word);
}

/** "fisherman", "congresswomen", "salespeople": a compound for one who does a trade or holds a seat,
 *  written in lower case, is a role whether or not the list has it; not a word that only ends so
 *  ("human", "talisman", "specimen") nor a name or a demonym the lexicon knows ("Chapman", "German"). */
export function compoundRole(word: string): string | null {
  const compound = PERSON_COMPOUND.exec(word);
  if (!compound || NOT_PERSON_COMPOUNDS.has(word) || tagsOf(word).some((tag) => NAME_TAGS.has(tag))) return null;
  return `${compound[1]}${COMPOUND_SINGULAR[compound[2]!] ?? compound[2]}`;
}
const PERSON_COMPOUND = /^(\p{Ll}{3,})(man|woman|men|women|person|persons|people)$/u;
const NOT_PERSON_COMPOUNDS = new Set(
  'talisman talismans ottoman ottomans caiman caimans walkman doberman dobermans specimen specimens regimen regimens abdomen abdomens acumen albumen stamen stamens'.split(
    ' ',
  ),
);
const COMPOUND_SINGULAR: Record<string, string> = { men: 'man', women: 'woman', people: 'person', persons: 'person' };
const NAME_TAGS = new Set(['Demonym', 'LastName', 'MaleName', 'FemaleName', 'FirstName', 'Person', 'Place', 'City', 'Country', 'Organization']);

/** Roles that all name the head of a body: "the IAEA chief" is its director general. */
export const HEADS = new Set('chief head director leader chairman chairwoman chair president secretary-general'.split(' '));
/** Roles that may name whoever runs a body, whatever the text titled them: "Arsenal boss" is "the Arsenal manager". */
const RUNS_A_BODY = new Set([...HEADS, 'boss', 'manager', 'executive', 'ceo']);
export const runsABody = (role: string): boolean => RUNS_A_BODY.has(role);

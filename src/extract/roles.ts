// The roles a text gives its persons, so that "the senator" finds the person the text called a
// senator: title words before a name ("Sen. Lindsey Graham", "White House doctor Connie Mariano",
// "The minister of the economy, Mr. Reyes,") and an apposition after it ("Ann Roe, the foreign
// minister of France,"). Each name mention is read once, a bounded window around it.
import { demonyms, lookupLocation } from './gazetteer.js';
import { isClosedClassWord, isFiniteVerb, isFunctionWord, tagsOf } from './lexicon.js';
import type { Entity, TextSpan } from './types.js';
import { type HeadTest, type OpeningDescription, openingDescription } from './opening-descriptions.js';
import { boundedMemo } from './bounded-memo.js';
import { extended } from './extended.js';
import { relativeRoleWords } from './relative-roles.js';
import { COURTESY_TITLES } from './speaker-words.js';

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
    'cardinal archbishop pontiff vicar rector curate archdeacon chaplain cleric consul negotiator mediator lobbyist pollster consultant historian lecturer engineer architect psychologist ' +
    'psychiatrist epidemiologist virologist novelist poet playwright filmmaker producer musician comedian entrepreneur accountant defendant plaintiff ' +
    'member staffer campaigner organiser organizer advocate headteacher headmaster headmistress seismologist meteorologist geologist volcanologist glaciologist climatologist'
  ).split(' '),
);

/** Words that describe without naming an office: "the Republican", "the man" find no one by role. */
const GENERIC = new Set('republican democrat conservative tory politician man woman girl boy person'.split(' '));

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

const RANK_WORD = new RegExp(`^(${RANKS})$`, 'iu');
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
  return PERSON_ROLES.has(singular) ? singular : null;
}

// Words that may stand in a title run before a name besides role words: capitalised words,
// numbers and ages ("34-year-old"), possessives, and a few modifiers.
const MODIFIER =
  /^(former|current|then|acting|retired|deputy|vice|assistant|associate|senior|chief|state|federal|campaign|foreign|interim|longtime|fellow|top)$/iu;
const TITLE_RUN = 6;
const BEFORE_REACH = 80;
const COURTESY_TITLE_AT_END = new RegExp(String.raw`\b(${COURTESY_TITLES})\.?\s*$`, 'u');
const APPOSITION = /^\s*(?:\([^)]{0,30}\))?\s*,\s+(?:the |a |an |his |her |their |its )?([^,.;:“”"]{1,70})[,.;:]/u;

/** "Prosecuting, " or "Defending, " opening a sentence before a name; or a fronted phrase naming the
 *  side ("Opening the case for the prosecution at Manchester Crown Court, ", "For the defence, "). */
const COUNSEL =
  /(?:^|[.;!?]\s+|\n\s*)(?:(Prosecuting|Defending)|(?:[^,.;:!?“”"]{0,40}\s)?[Ff]or the (prosecution|Crown|defen[cs]e)\b[^,.;:!?“”"]{0,50})\s*,\s*$/u;
/** Words COUNSEL cannot match without: the text before most names holds none, and the pattern is slow to fail. */
const mayNameCounsel = (before: string) => before.includes('Prosecuting') || before.includes('Defending') || before.includes('or the ');

/** A title owned by a body of several words or by a plural name, before a comma: "Greystone Foods'
 *  chief executive, ", "Brennan Precision's managing director, ". */
const OWNED_TITLE = /(?:^|[.;:!?]\s+|\n\s*|,?\s+and\s+)((?:\p{Lu}[\p{L}.&-]*\s+){1,3}\p{Lu}[\p{L}.-]*['’]s?|\p{Lu}[\p{L}.-]*s['’])\s+([^,.;:!?]{1,60}),\s*$/u;

/** A person's title words: the roles ("director") and the words that qualify them ("IAEA", "Iran"). */
export interface Title {
  roles: string[];
  qualifiers: string[];
}

/** The title run just before `start` (stopping at the first word that is not part of a title). */
export function titleBefore(text: string, start: number, from = 0): Title {
  let before = text.slice(Math.max(from, start - BEFORE_REACH), start);
  // "The minister of the economy, Mr. Reyes": a description, a comma, then a courtesy title.
  before = before.replace(COURTESY_TITLE_AT_END, '');
  // "The Dean of York, the Very Rev Dominic Barrington": a cleric's or a privy counsellor's style.
  before = before.replace(/\b(?:the\s+)?(?:(?:Very|Rt|Right|Most)\.?\s+)?(?:Rev|Revd|Reverend|Ven|Venerable|Hon)\.?\s*$/u, '');
  // "Prosecuting, Helen Ward told the court": a court report gives counsel's side by a participle.
  const counsel = mayNameCounsel(before) ? COUNSEL.exec(before) : null;
  if (counsel) return { roles: [/^(Prosecuting|prosecution|Crown)$/u.test(counsel[1] ?? counsel[2]!) ? 'prosecutor' : 'lawyer'], qualifiers: [] };
  // ("… and the finance minister, Pedro Salas": the second of two joined so; "Lange's lawyer,
  // Michael Fitch", "His attorney, Mark Geragos": a possessor for the article; "The Minister of
  // Labour, Dr Aisha Bello": an honorific after the comma.)
  const described = before.replace(/\b(Dr|Prof|Comrade|Alhaji|Alhaja|Hajia|Malam|Mallam|Engr|Barr)\.?\s*$/u, '');
  // (Only words ending in a comma are tried: the pattern is slow to fail on the words before most names.)
  const comma = described.trimEnd().endsWith(',')
    ? (/(?:^|[.;:!?]\s+|\n\s*|,?\s+and\s+)(the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s)\s+([^,.;:!?]{1,60}),\s*$/iu.exec(described) ??
      OWNED_TITLE.exec(described))
    : null;
  if (comma) return titleOf(words(`${comma[1]} ${comma[2]}`));
  const tokens = before.split(/\s+/u).filter(Boolean);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= TITLE_RUN; i--) {
    const t = tokens[i]!;
    const role = roleOf(t);
    // "Peru's trade minister", "Iran's nuclear chief": a possessor qualifies the role across a word or two.
    const beforePossessor = run.length > 0 && /^\p{Ll}+$/u.test(t) && tokens.slice(Math.max(0, i - 2), i).some((w) => /^\p{Lu}.*['’]s$/u.test(w));
    if (!(role || beforePossessor || /^\p{Lu}/u.test(t) || /^\p{N}/u.test(t) || /['’]s$/u.test(t) || MODIFIER.test(t) || /-/u.test(t))) break;
    run.unshift(t);
    if (/[,;:!?]$/u.test(t) || (/\.$/u.test(t) && !role && !/^(\p{Lu}\.)+$/u.test(t))) break;
  }
  return titleOf(run.filter((t) => !/[,;:!?]$/u.test(t)));
}

/** The title run before a name and its apposition after it. A person's roles and parties both read
 *  them (personTitles, personParties): computed once per name mention. */
const titlesAroundName = new WeakMap<TextSpan, Title[]>();
export function titlesAround(text: string, name: TextSpan): Title[] {
  let titles = titlesAroundName.get(name);
  if (!titles) titlesAroundName.set(name, (titles = [titleBefore(text, name.start), titleAfter(text, name.end)]));
  return titles;
}

/** `read` remembered per position of the last text it read: the words after a name are read by
 *  several stages (titles, trades, coreference, attributions), each position once. */
function perPosition<V>(read: (text: string, at: number) => V): (text: string, at: number) => V {
  let known = { text: '', at: new Map<number, V>() };
  return (text, at) => {
    if (text !== known.text) known = { text, at: new Map() };
    if (!known.at.has(at)) known.at.set(at, read(text, at));
    return known.at.get(at)!;
  };
}

/** The apposition right after `end`: "Ann Roe, the foreign minister of France, said". */
export const titleAfter = perPosition((text: string, end: number): Title => {
  const apposition = appositionAfter(text, end);
  if (apposition) return apposition.title;
  // ("Petra Novak, who has been foreign minister since 2021,": a relative clause gives a role too.)
  const relative = relativeRoleWords(text, end);
  return relative ? titleOf(words(relative)) : { roles: [], qualifiers: [] };
});

/** Where a role given in apposition after `end` ends, past its closing comma ("Ann Roe, an economist
 *  at the bank, sales will fall"), or null where the words after the comma name no role or make a
 *  clause ("police, officers found the car,"). */
export function roleAppositionEnd(text: string, end: number): number | null {
  const found = appositionAfter(text, end);
  if (!found?.title.roles.length || !found.match.endsWith(',') || words(found.match).some(isFiniteVerb)) return null;
  return end + found.match.length;
}

const appositionAfter = perPosition((text: string, end: number): { match: string; head: string; title: Title } | null => {
  const m = APPOSITION.exec(text.slice(end, end + 110));
  // ("Ana Ruiz, and the finance minister, Pedro Salas": what follows "and" is someone else.)
  if (!m || /^(who|whom|whose|which|that|where|when|said|says|and|or|but)\b/iu.test(m[1]!)) return null;
  const head = m[1]!.split(/\s+(?:of|for|at|in|from|with|who|and)\s+/u)[0]!;
  // "the head of the IAEA": the words after the role qualify it too.
  return { match: m[0], head, title: { roles: titleOf(words(head)).roles, qualifiers: titleOf(words(m[1]!)).qualifiers } };
});

/** The last word of an apposition's head right after `end` ("Ann Roe, India's fast bowler, said" →
 *  "bowler"); none where the words make a clause ("Ann Roe, told Reuters that a draft constitution,"). */
export function appositionHeadWord(text: string, end: number): string | undefined {
  const headWords = words(appositionAfter(text, end)?.head ?? '');
  return headWords.length <= 4 && !headWords.some(isFiniteVerb) ? headWords.pop() : undefined;
}

const ARTICLE_OR_COURTESY = new RegExp(String.raw`^(the|a|an|${COURTESY_TITLES})\.?$`, 'iu');
/** Roles and qualifiers among title words: a capitalised word that names no role qualifies it ("U.N.", "Iran's"). */
function titleOf(titleWords: string[]): Title {
  const roles: string[] = [];
  const qualifiers: string[] = [];
  for (const [i, w] of titleWords.entries()) {
    const role = roleOf(w);
    const next = titleWords[i + 1] ?? '';
    // "Deputy leader Ann Holt" is "the deputy leader", not "the leader": the rank goes with the role after it.
    if (RANK_WORD.test(w) && (roleOf(next) || /^prime$/iu.test(next))) continue;
    if (role) roles.push(withRank(titleWords[i - 1], role));
    // "Prime Minister Karl Dahl" is "the premier".
    else if (/^prime$/iu.test(w) && roleOf(next) === 'minister') roles.push(withRank(titleWords[i - 1], 'premier'));
    else if (/^\p{Lu}/u.test(w) && !MODIFIER.test(w) && !ARTICLE_OR_COURTESY.test(w)) qualifiers.push(qualifierKey(w));
    // "the finance minister", "the agriculture minister": a noun before the role says which office.
    else if (roleOf(titleWords[i + 1] ?? '') && isOfficeDomain(w)) qualifiers.push(w);
  }
  return { roles, qualifiers };
}

/** A lower-case noun naming what an office deals with ("finance", "health", "police"); no
 *  adjective ("new", "conservative", "embattled") and no word of rank or time. */
function isOfficeDomain(word: string): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(word) &&
    !MODIFIER.test(word) &&
    !isClosedClassWord(word) &&
    !tagsOf(word).includes('Adjective') &&
    !/(al|ic|ed|ive|ous|ing|ful|ary|ian|ish|less|est|er)$/u.test(word)
  );
}

/** "U.N." = "UN", "Iran's" = "Iranian" = "Iran". */
export function qualifierKey(word: string): string {
  const bare = word.replace(/['’]s?$/u, '');
  const place = demonyms.get(bare.toLowerCase()) ?? lookupLocation(bare) ?? bare;
  return place.replace(/\./gu, '').toLowerCase();
}

/** Everything a text calls one person by title: its roles and the words that qualified them. */
export interface PersonTitles {
  roles: Set<string>;
  qualifiers: Set<string>;
}

/** Roles that all name the head of a body: "the IAEA chief" is its director general. */
const HEADS = new Set('chief head director leader chairman chairwoman chair president secretary-general'.split(' '));
/** Roles that may name whoever runs a body, whatever the text titled them: "Arsenal boss" is "the Arsenal manager". */
const RUNS_A_BODY = new Set([...HEADS, 'boss', 'manager', 'executive', 'ceo']);
export const runsABody = (role: string): boolean => RUNS_A_BODY.has(role);

/** Whether a person's titles fit a qualified description ("the IAEA chief": a role like its own,
 *  given with every word that qualifies it). */
export function holdsOffice(title: PersonTitles | undefined, role: string, qualifiers: string[]): boolean {
  if (!title || !qualifiers.length || !qualifiers.every((q) => title.qualifiers.has(q))) return false;
  // "his Jordanian counterpart Ayman Safadi" holds the office of the person he is the counterpart of.
  return title.roles.has(role) || title.roles.has('counterpart') || (HEADS.has(role) && [...title.roles].some((r) => HEADS.has(r)));
}

/** The words qualifying a description's role: "The IAEA chief" → ["iaea"]. */
export const descriptionQualifiers = (description: string): string[] => titleOf(words(description)).qualifiers;

const words = (s: string) => s.split(/[\s/]+/u).filter((w) => /\p{L}/u.test(w));

/** Every role each person is given by a title or apposition next to one of its name mentions, and
 *  the words that qualified those roles. */
export function personTitles(text: string, entities: Entity[]): Map<Entity, PersonTitles> {
  const titles = new Map<Entity, PersonTitles>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const roles = new Set<string>();
    const qualifiers = new Set<string>();
    for (const m of e.mentions) {
      if (m.kind !== 'NAME') continue;
      for (const title of titlesAround(text, m)) {
        for (const r of title.roles) if (!GENERIC.has(r)) roles.add(r);
        if (title.roles.length) for (const q of title.qualifiers) qualifiers.add(q);
      }
    }
    if (roles.size) titles.set(e, { roles, qualifiers });
  }
  return titles;
}

/** A person's role description opening a sentence ("The senator then dismissed …", "The Indian
 *  diplomat told …"): its words, where they are, and its role; or null. */
export function openingRole(sentence: TextSpan): (OpeningDescription & { role: string }) | null {
  const description = openingDescription(sentence.text, sentence.start, /^(The|This)$/u, roleHead);
  return description && extended(description, { role: roleOf(description.head)! });
}

/** A role word heads the description, other words qualify it ("The Indian diplomat"), a function
 *  word or a verb ends it; "The senator Ann Holt" is a title, "The senator's plan" about something else. */
const roleHead: HeadTest = (words, i) => {
  const word = words[i]!.replace(/[,;:]$/u, '');
  const role = roleOf(word);
  if (!role) return /[,;:.]$/u.test(word) || isFunctionWord(word) || isFiniteVerb(word) ? 'stop' : 'modifier';
  return GENERIC.has(role) || /^\p{Lu}/u.test(words[i + 1]!) || /['’]/u.test(word) ? 'stop' : 'head';
};

// Whether a person can be the one a role description names: "the Democratic nominee" is not the
// person the text called a Republican, and "the judge" not the one it called a lawyer. A description
// resolves to an antecedent of a compatible role; these checks rule the incompatible ones out.
import { demonyms } from './gazetteer.js';
import { descriptionQualifiers } from './title-words.js';
import { OUTSIDE_EXPERTS, runsABody, unranked } from './roles.js';
import { type PersonTitles, titlesAround } from './person-titles.js';
import type { Entity } from './types.js';

/** Roles that name one another: "Justice Ann Holt" is "the judge"; "Pope Leo" is "the pontiff". */
const SAME_ROLE = new Map<string, string>(
  Object.entries({
    justice: 'judge',
    attorney: 'lawyer',
    physician: 'doctor',
    spokeswoman: 'spokesman',
    spokesperson: 'spokesman',
    congressman: 'representative',
    congresswoman: 'representative',
    pontiff: 'pope',
    legislator: 'lawmaker',
    // "Reporter Ana Silva" is "the journalist"; so is a broadcaster's anchor.
    reporter: 'journalist',
    anchor: 'journalist',
    // "The film's star, Ewan Baird, …" is "the actor"; "Director Catriona McLeish" is not.
    actress: 'actor',
    star: 'actor',
  }),
);
const canonical = (role: string) => SAME_ROLE.get(role) ?? role;

/** Roles a description names by their kind: news calls a senator again "the lawmaker", an ambassador
 *  "the diplomat" (canonical names: "legislator" is "lawmaker"). */
const KINDS_OF_ROLE = new Map<string, Set<string>>([
  ['lawmaker', new Set('senator representative assemblyman assemblywoman assemblymember mp mep mla msp mpp delegate'.split(' '))],
  ['diplomat', new Set('ambassador envoy consul'.split(' '))],
]);

/** Whether a person titled `held` is one a description by `wanted` names (both canonical): the same
 *  role, one of its kind, or a press secretary for "the spokeswoman". */
function namesHeldRole(wanted: string, held: string, title: PersonTitles): boolean {
  if (held === wanted || KINDS_OF_ROLE.get(wanted)?.has(held)) return true;
  return wanted === 'spokesman' && held === 'secretary' && title.qualifiers.has('press');
}

/** Trades a person is known by that no other role describes: a judge is never "the nominee". */
const PROFESSIONS = new Set('judge lawyer prosecutor doctor surgeon nurse coach reporter journalist columnist spokesman actor'.split(' '));

/** Trades a story gives with the name before it uses them alone ("Fire inspector Tom Reyes … the
 *  inspector said"): no one else is known by them, so with nobody given the trade the description
 *  names someone the story leaves unnamed, not the person it was last about. */
const INTRODUCED_TRADES = new Set(
  'judge prosecutor inspector detective investigator firefighter paramedic trooper marshal engineer architect auditor accountant doctor surgeon nurse teacher archdeacon moderator interviewer'.split(
    ' ',
  ),
);

/** The words that say which of a body's directors a description names: "the managing director". */
const DIRECTOR_POSTS = new Set(
  'managing executive medical clinical finance financial operations operating technical commercial nursing sales marketing artistic creative'.split(' '),
);
const DIRECTOR_POST = new RegExp(`\\b(${[...DIRECTOR_POSTS].join('|')})\\s+director\\b`, 'iu');

/** Posts in a firm, a hospital or a school named with what they run ("the managing director", "the chief
 *  executive", "the medical director", "the headteacher"). */
const IN_HOUSE_POST = new RegExp(
  `(?:${DIRECTOR_POST.source}|\\bchief\\s+(?:executive(?:\\s+officer)?|operating\\s+officer|financial\\s+officer|nurse)|\\bhead\\s?teacher|\\bheadmaster|\\bheadmistress)(?:\\s+(?:of|at)\\s.+)?$`,
  'iu',
);
/** Roles of those who may hold such a post besides those that run a body, whatever the text titled them first. */
const RUNS_OR_OWNS = new Set(
  'founder co-founder owner businessman businesswoman entrepreneur tycoon mogul billionaire principal teacher headteacher headmaster headmistress'.split(' '),
);

/** "The managing director" or "the headteacher" is not one the text titled only otherwise ("Union official
 *  Karen Mottram"): news gives such a post with the name, so with nobody given it the description names
 *  someone unnamed, not the person quoted last. */
function otherPost(phrase: string, known: string[]): boolean {
  return IN_HOUSE_POST.test(phrase) && !known.some((r) => runsABody(r) || RUNS_OR_OWNS.has(r));
}

/** "The managing director" is not the one the text titled finance director: each post has its own holder. */
function otherDirector(phrase: string, title: PersonTitles | undefined): boolean {
  const post = DIRECTOR_POST.exec(phrase)?.[1]?.toLowerCase();
  if (!post || !title?.roles.has('director') || title.qualifiers.has(post)) return false;
  return [...title.qualifiers].some((q) => DIRECTOR_POSTS.has(q));
}

/** Words giving a role as a past one: "the former mayor", "the ex-minister". */
const PAST = /\b(former|ex|then|onetime|one-time)\b/iu;

/** Elected or appointed offices a text titles a politician with ("Sen.", "Rep.", "Secretary"). */
const ELECTED_OFFICES = new Set('senator representative governor mayor president secretary minister premier chancellor'.split(' '));
/** What a text also calls such a politician without naming another office: "the candidate", "her rival". */
const CANDIDACY = new Set('candidate nominee rival incumbent challenger front-runner'.split(' '));
/** Offices and staff posts each held by someone of their own: "the aide", "the campaign manager",
 *  "the senator", "the founder". */
const OWN_POSTS = new Set(
  'aide adviser advisor strategist manager spokesman inspector founder treasurer secretary senator representative governor mayor'.split(' '),
);

/** "Sen. Ann Holt said … Her campaign manager said": a politician the text titled only with offices
 *  (and as a candidate) is no one described by another office or a staff post, now held ("The former
 *  congressman" may be the senator). A press secretary speaks for someone, and a minister may be titled
 *  a secretary, as in Britain. */
function otherOfficeOrStaff(phrase: string, wanted: string, known: string[], qualifiers: Set<string>): boolean {
  if (!OWN_POSTS.has(wanted) || PAST.test(phrase) || qualifiers.has('press')) return false;
  if (wanted === 'secretary' && known.includes('minister')) return false;
  return known.some((r) => ELECTED_OFFICES.has(r)) && known.every((r) => ELECTED_OFFICES.has(r) || CANDIDACY.has(r));
}

/** Whether a description by `role` names only a person the text gave that role. */
export const namesOnlyItsHolder = (role: string | null): boolean => !!role && INTRODUCED_TRADES.has(canonical(role));

/** Offices no one holds under another title: the person the text made a governor is not "the mayor",
 *  a chief minister or a fire chief not "the governor" (a senator may yet be "the president", or run for it). */
const OFFICES = new Set('governor mayor minister chancellor sheriff ambassador president premier'.split(' '));

/** Roles of private people: the person a story knows only as a resident or a student is not "the
 *  mayor" or "the senator" it goes on to quote. */
const PRIVATE_ROLES = new Set('resident villager farmer shopkeeper pensioner student mother father wife husband son daughter widow widower'.split(' '));
/** Public roles: offices, trades, and those who speak for a government or a party (by their canonical
 *  names: "spokeswoman" is "spokesman", "congresswoman" "representative"). */
const PUBLIC_ROLES = new Set([
  ...OFFICES,
  ...PROFESSIONS,
  ...'president premier senator representative lawmaker legislator official envoy commissioner councillor councilor'.split(' '),
]);

/** Posts in an administration, which a text names by their domain: "the city manager", "the finance director". */
const ADMINISTRATIVE = new Set(
  'manager director clerk treasurer superintendent administrator commissioner chief secretary auditor comptroller controller coordinator'.split(' '),
);

/** Party words, as they qualify a role ("the Democratic nominee", "Republican Ann Holt", "GOP"). */
const PARTIES = new Map<string, string>(
  Object.entries({
    democrat: 'D',
    democratic: 'D',
    democrats: 'D',
    republican: 'R',
    republicans: 'R',
    gop: 'R',
    liberal: 'LIB',
    conservative: 'CON',
    tory: 'CON',
    ndp: 'NDP',
    labour: 'LAB',
  }),
);

/** The parties named by capitalised words of `words` ("Democratic", "GOP"). */
function partiesIn(words: string[]): Set<string> {
  const found = new Set<string>();
  for (const w of words) {
    const party = /^\p{Lu}/u.test(w) ? PARTIES.get(w.toLowerCase().replace(/['’]s$/u, '')) : undefined;
    if (party) found.add(party);
  }
  return found;
}

/** "GOP", "Labour", "the Democratic Party": a party, which qualifies a role rather than employing its holder. */
export function isPartyName(name: string): boolean {
  return /\bParty$/u.test(name) || partiesIn([name]).size > 0;
}

/** "(R-Ohio)", "(D-N.Y.)" after a name. */
const PARTY_BRACKET = /^\s*\((R|D)-/u;

/** The parties the text gives each person next to its name: titles before, an apposition after, a bracket. */
export function personParties(text: string, entities: Entity[]): Map<Entity, Set<string>> {
  const parties = new Map<Entity, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const found = new Set<string>();
    for (const m of e.mentions) {
      if (m.kind !== 'NAME') continue;
      const bracket = PARTY_BRACKET.exec(text.slice(m.end, m.end + 6));
      if (bracket) found.add(bracket[1]!);
      for (const title of titlesAround(text, m)) {
        for (const p of partiesIn([...title.roles.map((r) => r[0]!.toUpperCase() + r.slice(1)), ...title.qualifiers.map((q) => q.toUpperCase())])) found.add(p);
      }
    }
    if (found.size) parties.set(e, found);
  }
  return parties;
}

/** Whether `title` gave `role` (or one naming the same) as a past one: "Tom Pike, the former mayor,". */
export function heldFormerly(title: PersonTitles | undefined, role: string | null): boolean {
  const wanted = role && canonical(role);
  return !!wanted && !!title?.former && [...title.former].some((r) => canonical(r) === wanted);
}

/** Whether `title` holds `role` or a role that names the same ("justice" for "judge"). */
export function holdsRole(title: PersonTitles | undefined, role: string | null): boolean {
  if (!title || !role) return false;
  const wanted = canonical(role);
  return [...title.roles].some((r) => namesHeldRole(wanted, canonical(r), title));
}

/**
 * Whether the description `phrase` (its role `role`) cannot name a person with these titles and
 * parties: another party, a trade when either side is known only by a trade, an office for someone
 * known by other titles, or a public role for someone known only as a private person.
 */
export function roleConflicts(phrase: string, role: string | null, title: PersonTitles | undefined, parties: Set<string> | undefined): boolean {
  const described = partiesIn(phrase.split(/\s+/u));
  if (described.size && parties?.size && ![...described].some((p) => parties.has(p))) return true;
  if (otherNation(phrase, title) || otherBody(phrase, role, title) || otherDirector(phrase, title)) return true;
  if (!role || !title?.roles.size || holdsRole(title, role)) return false;
  const wanted = canonical(role);
  const known = [...title.roles].map(canonical);
  // "The former governor" may be the one the text titled a candidate now: a past office or trade is
  // no one else's ("the former mayor's aide" is no past aide); one holding an office or a post now
  // was titled with the past one where the text meant it.
  const past = PAST.test(phrase.replace(/^.*['’]s\s+/u, '')) && known.every((r) => CANDIDACY.has(r));
  if (otherPost(phrase, known) || otherOfficeOrStaff(phrase, wanted, known, title.qualifiers)) return true;
  // "The deputy chair" is not the one the text titled chair, nor "the chair" its deputy.
  if (known.some((r) => unranked(r) === unranked(wanted))) return true;
  // "The city manager said" after "Councilman Dave Petrakis" or "Finance Director Maria Gonzalez": an
  // administrative office given with its domain in common words is someone else's than a person the
  // text titled otherwise, unless both run a body of that domain ("the police chief", "Police Commissioner X").
  const written = new Set(phrase.split(/\s+/u));
  const domains = ADMINISTRATIVE.has(wanted) ? descriptionQualifiers(phrase).filter((q) => written.has(q)) : [];
  const runsThatBody = runsABody(wanted) && known.some(runsABody) && domains.every((q) => title.qualifiers.has(q));
  if (domains.length && !title.roles.has('counterpart') && !runsThatBody) return true;
  return (
    (PROFESSIONS.has(wanted) && !past) ||
    known.every((r) => PROFESSIONS.has(r)) ||
    // "The governor" where the text titled the person otherwise ("Battalion Chief Luis Ortega"); a
    // counterpart holds the office of the one named with them.
    (OFFICES.has(wanted) && !past && !title.roles.has('counterpart') && !secretaryOfState(wanted, title)) ||
    (PUBLIC_ROLES.has(wanted) && known.every((r) => PRIVATE_ROLES.has(r))) ||
    // The person a story knows only as an analyst or a professor is not "the chief executive" it goes on to quote.
    (!OUTSIDE_EXPERTS.has(wanted) && known.every((r) => OUTSIDE_EXPERTS.has(r)))
  );
}

/** Roles held in a team or a club, each of which has its own: "the Lions coach", "the Chelsea captain". */
const SIDE_ROLES = new Set('coach manager captain skipper boss owner chairman chairwoman chair'.split(' '));

/** "The Lions head coach" is not the one the text called "Brumbies coach": the description names
 *  whose side the role is in by a capitalised word, and the person holds that role with qualifiers
 *  that are all others. (An office of a place may be within another: "the New York judge" may be the
 *  one titled "Manhattan Supreme Court Justice".) */
function otherBody(phrase: string, role: string | null, title: PersonTitles | undefined): boolean {
  if (!role || !SIDE_ROLES.has(role) || !title?.qualifiers.size || !holdsRole(title, role)) return false;
  // ("The Yorkshire club's chairman": the words describe the side whose role it is, found as a body.)
  if (/\b(club|side|team)['’]s\s/iu.test(phrase)) return false;
  const written = new Set(phrase.split(/\s+/u));
  const named = descriptionQualifiers(phrase).filter((q) => !written.has(q));
  return named.length > 0 && !named.some((q) => title.qualifiers.has(q));
}

/** "The minister" may be one the text titled secretary of a domain ("Transport Secretary Louise Haigh"),
 *  as ministers are called in Britain and elsewhere. */
const secretaryOfState = (wanted: string, title: PersonTitles): boolean => wanted === 'minister' && title.roles.has('secretary') && title.qualifiers.size > 0;

/** Nations as title qualifiers are keyed ("Ethiopian" → "ethiopia"). */
let nations: Set<string> | undefined;
const isNation = (qualifier: string) => (nations ??= new Set([...demonyms.values()].map((n) => n.replace(/\./gu, '').toLowerCase()))).has(qualifier);

/** Whether the description names a nation the person's titles do not: "the Israeli leader" is no one
 *  the story titled without Israel, when nothing but being in view ties them. */
export function nationUntold(phrase: string, title: PersonTitles | undefined): boolean {
  const held = [...(title?.qualifiers ?? [])];
  return descriptionQualifiers(phrase).some((n) => isNation(n) && !held.includes(n));
}

/** "The Ethiopian minister" is not the one the text called "Kenyan Foreign Minister": the description
 *  names a nation and the person's titles name only others. */
function otherNation(phrase: string, title: PersonTitles | undefined): boolean {
  const described = descriptionQualifiers(phrase).filter(isNation);
  const held = [...(title?.qualifiers ?? [])].filter(isNation);
  return described.length > 0 && held.length > 0 && !described.some((n) => held.includes(n));
}

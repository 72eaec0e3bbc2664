// Who a description of a person as a quote's speaker refers to: "the senator", "the Republican
// nominee", "Obama's former strategist" (a campaign's candidate: campaign-speakers.ts).
import type { Entity } from './types.js';
import { KIN } from './entities/person-vocabulary.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { type Antecedents, ROLE_WINDOW } from './antecedents.js';
import { oncePerEntity } from './name-mentions.js';
import { heldFormerly, namesOnlyItsHolder, roleConflicts } from './role-fit.js';
import { portrays } from './speaker-phrases.js';
import { descriptionQualifiers, qualifierKey } from './title-words.js';
import { compoundRole, PERSON_ROLES, RANKS, roleOf, runsABody, withRank } from './roles.js';
import { genderOfHead } from './speaker-words.js';
import { describesOrganization, organizationFor } from './description-heads.js';
import { DESCRIPTION_REACH } from './organization-antecedents.js';
import {
  newcomerSinceLastQuote,
  type Question,
  questionBefore,
  type Resolution,
  type SpeakerRead,
  type SpeechHistory,
  subjectSinceLastQuote,
} from './speech-history.js';
import { SPELT_COUNT_ALTERNATIVES } from './word-classes.js';
import { runTimePattern } from './run-time-patterns.js';

/** Roles of someone who speaks for another: with a possessor they never describe that other's last speaker. */
const REPRESENTATIVE = new Set(['lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'representative']);
// A description opened by a possessor: "Obama's former strategist".
const POSSESSED = /^[\p{L}.-]+['’]s /u;
/** The name owning a role, written with "'s": "Vale" of "Vale's spokeswoman". */
const NAMED_OWNER = /^(\p{Lu}[\p{L}.-]*)['’]s\s/u;
// "The broadcaster's director general": someone of a body described, not the last one quoted.
const DESCRIBED_POSSESSOR = /^the ([\p{L}-]+)['’]s /u;
// "The Yorkshire club's chairman": a body described with a word before its head.
const DESCRIBED_BODY_POSSESSOR = /^the [\p{L}-]+ ([\p{L}-]+)['’]s /u;
/** "The prime minister's spokesman", "the president's lawyer": one who speaks for an office-holder
 *  the text described, someone else than whoever spoke last. */
const OFFICE_POSSESSOR = /^the (?:[\p{L}-]+ )?([\p{L}-]+)['’]s [\p{L}-]+$/u;
const speaksForOffice = (phrase: string, role: string | null): boolean => {
  const office = OFFICE_POSSESSOR.exec(phrase)?.[1];
  return !!office && REPRESENTATIVE.has(role ?? '') && !!roleOf(office);
};
// Definite descriptions: an article, a demonstrative, a time word, or a possessor.
const DEFINITE = new RegExp(`^(the|this|that|former|current|retired)\\b|${POSSESSED.source}`, 'u');
export const PERSON_NOUNS = new RegExp(`^(the |this |that |an? )?([\\p{L}\\p{N}.'’-]+ ){0,5}((${RANKS})-)?(${[...PERSON_ROLES].join('|')})$`, 'iu');

/** Roles held towards one person ("a lawyer for Daniel Moss", "the mother of Jake Owen"): the
 *  description is someone known through that person, never the person. */
const RELATIONS = new Set(['lawyer', 'attorney', 'barrister', 'solicitor', 'counsel', ...KIN.keys()]);
/** What stands between such a role and the person it is held towards: "for", "of Gov.", "representing". */
const RELATED = /^\s+(?:of|for|representing)\s+(?:[\p{L}.-]+\s+){0,3}$/u;
/** Such a role held towards anyone, named or not ("the daughter of one patient"), but not a count ("mother of three"). */
const RELATED_UNNAMED = new RegExp(`^\\s+(?:of|for|representing)\\s+(?!(?:${SPELT_COUNT_ALTERNATIVES}|twins)\\b)\\p{L}`, 'u');
/** "for a man", "representing the family": a role's client, unnamed, after it. */
const SERVES_SOMEONE =
  /^\s+(?:for|representing)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:man|woman|boy|girl|teenager|family|families|defendant|victim|victims|suspect|couple|mother|father|son|daughter|driver|pupil|student|patient|child|children)\b/iu;

/** Whether a description names a person by role: definite, or one the story introduces after it. */
const ONE_COMPOUND = /(?:man|woman|person)$/u;
export function describesPersonByRole(a: Antecedents, q: QuoteDraft, surface: SpeakerSurface, phrase: string): boolean {
  // ("the fisherwoman": a compound role no list holds, as "the congresswoman"; one person, as the list's are.)
  const head = surface.text.split(/\s+/u).pop()!;
  const role = PERSON_NOUNS.test(phrase) || (ONE_COMPOUND.test(head) && compoundRole(head) !== null) || givenTrade(a, phrase) !== null;
  return role && (DEFINITE.test(phrase) || a.introducedLater(surface, phrase, q.sentence));
}

/** A description headed by a trade the text gave someone ("the fast bowler" after "fast bowler Jasprit Bumrah"): the trade. */
const TRADE_DESCRIPTION = /^(?:the |this |that )?(?:[\p{L}\p{N}.'’-]+ ){0,4}(\p{Ll}[\p{Ll}-]+)$/u;
function givenTrade(a: Antecedents, phrase: string): string | null {
  const head = TRADE_DESCRIPTION.exec(phrase)?.[1];
  return head && a.givenTrades.has(head) ? head : null;
}

/** "Donald Trump says … The Republican nominee noted": news names its subject again by role.
 *  The person the text gave that role ("Sen. Ann Holt" for "the senator") comes first; a
 *  headline's description ("Senator says …") names someone the article introduces below, as
 *  does a lead's ("A former party chairman says …" before "said Don Fowler"). */
export function roleHolder(
  a: Antecedents,
  history: SpeechHistory,
  q: QuoteDraft,
  surface: SpeakerSurface,
  before: number,
  described: string | null,
): Resolution {
  const r = roleReading(a, history, q, surface, before);
  const entity = holderNamed(r);
  // "A senior official said … The official said": a speaker known only by this description.
  if (!entity && described) return { entity: null, name: described };
  // "The inspector explained …" with no inspector named, a lawyer or a mother known through
  // someone else: someone unnamed.
  if (!entity && (namesOnlyItsHolder(r.role) || r.servesSomeone)) return { entity: null, name: null };
  return { entity: entity ?? holderInView(r), name: null };
}

/** A role description read once: its words lowered, the role they name, its possessor and the body
 *  a possessor describes, the question asked before, whether it serves someone else, and whom it may
 *  be: a person fitting it (`fits`) or one the text gave the role (`withRole`). */
interface RoleRead extends SpeakerRead {
  phrase: string;
  role: string | null;
  possessor: Entity | undefined;
  body: string | undefined;
  question: Question | null;
  servesSomeone: boolean;
  fits: (e: Entity) => boolean;
  withRole: (e: Entity) => boolean;
}

/** Reads the description once for every step after: the role, and who may and may not be its holder. */
function roleReading(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): RoleRead {
  const phrase = surface.text.toLowerCase();
  const gender = genderOfHead(phrase);
  const role = describedRole(a, phrase);
  // "The Democratic nominee" is not the one the text called a Republican, "the judge" not its lawyer.
  const sameKind = (e: Entity) => (!gender || !e.gender || e.gender === gender) && !roleConflicts(surface.text, role, a.titles.get(e), a.parties.get(e));
  // "Obama's former strategist" is not Obama.
  const possessor = POSSESSED.test(phrase) ? a.nearest(surface.start + phrase.indexOf(' '), () => true)?.e : undefined;
  // "Karl Berg said the mayor's claim …": whoever reports the description is not the one it describes.
  const reporter = reporterOf(history, surface);
  const related = relatedPerson(a, q, surface, role);
  // "The 29-year-old striker", "the Maine senator" are nobody the text gave another age or home.
  const [ofAge, fromThere] = [a.aged.mayBeAged(phrase), a.homes.mayComeFrom(surface.text)];
  // "Jane Hunt asked Mr Read whether … The chief executive said he had not": the one asked answers.
  const question = questionBefore(a, history, q);
  // "KTV President on Pike: ‘…’": the one named as the topic right after is not who is described.
  const topic = topicAfter(a, surface);
  // (Asked of the persons of the name mentions searched back over: once per person.)
  const fits = oncePerEntity(
    (e: Entity) =>
      e.type === 'PERSON' &&
      e !== topic &&
      e !== question?.asker &&
      e !== possessor &&
      e !== reporter &&
      e !== related &&
      sameKind(e) &&
      ofAge(e) &&
      fromThere(e),
  );
  const body = possessedBody(phrase);
  const withRole = roleTest(a, surface, role, body, (e) => e !== topic && sameKind(e));
  const servesSomeone = servesAnother(a, surface, role, related);
  return { a, history, q, surface, before, phrase, role, possessor, body, question, servesSomeone, fits, withRole };
}

/** The role a description's last word names, with a rank before it making an office of its own ("the
 *  deputy leader"), or a trade the text gave someone. */
function describedRole(a: Antecedents, phrase: string): string | null {
  const descriptionWords = phrase.split(' ');
  const lastRole = roleOf(descriptionWords.at(-1)!);
  return (lastRole && withRank(descriptionWords.at(-2), lastRole)) ?? givenTrade(a, phrase);
}

/** The person a role held towards one person is held towards ("The lawyer for a man accused of arson
 *  told …", "A lawyer for Daniel Moss said": the person named next is the client, not the lawyer; "the
 *  mother of Jake Owen" is no Jake Owen either). */
function relatedPerson(a: Antecedents, q: QuoteDraft, surface: SpeakerSurface, role: string | null): Entity | null {
  if (!RELATIONS.has(role ?? '')) return null;
  return personNamedAfter(a, surface.end, RELATED) ?? (q.sentence < 0 ? relatedInLead(a, role!) : null);
}

/** The body a possessor describes ("the ministry" of "the ministry's spokeswoman", "club" of "the
 *  Yorkshire club's chairman"): the one it holds the role for. */
function possessedBody(phrase: string): string | undefined {
  const bodyHead = DESCRIBED_BODY_POSSESSOR.exec(phrase)?.[1];
  return DESCRIBED_POSSESSOR.exec(phrase)?.[1] ?? (bodyHead && describesOrganization(bodyHead) ? bodyHead : undefined);
}

/** Whether a person is one the text gave the role, of the body the description names where it names
 *  one, and of its named owner where the text qualified the role. */
function roleTest(
  a: Antecedents,
  surface: SpeakerSurface,
  role: string | null,
  body: string | undefined,
  fitsKind: (e: Entity) => boolean,
): (e: Entity) => boolean {
  const { titles } = a;
  // ("The ministry's spokeswoman" is no man the text made a spokesman, nor one it made a party's spokeswoman.)
  // ("The club's chairman" after "Castleford chairman Ian Wolstenholme": one titled by the name of the body "the club" is.)
  const bodyNamed = body ? bodyWords(a, surface, body) : null;
  const ofBody = (e: Entity) => {
    const qualifiers = titles.get(e)?.qualifiers;
    return !!qualifiers && (qualifiers.has(body!) || !!bodyNamed?.some((w) => qualifiers.has(w)));
  };
  // ("Vale's spokeswoman" is no one the text titled "Pike's spokeswoman": a named owner must be among
  // the words that qualified the role, where any did.)
  const owner = NAMED_OWNER.exec(surface.text)?.[1];
  const ownedBy = (e: Entity) => {
    const qualifiers = owner ? titles.get(e)?.qualifiers : undefined;
    return !qualifiers?.size || qualifiers.has(qualifierKey(owner!));
  };
  const hasRole = a.hasRole(role);
  return oncePerEntity((e: Entity) => fitsKind(e) && hasRole(e) && (!body || ofBody(e)) && ownedBy(e));
}

/** Whether the role is held towards someone, named or unnamed ("the daughter of one patient", "a lawyer
 *  for the family"), so its holder is someone known only so ("the 34-year-old mother of three" is the
 *  person the text was about). */
function servesAnother(a: Antecedents, surface: SpeakerSurface, role: string | null, related: Entity | null): boolean {
  const after = a.layout.text.slice(surface.end, surface.end + 60);
  return related !== null || SERVES_SOMEONE.test(after) || (RELATIONS.has(role ?? '') && RELATED_UNNAMED.test(after));
}

/** The holder the text names: one introduced after a description that introduces them, else one the
 *  text gave its age, home, nation, office, former role or subject, the most salient or nearest in the
 *  role, or (with no one named before in it) the one the next sentences name in it. */
function holderNamed(r: RoleRead): Entity | null {
  const { a, history, q, surface, before, phrase, role, fits, withRole } = r;
  return (
    introducedHolder(r) ??
    a.aged.personAged(phrase, fits) ??
    a.homes.personFrom(surface.text, fits) ??
    // "The German leader said" after "President Mark Dalton met Chancellor Anna Vogel of Germany".
    a.nations.personOf(surface.text, surface.start, withRole, fits) ??
    // "The IAEA chief said" after "IAEA Director General Rafael Grossi" and "Iran's nuclear chief".
    a.officeHolder(surface.start, role ?? '', surface.text, fits) ??
    // "Tom Pike, the former mayor, … The mayor, Ann Holt, … the former mayor said": one the text gave
    // the role as a past one before one who holds it (news may title either way, so only a preference).
    (/\b(former|ex)\b/iu.test(phrase) ? a.salience.best(before, (e) => (withRole(e) && heldFormerly(a.titles.get(e), role) ? 1 : 0), ROLE_WINDOW) : null) ??
    // "Iowa's governor, Kim Reynolds, took a different view. …, the governor said": of two governors,
    // the one the sentence before opens with since the last quote, however much the other spoke.
    subjectSinceLastQuote(a, history, q, surface, withRole) ??
    a.salience.best(before, (e) => (withRole(e) ? 1 : 0), ROLE_WINDOW) ??
    a.nearest(surface.start, withRole)?.e ??
    // "The Ohio attorney general is confirming … Attorney General Ann Holt said": with no one named
    // before in the role, the one the next sentences name in it.
    (role ? a.namedSoonAfter(surface.end, withRole) : null)
  );
}

/** The one a description the story introduces before naming them stands for ("A former party chairman
 *  says …" before "said Don Fowler"): named soon after in the role, later in it, else the lead's person. */
function introducedHolder({ a, q, surface, phrase, role, servesSomeone, fits, withRole }: RoleRead): Entity | null {
  if (!a.introducedLater(surface, phrase, q.sentence) || servesSomeone) return null;
  return (
    a.namedSoonAfter(surface.end, withRole) ??
    (role ? holderNamedLater(a, surface.end, withRole) : null) ??
    (q.sentence < 0 ? (a.leadPerson(fits) ?? a.namedSoonAfter(q.end, fits)) : a.namedSoonAfter(q.end, fits))
  );
}

/** The holder when the text named no one in the role: the last speaker going on ("Bruno Fernandes said
 *  … The Manchester United player added: …"), one of the organization or office the description
 *  names, else the person in view. */
function holderInView(r: RoleRead): Entity | null {
  const { history, q, role, fits } = r;
  const organization = r.a.organizationInside(r.surface);
  const last = history.last?.entity;
  return (
    (organization && /^add/iu.test(q.cue?.text ?? '') && !REPRESENTATIVE.has(role ?? '') && last && fits(last) ? last : null) ??
    (knownOnlyByRole(r, organization) ? memberOf(r, organization) : personInView(r))
  );
}

/** Whether the description is someone else known only by a role the text gave: "Pagliano's lawyer",
 *  "Clinton's spokesman", "the broadcaster's director general"; an official of a place or organization
 *  ("Connecticut's tax commissioner"), not the person before; one of an organization named inside the
 *  description ("The Acme executive", as "Acme's executive"). */
function knownOnlyByRole({ q, phrase, role, possessor, body }: RoleRead, organization: Entity | null): boolean {
  return !!(
    q.sentence < 0 ||
    organization ||
    DESCRIBED_POSSESSOR.test(phrase) ||
    (body !== undefined && describesOrganization(body)) ||
    speaksForOffice(phrase, role) ||
    (possessor !== undefined && (possessor.type !== 'PERSON' || REPRESENTATIVE.has(role ?? '')))
  );
}

/** Someone known by a role only: one the next paragraph names ("Connecticut's tax commissioner says …
 *  ⏎ Kevin Sullivan says …"), else one the text named with the organization inside the description
 *  ("Mikel Arteta praised … in Arsenal's win. … the Arsenal manager told"), or who runs it. */
function memberOf(r: RoleRead, organization: Entity | null): Entity | null {
  const { a, history, q, surface, role, fits } = r;
  const ofOrganization = (e: Entity) => !!organization && fits(e) && a.namedTogether(e, organization, surface.start);
  return (
    a.namedInNextParagraph(surface, q.sentence, fits) ??
    subjectSinceLastQuote(a, history, q, surface, ofOrganization) ??
    (history.last?.entity && ofOrganization(history.last.entity) ? history.last.entity : null) ??
    (organization ? runnerOf(a, surface, role, organization, fits) : null)
  );
}

/** The person in view the description goes on about: one who became the subject after the last quote
 *  ("Kyle Walker apologized to fans. “We let you down,” the defender wrote."), the one asked, a newcomer,
 *  the last speaker, the subject of the sentence before, the most salient or the nearest who fits. */
function personInView({ a, history, q, surface, before, phrase, question, fits }: RoleRead): Entity | null {
  const last = history.last?.entity;
  return (
    subjectSinceLastQuote(a, history, q, surface, fits) ??
    (question?.asked && fits(question.asked) ? question.asked : null) ??
    newcomerSinceLastQuote(a, history, q, surface, fits) ??
    (last && fits(last) && !portrays(phrase) ? last : null) ??
    // "… Margrethe Vestager welcomed the fine. The Danish commissioner told …": a description
    // opening its sentence goes on about the subject of the sentence before.
    (a.layout.sentences[q.sentence]?.start === surface.start ? a.previousSubject(before, fits, '') : null) ??
    a.salience.best(before, (e) => (fits(e) ? 1 : 0)) ??
    a.nearest(surface.start, fits)?.e ??
    null
  );
}

/** The person named right after a description and "on", "about" or "over": what it spoke on. */
function topicAfter(a: Antecedents, surface: SpeakerSurface): Entity | undefined {
  const on = /^\s+(?:on|about|over)\s+/iu.exec(a.layout.text.slice(surface.end, surface.end + 12));
  const named = on ? a.names[firstStartingAtOrAfter(a.names, surface.end)] : undefined;
  return named && named.start === surface.end + on![0].length ? named.e : undefined;
}

/** "A coroner has warned … ⏎ … Senior coroner Kevin McLoughlin recorded …": the first person after
 *  `pos` the story gives the role a lead's description names, however far on, before anyone else
 *  named soon after (the victim the lead spoke of). */
function holderNamedLater(a: Antecedents, pos: number, withRole: (e: Entity) => boolean): Entity | null {
  for (let i = firstStartingAtOrAfter(a.names, pos); i < a.names.length; i++) if (withRole(a.names[i]!.e)) return a.names[i]!.e;
  return null;
}

/** The words of the organizations of the kind a possessor's description names ("the club's", "the
 *  Yorkshire club's") named not far back, as qualifiers are keyed ("Castleford Rovers" → castleford, rovers). */
function bodyWords(a: Antecedents, surface: SpeakerSurface, body: string): string[] | null {
  if (!describesOrganization(body)) return null;
  const words: string[] = [];
  for (const { e } of a.mentionsBefore(surface.start, (e) => e.type === 'ORGANIZATION' && organizationFor(body, e), surface.start - DESCRIPTION_REACH))
    words.push(...e.name.split(/\s+/u).map(qualifierKey));
  return words;
}

/** "The Veltrix boss said" where the story titled its boss without the firm ("Chief executive Sandra
 *  Okafor told staff"), or gave one its name ("Greystone's planning director, Tom Hadley"): the nearest
 *  person before titled to run a body, with no qualifier but the firm's ("finance chief" is a
 *  department's). Only a description naming no domain of its own ("the Veltrix finance chief" does). */
function runnerOf(a: Antecedents, surface: SpeakerSurface, role: string | null, organization: Entity, fits: (e: Entity) => boolean): Entity | null {
  const own = new Set(organization.name.split(/\s+/u).map(qualifierKey));
  if (!role || !runsABody(role) || descriptionQualifiers(surface.text).some((q) => !own.has(q))) return null;
  // Titled without the firm, only a firm's own top roles ("President Barack Obama" runs no FBI).
  const runs = (e: Entity) => {
    const title = a.titles.get(e);
    if (!title || ![...title.qualifiers].every((q) => own.has(q))) return false;
    return [...title.roles].some((r) => (title.qualifiers.size ? runsABody(r) : FIRM_HEADS.has(r)));
  };
  return a.nearest(surface.start, (e) => fits(e) && runs(e))?.e ?? null;
}

const FIRM_HEADS = new Set(['chief', 'executive', 'ceo', 'boss', 'founder', 'chairman', 'chairwoman']);

/** The speaker of the quote just found whose content holds `surface`, if any. */
function reporterOf(history: SpeechHistory, surface: SpeakerSurface): Entity | null {
  const last = history.quotes.at(-1);
  if (!last || last.start > surface.start || last.end < surface.end || !last.resolved.entityId) return null;
  return history.last?.entity?.id === last.resolved.entityId ? history.last.entity : null;
}

/** The person named right after a description, past words `gap` accepts ("of Democrat", "for Gov."). */
export function personNamedAfter(a: Antecedents, end: number, gap: RegExp): Entity | null {
  const named = [...a.mentionsBefore(end + 60, (e) => e.type === 'PERSON', end)].pop();
  return named && gap.test(a.text.slice(end, named.m.start)) ? named.e : null;
}

/** "Lawyer says client was framed" over "The lawyer for Daniel Moss told …": the one the lead relates the role to. */
function relatedInLead(a: Antecedents, role: string): Entity | null {
  const lead = a.layout.lead;
  const m = lead && runTimePattern(`\\b${role}s?(?=\\s+(?:of|for|representing)\\s)`, 'iu').exec(lead.text);
  return m ? personNamedAfter(a, lead.start + m.index + m[0].length, RELATED) : null;
}

// A description of a person read once for every step that finds who holds its role: the role it
// names, its possessor and the body a possessor describes, the person it is held towards or serves,
// and who may hold it (person-descriptions.ts).
import type { Entity } from './types.js';
import { KIN } from './entities/person-vocabulary.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { oncePerEntity } from './name-mentions.js';
import { roleConflicts } from './role-fit.js';
import { qualifierKey } from './title-words.js';
import { roleOf, withRank } from './roles.js';
import { genderOfHead } from './speaker-words.js';
import { describesOrganization, organizationFor } from './description-heads.js';
import { DESCRIPTION_REACH } from './organization-antecedents.js';
import { type Question, questionBefore, type SpeakerRead, type SpeechHistory } from './speech-history.js';
import { SPELT_COUNT_ALTERNATIVES } from './word-classes.js';
import { runTimePattern } from './run-time-patterns.js';

/** Roles of someone who speaks for another: with a possessor they never describe that other's last speaker. */
export const REPRESENTATIVE = new Set(['lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'representative']);
// A description opened by a possessor: "Obama's former strategist".
export const POSSESSED = /^[\p{L}.-]+['’]s /u;
/** A possessor's name of several capitalised words, after a courtesy title or not: "Ann Holt's", "Mr. Pike's". */
const NAMED_POSSESSOR = /^(?:\p{Lu}[\p{L}.-]* ){1,3}\p{Lu}[\p{L}-]*['’]s /u;
/** The name owning a role, written with "'s": "Vale" of "Vale's spokeswoman". */
const NAMED_OWNER = /^(\p{Lu}[\p{L}.-]*)['’]s\s/u;
// "The broadcaster's director general": someone of a body described, not the last one quoted.
export const DESCRIBED_POSSESSOR = /^the ([\p{L}-]+)['’]s /u;
// "The Yorkshire club's chairman": a body described with a word before its head.
const DESCRIBED_BODY_POSSESSOR = /^the [\p{L}-]+ ([\p{L}-]+)['’]s /u;
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

/** A role description read once: its words lowered, the role they name, its possessor and the body
 *  a possessor describes, the question asked before, whether it serves someone else, and whom it may
 *  be: a person fitting it (`fits`) or one the text gave the role (`withRole`). */
export interface RoleRead extends SpeakerRead {
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
export function roleReading(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): RoleRead {
  const phrase = surface.text.toLowerCase();
  const gender = genderOfHead(phrase);
  const role = describedRole(a, phrase);
  // "The Democratic nominee" is not the one the text called a Republican, "the judge" not its lawyer.
  const sameKind = (e: Entity) => (!gender || !e.gender || e.gender === gender) && !roleConflicts(surface.text, role, a.titles.get(e), a.parties.get(e));
  // "Obama's former strategist", "Ann Holt's campaign chief" are not Obama, Ann Holt.
  const owner = POSSESSED.exec(phrase) ?? NAMED_POSSESSOR.exec(surface.text);
  const possessor = owner ? a.nearest(surface.start + owner[0].length - 1, () => true)?.e : undefined;
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

/** A description headed by a trade the text gave someone ("the fast bowler" after "fast bowler Jasprit Bumrah"): the trade. */
const TRADE_DESCRIPTION = /^(?:the |this |that )?(?:[\p{L}\p{N}.'’-]+ ){0,4}(\p{Ll}[\p{Ll}-]+)$/u;
export function givenTrade(a: Antecedents, phrase: string): string | null {
  const head = TRADE_DESCRIPTION.exec(phrase)?.[1];
  return head && a.givenTrades.has(head) ? head : null;
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

/** The person named right after a description and "on", "about" or "over": what it spoke on. */
function topicAfter(a: Antecedents, surface: SpeakerSurface): Entity | undefined {
  const on = /^\s+(?:on|about|over)\s+/iu.exec(a.layout.text.slice(surface.end, surface.end + 12));
  const named = on ? a.names[firstStartingAtOrAfter(a.names, surface.end)] : undefined;
  return named && named.start === surface.end + on![0].length ? named.e : undefined;
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

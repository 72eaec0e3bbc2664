// Who a description as a quote's speaker refers to: a document speaks for whoever issued it, "the
// two" for a pair, a nationality for the person the text is about, a role for who holds it, a
// campaign for its candidate, "the company" or "the city" for an organization or place.
import { isPollShare } from './poll-shares.js';
import type { Entity } from './types.js';
import { isCountry } from './gazetteer.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { type Antecedents, ROLE_WINDOW } from './antecedents.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { organizationPartEnd } from './organization-parts.js';
import { nationalityNoun, ownNameIn, portraysPerson } from './speaker-phrases.js';
import { PAIRED_BODIES, pairKind } from './it-and-they-speakers.js';
import { groupIntroducedBefore } from './group-descriptions.js';
import { describesPersonByRole, roleHolder } from './person-descriptions.js';
import { candidateOf, speaksForPerson } from './campaign-speakers.js';
import { organizationOrPlace } from './organization-descriptions.js';
import { bodyNamedBefore } from './named-body-descriptions.js';
import { administrationNamedBefore } from './administration-descriptions.js';
import { describesOrganization } from './description-heads.js';
import { isCopula, isKnownPlace, isPreposition, isVerbForm, ARTICLE_ALTERNATIVES } from './lexicon.js';
import { namesAgent, namesEpithet, namesTradeFrom, tradeHolder } from './trade-speakers.js';
import { roleOf } from './roles.js';
import { KIN } from './entities/person-vocabulary.js';
import { namesPersons } from './phrase-heads.js';
import { kinNamedBefore } from './kin-speakers.js';
import { counselForSide } from './hearing-speech.js';
import { COURTESY_TITLES, GENDER, genderOfHead, ISSUED_DOCUMENTS, lastWord } from './speaker-words.js';
import type { Resolution, SpeakerRead, SpeechHistory } from './speech-history.js';
import { unnamedGoesOn } from './unnamed-speakers.js';
import { PLAIN_PERSON, plainPersonIntroduced } from './plain-person-speakers.js';

/** A document by the one who issued it: "the statement", "the report". */
const DOCUMENT_ISSUED = new RegExp(`^the (${ISSUED_DOCUMENTS.join('|')})$`, 'u');
/** A courtesy title before a name: "Mr.", "Ms". */
const COURTESY = new RegExp(`^(?:${COURTESY_TITLES})\\.?$`, 'u');
// Documents speak for whoever made them: "the IMF report stated", "Ivana Trump's brief said".
const DOCUMENT_WORDS =
  /\b(report|reports|study|survey|poll|brief|filing|complaint|lawsuit|letter|memo|statement|database|analysis|audit|review|ad|article|editorial|paper|release|transcript|website|tweet|data|estimates?|forecast|findings|account|memoir)\b/iu;
// ... and these in lower case only ("a post", not "The Washington Post").
const LOWER_DOCUMENT_WORDS = /\b(post|posts|email|emails|message|video|column|essay|petition)\b/u;

/** "Europe's biggest bank", "the world's largest miner", "Japan's No. 2 carmaker". */
const RANKED_IN_PLACE = /^(?:the )?([\p{L}.-]+)['’]s (?:\p{L}+est|no\. \d+|second|third|top|leading)(?: [\p{L}-]+)? [\p{L}-]+$/iu;
const rankedInPlace = (phrase: string): boolean => {
  const owner = RANKED_IN_PLACE.exec(phrase)?.[1];
  return !!owner && (/^(world|country|nation|region|continent|state)$/iu.test(owner) || isKnownPlace(owner) || isCountry(owner));
};

/** "The mayor's office", "the governor's press office": the office of a role's holder. */
const ROLE_OFFICE = /^([Tt]he (?:[\p{L}-]+ )?([\p{L}-]+))['’]s (?:press )?office$/u;

/** A campaign owned by a person described: "the Democratic nominee's campaign", "her rival's team". */
const DESCRIBED_OWNER = /^((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)(?: [\p{L}-]+){1,2})['’]s (?:campaign|camp|team)$/u;

/** "A farmer from Saxony, who gave only his first name, Thomas, said": the name the person gave. */
const GIVEN_NAME =
  /^(?:\s+(?:from|in|of|at|near)\s+[^,.;:“”"]{1,40})?,\s+who\s+(?:gave|would give|would only give|gave only|declined to give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:,|\s+as)\s+(\p{Lu}\p{Ll}+)(?=[,.])/u;

/** ", who cannot be named,", ", who asked not to be named,", ", who was not named,". */
const KEPT_UNNAMED =
  /^\s*,\s+who\s+(?:cannot|can['’]t|could not|asked not to|did not want to|does not want to|declined to|was not|is not|has not been|have not been)\s+(?:be\s+)?(?:named|identified)\b/u;

/** Two persons described together: "a father and son", "the mother and her daughter". */
const JOINT_DESCRIPTION = new RegExp(String.raw`^(?:${ARTICLE_ALTERNATIVES}) (\p{L}+) and (?:his |her |their )?(\p{L}+)$`, 'u');

/** What resolving a description reads: besides the speaker's, its words lowered and the document word
 *  it holds. */
interface DescriptionRead extends SpeakerRead {
  phrase: string;
  document: RegExpExecArray | null;
}

export function descriptionSpeaker(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): Resolution {
  const d: DescriptionRead = {
    a,
    history,
    q,
    surface,
    before,
    phrase: surface.text.toLowerCase(),
    document: DOCUMENT_WORDS.exec(surface.text) ?? LOWER_DOCUMENT_WORDS.exec(surface.text),
  };
  return (
    setApart(d) ??
    documentAuthor(d) ??
    pairDescribed(d) ??
    oneOfTwo(d) ??
    issuedDocumentSpeaker(d) ??
    personPortrayed(d) ??
    plainPerson(d) ??
    kinOrGroup(d) ??
    roleSpeaker(d) ??
    bodyDescribed(d)
  );
}

/** One the description sets apart from whoever was named before: the name the person gave, one kept
 *  unnamed, counsel for a side, a new asker, a share of those polled. */
function setApart({ a: { text, names }, q, surface, phrase }: DescriptionRead): Resolution | null {
  const given = GIVEN_NAME.exec(text.slice(surface.end, surface.end + 120))?.[1];
  if (given) return { entity: null, name: given };
  // "The pensioner, who cannot be named, said": one the story keeps unnamed is no one it names.
  if (KEPT_UNNAMED.test(text.slice(surface.end, surface.end + 60))) return { entity: null, name: surface.text };
  // "The defence barrister said" after "Defending, Simon Farrant KC": counsel for that side, not the one last called "the barrister".
  const counsel = counselForSide(text, names, phrase, surface.start);
  if (counsel) return { entity: counsel, name: null };
  // "When asked by a reporter whether …": the one who asked, brought in by an indefinite article, is
  // someone new, not the person the story is about.
  if (/^(a|an|one)\s/u.test(phrase) && q.cue && /^asked$/iu.test(q.cue.text) && q.cue.end <= surface.start) return { entity: null, name: surface.text };
  // "Ann Lee met a lawyer who argued …": one brought in by an indefinite article as the object of a
  // verb or a preposition is someone new, not the person in view ("Ann Lee is a lawyer who …" is she).
  if (objectIntroduced(text, surface.start, phrase)) return { entity: null, name: surface.text };
  // "the 30 percent who say …" after "50 percent said …": each share of those polled is its own.
  if (isPollShare(surface.text)) return { entity: null, name: surface.text };
  return null;
}

/** Whether the description of a person at `start` opens with "a" or "an" right after a verb in lower case or a
 *  preposition ("met a lawyer", "with an aide"), no copula ("is a lawyer"). */
function objectIntroduced(text: string, start: number, phrase: string): boolean {
  // (A document keeps its author: "an analysis by Lee Epstein", "a post by Ann Holt".)
  const head = lastWord({ text: phrase });
  if (!/^(a|an)\s/u.test(phrase) || !(roleOf(head) || namesPersons(head))) return false;
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  return (isVerbForm(before) || isPreposition(before)) && !isCopula(before);
}

/** A document speaks for the person or organization named in it before the document word ("CBS News
 *  poll released last week" → CBS News), or for its issuer named after it ("A statement from Hochul's
 *  office said", "a report by the agency's auditors"). */
function documentAuthor({ a: { text, names, nearest }, surface, document }: DescriptionRead): Resolution | null {
  if (!document) return null;
  const author = nearest(surface.start + document.index, (e) => e.type !== 'LOCATION');
  if (author && author.start >= surface.start) return { entity: author.e, name: null };
  const issuer = /^\s+(?:from|by)\s+(?:the\s+)?/iu.exec(text.slice(surface.end, surface.end + 20));
  const issuerName = issuer ? names[firstStartingAtOrAfter(names, surface.end + issuer[0].length)] : undefined;
  if (!issuerName) return null;
  const after = surface.end + issuer![0].length;
  if (issuerName.start < after || !titlesOnly(text.slice(after, issuerName.start)) || issuerName.e.type === 'LOCATION') return null;
  // "A report by the U.N. panel of experts": the part of the organization issued it.
  const part = issuerName.e.type === 'ORGANIZATION' ? organizationPartEnd(text, issuerName.end) : null;
  return part ? { entity: null, name: text.slice(issuerName.start, part) } : { entity: issuerName.e, name: null };
}

/** Whether the words between a document's "from" or "by" and its issuer's name are titles at most:
 *  "A letter from Mayor Ann Holt", "a memo by Sen. Jo Park". */
function titlesOnly(titled: string): boolean {
  return (
    !titled ||
    (/^(?:\p{Lu}[\p{L}-]*\.?\s+){1,2}$/u.test(titled) &&
      titled
        .trim()
        .split(/\s+/u)
        .every((w) => COURTESY.test(w) || !!roleOf(w.toLowerCase())))
  );
}

/** Whether "a X and Y" describes two persons: two roles, one a kin word or the second owned ("a father
 *  and son", "the mayor and her deputy"); two trades with no owner are one person's ("said Tom Reed, a
 *  pollster and strategist on the campaign"). */
const twoDescribed = (phrase: string, first: string, second: string) =>
  !!roleOf(first) && !!roleOf(second) && (KIN.has(first) || KIN.has(second) || / and (?:his|her|their) /u.test(phrase));

/** Two described together: the pair the story introduced so ("A FATHER and son who run a farm say"),
 *  "the two" for the pair named last, two bodies named together ("The companies said") or two named in
 *  one role ("The senators said" after "Mr Grassley and Mr Leahy said …"). */
function pairDescribed({ a, surface, phrase }: DescriptionRead): Resolution | null {
  const { text } = a;
  const joint = JOINT_DESCRIPTION.exec(phrase);
  const introduced = joint && twoDescribed(phrase, joint[1]!, joint[2]!) ? a.pairIntroducedAround(surface.start, surface.end) : null;
  if (introduced) return { entity: introduced[0], name: `${introduced[0].name} and ${introduced[1].name}` };
  const pair = pairKind(phrase, /\bthe\s+$/iu.test(text.slice(Math.max(0, surface.start - 4), surface.start)));
  if (pair) return a.lastPair(surface.start, pair, pair === 'PERSON' ? roleOf(lastWord(surface).replace(/s$/u, '')) : null);
  // "Pellworth Energy and Norland Gas agreed to combine. The companies said": the two bodies named together.
  const bodies = PAIRED_BODIES.test(/^the (\p{L}+)$/u.exec(phrase)?.[1] ?? '') ? a.joinedBodies(surface.start) : null;
  if (bodies) return { entity: bodies[0], name: `${bodies[0].name} and ${bodies[1].name}` };
  const plural = /^the (\p{Ll}+)s$/u.exec(phrase);
  const role = plural ? roleOf(plural[1]!) : null;
  const inRole = role ? a.pairInRole(surface.start, role, `${plural![1]}s`) : null;
  if (inRole) return { entity: inRole[0], name: inRole.map((e) => e.name).join(' and ') };
  return null;
}

/** One of two persons: "the former" (of the two named last, the one named first) or "the latter", or
 *  the other side of a contest from the person "her" is ("Her rival disputed the figure"). */
function oneOfTwo({ a, surface, before, phrase }: DescriptionRead): Resolution | null {
  const order = /^the (former|latter)$/u.exec(phrase);
  if (order) return { entity: a.lastTwo(surface.start)?.[order[1] === 'former' ? 0 : 1] ?? null, name: null };
  const rival = /^(his|her) (rival|opponent|challenger)$/u.exec(phrase);
  if (!rival) return null;
  const own = a.salience.person(before, GENDER.get(rival[1]!)!);
  const other = own && a.salience.best(before, (e: Entity) => (e.type === 'PERSON' && e !== own ? 1 : 0), ROLE_WINDOW);
  return { entity: other ?? null, name: null };
}

/** "the statement", "the report": who issued it speaks, named as its issuer before ("according to a
 *  statement released by Iran's foreign ministry … the statement added") or speaking in it ("… said in
 *  a statement. “…,” the statement said", "In a report, it called for … The report found …"). */
function issuedDocumentSpeaker({ a, history, q, surface, phrase }: DescriptionRead): Resolution | null {
  if (!DOCUMENT_ISSUED.test(phrase)) return null;
  return a.issuerNamedBefore(phrase.slice(4), surface.start) ?? history.issuerOf(phrase.slice(4), q.sentence);
}

/** A person portrayed by age, home or nationality ("the 29-year-old", "the Maine Republican", "the
 *  Spaniard"): the one the text gave that age or home, the unnamed person who just spoke ("A witness …
 *  said … “…,” the man said"), else the person of that kind in view or the one quoted last. */
function personPortrayed({ a, history, q, surface, before, phrase }: DescriptionRead): Resolution | null {
  const gender = genderOfHead(phrase);
  // "the Maine Republican" is nobody the text placed elsewhere ("Lisa Murkowski of Alaska").
  const fromThere = a.homes.mayComeFrom(surface.text);
  const quoted = namedInQuote(a, q, surface);
  const person = (e: Entity) => e.type === 'PERSON' && (!gender || !e.gender || e.gender === gender) && fromThere(e) && !quoted.has(e);
  // ("the Yorkshireman", "the mum-of-two" portray a person as a nationality does.)
  const portrayed = nationalityNoun(phrase) || portraysPerson(surface.text);
  const told = portrayed ? (a.aged.personAged(phrase, person) ?? a.homes.personFrom(surface.text, person)) : null;
  if (told) return { entity: told, name: null };
  if ((portrayed || PLAIN_PERSON.test(phrase)) && unnamedGoesOn(a, history, q, before, gender)) return { entity: null, name: history.last!.name };
  if (!portrayed) return null;
  // (With nobody of that kind in view, the one quoted last, just before, whom news goes on to describe so.)
  const lastPerson = history.last?.entity && person(history.last.entity) && history.isRecent(q) ? history.last.entity : null;
  return { entity: a.agedPerson(phrase, before, person) ?? lastPerson, name: null };
}

/** "One man in the crowd interrupted her: “…,” the man shouted": the person an indefinite description
 *  just brought in, not the one the story is about. */
function plainPerson({ a, surface, phrase }: DescriptionRead): Resolution | null {
  const introduced = plainPersonIntroduced(a, surface, phrase);
  return introduced ? { entity: null, name: introduced } : null;
}

/** The persons the quotation names, apart from the description: who it speaks of, not who speaks
 *  ("“Gus has batted beautifully,” the Yorkshireman said"). */
function namedInQuote({ names }: Antecedents, q: QuoteDraft, surface: SpeakerSurface): Set<Entity> {
  const quoted = new Set<Entity>();
  for (let i = firstStartingAtOrAfter(names, q.start); i < names.length && names[i]!.end <= q.end; i++) {
    if (names[i]!.end <= surface.start || names[i]!.start >= surface.end) quoted.add(names[i]!.e);
  }
  return quoted;
}

/** The kin the text named ("His son said" after "his son Luke, 22,") or the group it introduced so
 *  ("Researchers at the University of Leeds … The researchers said"). */
function kinOrGroup({ a, surface, phrase }: DescriptionRead): Resolution | null {
  const kin = kinNamedBefore(a, phrase, surface.start);
  if (kin) return { entity: kin, name: null };
  const group = groupIntroducedBefore(a, phrase, surface.start);
  return group ? { entity: null, name: group } : null;
}

/** A person by role: its holder ("the senator"), the holder whose office speaks ("The mayor's office
 *  said", as "his office" for him), the one whose campaign speaks ("The senator's campaign said", "her
 *  rival's campaign"), or the candidate a campaign speaks for. */
function roleSpeaker(d: DescriptionRead): Resolution | null {
  const { a, history, q, surface, before, phrase, document } = d;
  if (describesPersonByRole(a, q, surface, phrase)) return roleHolder(a, history, q, surface, before, describedBefore(d));
  const holder = ROLE_OFFICE.exec(surface.text);
  if (holder && roleOf(holder[2]!)) {
    const role: SpeakerSurface = { ...surface, end: surface.start + holder[1]!.length, text: holder[1]!, entityId: null };
    return roleHolder(a, history, q, role, before, null);
  }
  const owner = DESCRIBED_OWNER.exec(surface.text)?.[1];
  const owned = owner ? descriptionSpeaker(a, history, q, { ...surface, end: surface.start + owner.length, text: owner, entityId: null }, before) : null;
  if (owned?.entity) return owned;
  return speaksForPerson(surface, !!document) ? candidateOf(a, history, q, surface, before) : null;
}

/** The speaker a "the <head>" description named in a recent quote ("Mexico's foreign ministry said …
 *  The ministry added"). */
function describedBefore({ history, q, surface, phrase }: DescriptionRead): string | null {
  return /^the /u.test(phrase) ? history.describedSpeaker(surface.text, q.sentence) : null;
}

/** A body or place: one named so before ("A House panel said" after "the House Oversight Committee"),
 *  the own name a description holds ("the Kettering cueist"), a speaker known only by a description
 *  named again by its head noun, else the organization or place a description stands for, or a person
 *  by a trade no list holds. */
function bodyDescribed(d: DescriptionRead): Resolution {
  const { a, history, q, surface, before, phrase, document } = d;
  const namedBody = bodyNamedBefore(a, surface);
  if (namedBody) return { entity: namedBody, name: null };
  const administration = administrationNamedBefore(a, surface);
  if (administration) return administration;
  // ("the Kettering cueist": a place or a body's name before a trade is where the person is from.)
  if (/^the /u.test(phrase) && ownNameIn(surface) && !namesTradeFrom(surface.text)) return { entity: null, name: surface.text.replace(/^the\s+/iu, '') };
  const described = describedBefore(d);
  if (described) return { entity: null, name: described };
  // "…, Europe's biggest bank said": a body ranked within a place is one the story names, as "the bank" is.
  // "Teachers will strike, their union said": a body of those just named is one the story names, as "the union" is.
  const theirs = /^(their|its) ([\p{L}-]+)$/u.exec(phrase);
  if (!(/^the /u.test(phrase) || rankedInPlace(surface.text) || (theirs && describesOrganization(theirs[2]!)))) return { entity: null, name: null };
  const body = organizationOrPlace(a, history, q, surface, before, !!document);
  // "Mitchell Starc said … “…,” the left-armer said": a person by a trade no list holds, or by an
  // epithet ("the retired neurosurgeon").
  return body.entity || body.name || document || !(namesAgent(phrase) || namesTradeFrom(surface.text) || namesEpithet(phrase))
    ? body
    : { entity: tradeHolder(a, history, q, surface), name: null };
}

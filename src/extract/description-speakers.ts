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
import { PAIRED_BODIES, pairKind } from './pronoun-speakers.js';
import { groupIntroducedBefore } from './group-descriptions.js';
import { candidateOf, describesPersonByRole, roleHolder, speaksForPerson } from './person-descriptions.js';
import { organizationOrPlace } from './organization-descriptions.js';
import { bodyNamedBefore } from './named-body-descriptions.js';
import { describesOrganization } from './description-heads.js';
import { isKnownPlace, ARTICLE_ALTERNATIVES } from './lexicon.js';
import { namesAgent, namesTradeFrom, tradeHolder } from './trade-speakers.js';
import { roleOf } from './roles.js';
import { kinNamedBefore } from './kin-speakers.js';
import { counselForSide } from './hearing-speech.js';
import { COURTESY_TITLES, GENDER, genderOfHead, ISSUED_DOCUMENTS, lastWord } from './speaker-words.js';
import { type Resolution, type SpeechHistory, unnamedGoesOn } from './speech-history.js';

/** A document by the one who issued it: "the statement", "the report". */
const DOCUMENT_ISSUED = new RegExp(`^the (${ISSUED_DOCUMENTS.join('|')})$`, 'u');
/** A courtesy title before a name: "Mr.", "Ms". */
const COURTESY = new RegExp(`^(?:${COURTESY_TITLES})\\.?$`, 'u');
/** A person described by no more than sex or age: "the man", "the woman", "the teenager". */
const PLAIN_PERSON = /^the (man|woman|boy|girl|teenager|person)$/u;
// Documents speak for whoever made them: "the IMF report stated", "Ivana Trump's brief said".
const DOCUMENT_WORDS =
  /\b(report|reports|study|survey|poll|brief|filing|complaint|lawsuit|letter|memo|statement|database|analysis|audit|review|ad|article|editorial|paper|release|transcript|website|tweet|data|estimates?|forecast|findings|account|memoir)\b/iu;

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

export function descriptionSpeaker(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): Resolution {
  const { text, names, nearest, lastPair, issuerNamedBefore, salience } = a;
  const given = GIVEN_NAME.exec(text.slice(surface.end, surface.end + 120))?.[1];
  if (given) return { entity: null, name: given };
  // "The pensioner, who cannot be named, said": one the story keeps unnamed is no one it names.
  if (KEPT_UNNAMED.test(text.slice(surface.end, surface.end + 60))) return { entity: null, name: surface.text };
  const phrase = surface.text.toLowerCase();
  // "The defence barrister said" after "Defending, Simon Farrant KC": counsel for that side, not the one last called "the barrister".
  const counsel = counselForSide(text, names, phrase, surface.start);
  if (counsel) return { entity: counsel, name: null };
  // "When asked by a reporter whether …": the one who asked, brought in by an indefinite article, is
  // someone new, not the person the story is about.
  if (/^(a|an|one)\s/u.test(phrase) && q.cue && /^asked$/iu.test(q.cue.text) && q.cue.end <= surface.start) return { entity: null, name: surface.text };
  // "the 30 percent who say …" after "50 percent said …": each share of those polled is its own.
  if (isPollShare(surface.text)) return { entity: null, name: surface.text };
  const described = /^the /u.test(phrase) ? history.describedSpeaker(surface.text, q.sentence) : null;
  // A document speaks for the person or organization named in it before the document word
  // ("CBS News poll released last week" → CBS News).
  const document = DOCUMENT_WORDS.exec(surface.text);
  const author = document && nearest(surface.start + document.index, (e) => e.type !== 'LOCATION');
  // "A statement from Hochul's office said", "a report by the agency's auditors": who issued it, after the word.
  const issuer = document ? /^\s+(?:from|by)\s+(?:the\s+)?/iu.exec(text.slice(surface.end, surface.end + 20)) : null;
  const issuerName = issuer ? names[firstStartingAtOrAfter(names, surface.end + issuer[0].length)] : undefined;
  const issuedDocument = DOCUMENT_ISSUED.test(phrase) ? issuerNamedBefore(phrase.slice(4), surface.start) : null;
  const documentIssuer = DOCUMENT_ISSUED.test(phrase) ? history.issuerOf(phrase.slice(4), q.sentence) : null;
  if (author && author.start >= surface.start) return { entity: author.e, name: null };
  // ("A letter from Mayor Ann Holt", "a memo by Sen. Jo Park": a title may stand before the issuer's name.)
  const titled = issuerName ? text.slice(surface.end + issuer![0].length, issuerName.start) : '';
  const titleOnly =
    !titled ||
    (/^(?:\p{Lu}[\p{L}-]*\.?\s+){1,2}$/u.test(titled) &&
      titled
        .trim()
        .split(/\s+/u)
        .every((w) => COURTESY.test(w) || !!roleOf(w.toLowerCase())));
  if (issuerName && issuerName.start >= surface.end + issuer![0].length && titleOnly && issuerName.e.type !== 'LOCATION') {
    // "A report by the U.N. panel of experts": the part of the organization issued it.
    const part = issuerName.e.type === 'ORGANIZATION' ? organizationPartEnd(text, issuerName.end) : null;
    return part ? { entity: null, name: text.slice(issuerName.start, part) } : { entity: issuerName.e, name: null };
  }
  // "A FATHER and son who run a farm say": the two the story introduces together, not one of them.
  const joint = JOINT_DESCRIPTION.exec(phrase);
  const introduced = joint && roleOf(joint[1]!) && roleOf(joint[2]!) ? a.pairIntroducedAround(surface.start, surface.end) : null;
  if (introduced) return { entity: introduced[0], name: `${introduced[0].name} and ${introduced[1].name}` };
  const pair = pairKind(phrase, /\bthe\s+$/iu.test(text.slice(Math.max(0, surface.start - 4), surface.start)));
  if (pair) return lastPair(surface.start, pair, pair === 'PERSON' ? roleOf(lastWord(surface).replace(/s$/u, '')) : null);
  // "Pellworth Energy and Norland Gas agreed to combine. The companies said": the two bodies named together.
  const bodies = PAIRED_BODIES.test(/^the (\p{L}+)$/u.exec(phrase)?.[1] ?? '') ? a.joinedBodies(surface.start) : null;
  if (bodies) return { entity: bodies[0], name: `${bodies[0].name} and ${bodies[1].name}` };
  // "The senators said" after "Mr Grassley and Mr Leahy said …": the two named together in that role.
  const plural = /^the (\p{Ll}+)s$/u.exec(phrase);
  const role = plural ? roleOf(plural[1]!) : null;
  const inRole = role ? a.pairInRole(surface.start, role, `${plural![1]}s`) : null;
  if (inRole) return { entity: inRole[0], name: inRole.map((e) => e.name).join(' and ') };
  // "The former said …": of the two persons named last, the one named first; "the latter", the other.
  const order = /^the (former|latter)$/u.exec(phrase);
  if (order) return { entity: a.lastTwo(surface.start)?.[order[1] === 'former' ? 0 : 1] ?? null, name: null };
  // "Her rival disputed the figure": the other side of a contest from the person "her" is.
  const rival = /^(his|her) (rival|opponent|challenger)$/u.exec(phrase);
  if (rival) {
    const own = salience.person(before, GENDER.get(rival[1]!)!);
    const other = own && salience.best(before, (e: Entity) => (e.type === 'PERSON' && e !== own ? 1 : 0), ROLE_WINDOW);
    return { entity: other ?? null, name: null };
  }
  // "according to a statement released by Iran's foreign ministry … the statement added": its issuer.
  if (issuedDocument) return issuedDocument;
  // "… said in a statement. “Our doors remain open,” the statement said.", "In a report, it called
  // for … The report found …": who issued it speaks.
  if (documentIssuer) return documentIssuer;
  const gender = genderOfHead(phrase);
  // "A witness … said … “…,” the 31-year-old said", "… the man said": the unnamed person who just spoke.
  // "the Maine Republican" is nobody the text placed elsewhere ("Lisa Murkowski of Alaska").
  const fromThere = a.homes.mayComeFrom(surface.text);
  // ("“Gus has batted beautifully,” the Yorkshireman said": one the quotation names is who it speaks of.)
  const quoted = new Set<Entity>();
  for (let i = firstStartingAtOrAfter(names, q.start); i < names.length && names[i]!.end <= q.end; i++) {
    if (names[i]!.end <= surface.start || names[i]!.start >= surface.end) quoted.add(names[i]!.e);
  }
  const person = (e: Entity) => e.type === 'PERSON' && (!gender || !e.gender || e.gender === gender) && fromThere(e) && !quoted.has(e);
  // "Daniel Okafor, 29, … “…,” the 29-year-old said", "Susan Collins (R-Maine) … the Maine Republican
  // said": the person the text gave that age or that home.
  // ("the Yorkshireman", "the mum-of-two" portray a person as a nationality does.)
  const portrayed = nationalityNoun(phrase) || portraysPerson(surface.text);
  const told = portrayed ? (a.aged.personAged(phrase, person) ?? a.homes.personFrom(surface.text, person)) : null;
  if (told) return { entity: told, name: null };
  if ((portrayed || PLAIN_PERSON.test(phrase)) && unnamedGoesOn(a, history, q, before, gender)) return { entity: null, name: history.last!.name };
  // "“It hurts,” the Spaniard said": a nationality (or an age) names the person the text is about.
  // (With nobody of that kind in view, the one quoted last, just before, whom news goes on to describe so.)
  const lastPerson = history.last?.entity && person(history.last.entity) && history.isRecent(q) ? history.last.entity : null;
  if (portrayed) return { entity: a.agedPerson(phrase, before, person) ?? lastPerson, name: null };
  // "His son said" after "his son Luke, 22,": the kin the text named.
  const kin = kinNamedBefore(a, phrase, surface.start);
  if (kin) return { entity: kin, name: null };
  // "Researchers at the University of Leeds … The researchers said": the group introduced so.
  const group = groupIntroducedBefore(a, phrase, surface.start);
  if (group) return { entity: null, name: group };
  if (describesPersonByRole(a, q, surface, phrase)) return roleHolder(a, history, q, surface, before, described);
  // "The mayor's office said": the office speaks for the holder of the role, as "his office" for him.
  const holder = ROLE_OFFICE.exec(surface.text);
  if (holder && roleOf(holder[2]!)) {
    const role: SpeakerSurface = { ...surface, end: surface.start + holder[1]!.length, text: holder[1]!, entityId: null };
    return roleHolder(a, history, q, role, before, null);
  }
  // "The senator's campaign said", "her rival's campaign": the campaign of whoever the possessor describes.
  const owner = DESCRIBED_OWNER.exec(surface.text)?.[1];
  const owned = owner ? descriptionSpeaker(a, history, q, { ...surface, end: surface.start + owner.length, text: owner, entityId: null }, before) : null;
  if (owned?.entity) return owned;
  if (speaksForPerson(surface, !!document)) return candidateOf(a, history, q, surface, before);
  // "A House panel said" after "the House Oversight Committee": the body named so before.
  const namedBody = bodyNamedBefore(a, surface);
  if (namedBody) return { entity: namedBody, name: null };
  // ("the Kettering cueist": a place or a body's name before a trade is where the person is from.)
  if (/^the /u.test(phrase) && ownNameIn(surface) && !namesTradeFrom(surface.text)) return { entity: null, name: surface.text.replace(/^the\s+/iu, '') };
  // "Mexico's foreign ministry said … The ministry added": a speaker known only by a description
  // is named again by its head noun.
  if (described) return { entity: null, name: described };
  // "…, Europe's biggest bank said": a body ranked within a place is one the story names, as "the bank" is.
  // "Teachers will strike, their union said": a body of those just named is one the story names, as "the union" is.
  const theirs = /^(their|its) ([\p{L}-]+)$/u.exec(phrase);
  if (/^the /u.test(phrase) || rankedInPlace(surface.text) || (theirs && describesOrganization(theirs[2]!))) {
    const body = organizationOrPlace(a, history, q, surface, before, !!document);
    // "Mitchell Starc said … “…,” the left-armer said": a person by a trade no list holds.
    return body.entity || body.name || document || !(namesAgent(phrase) || namesTradeFrom(surface.text))
      ? body
      : { entity: tradeHolder(a, history, q, surface), name: null };
  }
  return { entity: null, name: null };
}

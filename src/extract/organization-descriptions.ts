// Who a description of an organization or a place as a quote's speaker refers to: "the company",
// "the ministry", "the newspaper", "the city".
import type { Entity, Mention } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { DESCRIPTION_REACH } from './organization-antecedents.js';
import { firstOf, oncePerEntity } from './name-mentions.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { COMPANY_FORMS, COMPANY_HEADS } from './entities/organization-vocabulary.js';
import { NEWS_ORGANIZATIONS } from './entities/named-body-vocabulary.js';
import {
  describesOrganization,
  describesPlace,
  isBusinessWord,
  isCompanyWord,
  mayNameOrganization,
  namesPublicBody,
  organizationFor,
  otherKindByName,
  OUTLET_WORDS,
} from './description-heads.js';
import type { Resolution, SpeakerRead, SpeechHistory } from './speech-history.js';
import { PUBLIC_BODY } from './unnamed-bodies.js';
import { isDemonymWord } from './gazetteer.js';
import { namesIllness } from './thing-names.js';
import { isFiniteVerb, isFunctionWord, ARTICLE_ALTERNATIVES } from './lexicon.js';
import { isPartyName } from './role-fit.js';
import { endsInPlural } from './speaker-words.js';
import { OVERSEERS, oversees, overseenIn } from './overseers.js';

/** A news agency, paper or broadcaster: "Reuters", "the Evening News", "CNN". */
// (Journals of a science are outlets too: "the New England Journal of Medicine", "Annals of Oncology".)
const isOutlet = (e: Entity) =>
  NEWS_ORGANIZATIONS.has(e.name.toLowerCase()) ||
  /\b(news|times|post|journal|herald|tribune|gazette|daily|press|telegraph|tv|radio|magazine)$/iu.test(e.name) ||
  /\b(journal|annals|proceedings) of\b|^the lancet$/iu.test(e.name);

/** The last word before the spaces ending a text. (A match starts where a word does, so (?<![\p{L}-]) changes
 *  none: it spares the engine retrying each word from every one of its letters.) */
const WORD_BEFORE_SPACE = /(?<![\p{L}-])([\p{L}-]+)\s+$/u;

/** Whether the text calls the organization an outlet right before a mention: "told state broadcaster ERT". */
const calledOutlet = (text: string, e: Entity): boolean =>
  e.mentions.some((m) => OUTLET_WORDS.has(WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? ''));

/** Whether a mention of the organization is followed by an apposition naming a body of no business:
 *  "Clean Rivers Now, a campaign group,", "Shelter, the housing charity,". */
function describedAsNoBusiness(text: string, e: Entity): boolean {
  return (
    e.mentions.some(
      (m) =>
        NO_BUSINESS_APPOSITION.test(text.slice(m.end, m.end + 60)) ||
        // "the Unite union said", "the charity Shelter": a kind of body written next to the name
        // ("Boeing union members" are a business's workers).
        kindWrittenAfter(text.slice(m.end, m.end + 40)) ||
        NO_BUSINESS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
    ) || NO_BUSINESS_NAME.test(e.name)
  );
}
/** Words for a body of the state: "the agency", "the ministry", "the court". */
const STATE_BODY = /^(ministry|department|agency|court|commission|authority|administration|bureau|government)$/u;

/** A name ending in a kind of body of no business: "Hendon Riverside Residents' Association", "the Ramblers' Society". */
const NO_BUSINESS_NAME = /\b(?:Association|Society|Foundation|Charity|Coalition|Campaign|Council)$/u;
const NO_BUSINESS_KIND = 'union|charity|party|association|federation';
const NO_BUSINESS_AFTER = new RegExp(`^\\s+(?:${NO_BUSINESS_KIND})\\b[\\s,]*(\\p{L}*)`, 'u');
const kindWrittenAfter = (after: string): boolean => {
  const next = NO_BUSINESS_AFTER.exec(after)?.[1];
  return next !== undefined && (!next || isFunctionWord(next) || isFiniteVerb(next));
};
const NO_BUSINESS_BEFORE = new RegExp(`\\b(?:${NO_BUSINESS_KIND})\\s+$`, 'u');
const NO_BUSINESS_APPOSITION = new RegExp(
  String.raw`^,\s+(?:${ARTICLE_ALTERNATIVES})\s+(?:[\p{L}-]+\s+){0,2}(?:group|charity|union|association|campaign|coalition|alliance|movement|network|nonprofit|non-profit|think tank|party|federation|society|trust)\b`,
  'iu',
);

/** A place owning what follows: "the city's", "the state's", "the county's". */
const PLACE_OWNER = /^the (?:city|state|county|town|village|country|nation|province|region|borough|district|municipality)['’]s\s/u;
/** A public body's part or office: "office", "department", "agency". */
const PUBLIC_OFFICE = /^(office|department|ministry|agency|bureau|board|commission|authority|council|committee|administration|service)$/u;

/** The members a description says a body is of: "the residents' group", "the pilots’ union". */
const MEMBERS_OF = /^[Tt]he (\p{Ll}+s)['’] [\p{L}-]+$/u;

/** Whether the text shows the organization to be a business: by its name ("Barlow Bank", "Nordair
 *  Ltd"), or by the word just before a mention ("drugmaker Veranta", "company Veranta"). */
function describedAsBusiness(text: string, e: Entity): boolean {
  const words = e.name.toLowerCase().split(/\s+/u);
  const last = words.at(-1)!;
  if (words.some((w) => COMPANY_FORMS.has(w)) || COMPANY_HEADS.has(last)) return true;
  if (isBusinessWord(last) && !words.some((w) => PUBLIC_BANKS.has(w))) return true;
  return e.mentions.some((m) => {
    const before = WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    return !!before && isBusinessWord(before[1]!.toLowerCase());
  });
}
/** Banks of a state, which may oversee others: "the European Central Bank", "the Federal Reserve Bank". */
const PUBLIC_BANKS = new Set(['central', 'reserve', 'federal', 'national', 'world', 'development']);

/** "World Food Programme spokeswoman Leni Kinzli told a UN briefing … The agency said": the body
 *  the last speaker spoke for as its spokesperson, which the story goes on about. */
function bodyOfLastSpeaker(a: Antecedents, history: SpeechHistory, fits: (e: Entity) => boolean): Entity | null {
  const speaker = history.last?.surface;
  if (speaker?.kind !== 'NAME' || history.last?.entity?.type !== 'PERSON') return null;
  const body = a.nearest(speaker.start, (e) => e.type === 'ORGANIZATION');
  const title = body ? a.text.slice(body.m.end, speaker.start) : '';
  // ("Carrow Capital analyst Anna Lindqvist" speaks for herself, not for the firm she works at.)
  return body && fits(body.e) && SPOKESPERSON_BETWEEN.test(title) ? body.e : null;
}
/** Words for a public body of any kind, which may name one the text called by its own kind. */
const ANY_BODY = new Set(['agency', 'body', 'organisation', 'organization', 'authority', 'service']);

/** "The fire brigade said it had arrested a man … The agency said he had been burning grass": a body
 *  the story described without naming, which spoke in the sentence before, goes on speaking under
 *  a word for any body ("The pilots' union said … The ministry said" are two). */
function bodyDescribedJustBefore(history: SpeechHistory, q: QuoteDraft, head: string): string | null {
  if (!ANY_BODY.has(head)) return null;
  const { last, lastQuote } = history;
  const surface = last?.surface;
  if (!surface || last.entity || surface.kind !== 'NOMINAL' || !last.name || !lastQuote || lastQuote.sentence < q.sentence - 1) return null;
  const words = surface.text.toLowerCase().split(/\s+/u);
  return words[0] === 'the' && describesOrganization(words.at(-1)!) ? last.name : null;
}

/** One who speaks for a body, titled between its name and theirs: " spokeswoman ", "'s chief spokesman ". */
const SPOKESPERSON_BETWEEN = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?spokes(?:man|woman|person)\s+$/u;

/** The organization or place a definite description ("the company", "the city of Phoenix") names;
 *  `document` when the description is of a document ("the company's website"). */
export function organizationOrPlace(
  a: Antecedents,
  history: SpeechHistory,
  q: QuoteDraft,
  surface: SpeakerSurface,
  before: number,
  document: boolean,
): Resolution {
  const r = bodyReading(a, history, q, surface, before, document);
  const named = describedSince(r, bodyNamed(r));
  const known = named.entity || named.name ? named : (lastSpeakerByName(r) ?? named);
  const resolved = known.entity || known.name ? known : { entity: leadBody(r), name: known.name };
  return resolved.entity || !describesPlace(r.head) ? resolved : { entity: placeDescribed(r), name: resolved.name };
}

/** A body description read once: its words lowered, its head (the owner's, for a document), whether it
 *  owns a document, and the tests of a body it may be: any organization it describes (`org`), one of
 *  its head's kind (`kindFits`), or none a business word may name (`noBusiness`). */
interface BodyRead extends SpeakerRead {
  phrase: string;
  head: string;
  ownsDocument: boolean;
  noBusiness: (e: Entity) => boolean;
  org: (e: Entity) => boolean;
  kindFits: (e: Entity) => boolean;
}

/** Reads the description once for every step after: its head, and which bodies it may describe. */
function bodyReading(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number, document: boolean): BodyRead {
  const { text } = a;
  const phrase = surface.text.toLowerCase();
  // "the company's website": the description that owns a document speaks for it.
  const owner = document ? /^the ([\p{L}-]+)['’]s\s/u.exec(phrase) : null;
  // ("The local authority said" is a council, never the school it inspected or the society that objected.)
  const head = owner ? owner[1]! : phrase.endsWith('local authority') ? 'council' : phrase.split(' ').pop()!;
  // "told the Evening News … The transport operator said": a news outlet is only ever "the newspaper", "the network".
  // "Clean Rivers Now, a campaign group, said …": a body the text described as no business is no "company".
  const business = isBusinessWord(head);
  // ("Councillor Mark Deane, the Conservative, said … The company said": a party is no company either.)
  const noBusiness = (e: Entity) => business && (isPartyName(e.name) || describedAsNoBusiness(text, e));
  // "fined Barlow Bank … The regulator said": an overseer is no business it oversees.
  // ("Ofwat has fined Severn Trent … The regulator said": nor the body it fined.)
  const overseen = (e: Entity) => OVERSEERS.has(head) && (describedAsBusiness(text, e) || overseenIn(text, e));
  // "approved a drug made by Kelvane Therapeutics … The agency said": a body of the state is no business.
  const businessForState = (e: Entity) => STATE_BODY.test(head) && describedAsBusiness(text, e) && !namesPublicBody(e);
  // "A drug that slows Alzheimer's disease … The company said": an illness is no body of any kind.
  const described = oncePerEntity(
    (e: Entity) =>
      (OUTLET_WORDS.has(head) || !(isOutlet(e) || calledOutlet(text, e))) && !noBusiness(e) && !overseen(e) && !businessForState(e) && !namesIllness(text, e),
  );
  const org = (e: Entity) => e.type === 'ORGANIZATION' && described(e);
  const kindFits = (e: Entity) => organizationFor(head, e) && described(e);
  return { a, history, q, surface, before, phrase, head, ownsDocument: !!owner, noBusiness, org, kindFits };
}

/** The body named before that the description stands for, or its own words: the nearest named with
 *  its head, the overseer shown, a body of a people or one just described without a name, else the
 *  body "the <head>" named before or of its kind in view; none for a public body a place owns. */
function bodyNamed(r: BodyRead): Resolution {
  const { history, q, surface, phrase, head, ownsDocument } = r;
  const withHead = bodyWithHead(r);
  // "The French foreign ministry said": a public body of a people is a body of its own, no
  // organization of another kind named before ("the EU"), unless its name holds the same word.
  const ofPeople = PUBLIC_BODY.test(head) && surface.text.split(/\s+/u).slice(1, -1).some(isDemonymWord);
  const unnamed = !withHead && !ofPeople && describesOrganization(head) ? bodyDescribedJustBefore(history, q, head) : null;
  // "The Millbrook Chamber of Commerce complained. The city's finance office said": a public body a
  // place owns is the place's own, none named before but one with its head in its name.
  const placeOwned = !ownsDocument && PUBLIC_OFFICE.test(head) && PLACE_OWNER.test(phrase);
  const entity = withHead ?? overseerShown(r) ?? (ofPeople || unnamed || placeOwned ? null : earlierBody(r));
  return { entity, name: unnamed || (!entity && ofPeople ? surface.text : null) };
}

/** The nearest organization named with the description's head: in its name, written right before or
 *  after it ("The Islamic State group claimed … NATO condemned it. The group said", "Housing association
 *  Irwell Homes … a spokesperson for the association"), or of the members the description names ("The
 *  residents' group said" after the Hendon Riverside Residents' Association). */
function bodyWithHead({ a: { text, nearest }, surface, head, org }: BodyRead): Entity | undefined {
  const headBefore = (m: Mention) => {
    const at = m.start - head.length - 1;
    return at >= 0 && text.slice(at, m.start).toLowerCase() === `${head} ` && !/\p{L}/u.test(text[at - 1] ?? '');
  };
  const namedWithHead = (e: Entity) => e.mentions.some((m) => text.slice(m.end, m.end + head.length + 1).toLowerCase() === ` ${head}` || headBefore(m));
  const members = MEMBERS_OF.exec(surface.text)?.[1]?.toLowerCase();
  const ofMembers = (e: Entity) =>
    !!members &&
    e.name
      .toLowerCase()
      .split(/\s+/u)
      .some((w) => w.replace(/['’]$/u, '') === members);
  return nearest(
    surface.start,
    oncePerEntity((e) => org(e) && (e.name.toLowerCase().includes(head) || namedWithHead(e) || ofMembers(e))),
  )?.e;
}

/** "fined £40m by the Financial Conduct Authority … The regulator said": the body shown overseeing. */
function overseerShown({ a: { text, nearest }, surface, head, org }: BodyRead): Entity | undefined {
  return OVERSEERS.has(head) ? nearest(surface.start, (e) => org(e) && oversees(text, e))?.e : undefined;
}

/** The body "the <head>" named before, unless another that fits has been named since ("In a statement,
 *  the club thanked Carter … the club confirmed"), else for a word describing an organization the one
 *  opening the quote or the sentence before, the body the last speaker spoke for, or one of its kind. */
function earlierBody(r: BodyRead): Entity | null {
  const { a, history, q, surface, before, head, org, kindFits } = r;
  const again = /^[\p{L}-]+$/u.test(head) ? history.entityDescribedAs(head) : null;
  const since = again ? a.nearest(before, (e) => e !== again.entity && kindFits(e)) : undefined;
  if (again && (!since || since.m.start < again.at)) return again.entity;
  if (!describesOrganization(head)) return null;
  const opening = openingBody(r);
  return (
    (opening && org(opening) && kindFits(opening) ? opening : null) ??
    (history.isRecent(q) ? bodyOfLastSpeaker(a, history, kindFits) : null) ??
    a.kindBefore(surface.start, head, kindFits) ??
    null
  );
}

/** "Boeing Co fell 5 percent. The company said …": the company opening the sentence before; after
 *  what it said ("The Nordstrom family and a Mexican retailer will pay $24 a share, the company said"),
 *  the organization opening those words, whoever else they name. */
function openingBody({ a, q, surface, before }: BodyRead): Entity | null {
  return surface.start > q.start
    ? (a.organizationAt.get(q.start + /^(the\s+)?/iu.exec(q.text)![0].length) ?? a.openingOrganization(before))
    : a.openingOrganization(before);
}

/** "The energy ministry rejected the claims … the ministry said": a body described since the name
 *  found goes on, as its own words. */
function describedSince({ a, surface, head }: BodyRead, found: Resolution): Resolution {
  const body = a.bodyBefore(surface.start, head);
  if (body && (!found.entity || (a.nearest(surface.start, (e) => e === found.entity)?.m.start ?? -1) < body.start)) return { entity: null, name: body.text };
  return found;
}

/** "Zero Hedge asked … The website noted": the name that spoke last, untyped or typed a person with
 *  nothing to show it (no gender, no title), when a company word may name it. ("Maersk, the world's
 *  second-biggest container line, said … The Danish company said": a lone capitalised word no
 *  recogniser took is such a name; "Residents dismissed …", a group, is none.) */
function lastSpeakerByName({ a, history, q, head, noBusiness }: BodyRead): Resolution | null {
  const lastSurface = history.last?.surface;
  const lone = lastSurface?.kind === 'NOMINAL' && /^\p{Lu}[\p{L}-]+$/u.test(lastSurface.text) && !endsInPlural(lastSurface.text);
  const byName = lastSurface?.kind === 'NAME' || lone;
  const last = byName && history.isRecent(q) ? history.last : null;
  const fits =
    last &&
    isCompanyWord(head) &&
    mayNameOrganization(last.entity, a.titles.has(last.entity!)) &&
    !(last.entity && noBusiness(last.entity)) &&
    !(last.entity && otherKindByName(head, last.entity));
  return fits ? { entity: last.entity, name: last.name } : null;
}

/** "Teachers will strike, their union said. The National Education Union said …": a lead's
 *  description, with no organization named before it, is the one the story names next. */
function leadBody({ a, q, surface, head, org, kindFits }: BodyRead): Entity | null {
  if (q.sentence > 0 || !describesOrganization(head) || a.nearest(surface.start, org)) return null;
  return a.namedSoonAfter(q.end, (e) => org(e) && kindFits(e));
}

/** "The city of Phoenix is demanding": the place named after "of"; "The city said": the place named
 *  last, not far back. */
function placeDescribed({ a: { text, names, mentionsBefore }, surface }: BodyRead): Entity | null {
  const of = /^\s+of\s+/u.exec(text.slice(surface.end, surface.end + 6));
  const after = of ? surface.end + of[0].length : -1;
  const named = of ? names[firstStartingAtOrAfter(names, after)] : undefined;
  return (
    (named?.start === after && named.e.type === 'LOCATION' ? named.e : null) ??
    firstOf(
      mentionsBefore(surface.start, (e) => e.type === 'LOCATION', surface.start - DESCRIPTION_REACH),
      () => true,
    )?.e ??
    null
  );
}

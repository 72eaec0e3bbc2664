// Who a description of an organization or a place as a quote's speaker refers to: "the company",
// "the ministry", "the newspaper", "the city" (the body named before it stands for: bodies-named-before.ts;
// what the text shows an organization to be: organization-kinds.ts).
import type { Entity } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { DESCRIPTION_REACH } from './organization-antecedents.js';
import { firstOf, oncePerEntity } from './name-mentions.js';
import { firstStartingAtOrAfter } from './span-index.js';
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
  TEAM_HEADS,
} from './description-heads.js';
import type { Resolution, SpeakerRead, SpeechHistory } from './speech-history.js';
import { PUBLIC_BODY } from './unnamed-bodies.js';
import { isDemonymWord } from './gazetteer.js';
import { namesIllness } from './thing-names.js';
import { isPartyName } from './role-fit.js';
import { endsInPlural } from './speaker-words.js';
import { OVERSEERS, overseenIn } from './overseers.js';
import { calledOutlet, describedAsBusiness, describedAsNoBusiness, isOutlet } from './organization-kinds.js';
import { bodyDescribedJustBefore, bodyWithHead, earlierBody, overseerShown } from './bodies-named-before.js';

/** Words for a paper or a broadcaster, which only a news outlet is: "the newspaper", "the weekly". */
const PRESS_WORDS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'broadcaster']);

/** Words for a website, which only an outlet or a body named or called so is: "the site". */
const WEB_WORDS = new Set(['site', 'website']);
/** A name as websites have: "Marrow Wiki", "Velmora.com", "Orvik Online". */
const WEB_NAME = /wiki|\.(?:com|org|net)\b|\b(?:online|web)\b/iu;

/** Words for a body of the state: "the agency", "the ministry", "the court". */
const STATE_BODY = /^(ministry|department|agency|court|commission|authority|administration|bureau|government)$/u;

/** A place owning what follows: "the city's", "the state's", "the county's". */
const PLACE_OWNER = /^the (?:city|state|county|town|village|country|nation|province|region|borough|district|municipality)['’]s\s/u;
/** A public body's part or office: "office", "department", "agency". */
const PUBLIC_OFFICE = /^(office|department|ministry|agency|bureau|board|commission|authority|council|committee|administration|service)$/u;

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
export interface BodyRead extends SpeakerRead {
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
  // "The Velmora Gazette attacked the Ferry Owners Association … The newspaper said": a word for a
  // paper names only a news outlet, never the lobby, party or college named since.
  const press = PRESS_WORDS.has(head);
  // "Hackers hit the Church of Velmora's homepage … The site said": a word for a website names an
  // outlet or a body the text called a site, or one named as sites are ("Marrow Wiki", "Velmora.com").
  const web = WEB_WORDS.has(head);
  const kindFits = (e: Entity) =>
    organizationFor(head, e) && described(e) && (!(press || web) || isOutlet(e) || calledOutlet(text, e) || (web && WEB_NAME.test(e.name)));
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
  // ("The Danish youth team said" is a team of its own too, no ministry or league named before.)
  const ofPeople = (PUBLIC_BODY.test(head) || TEAM_HEADS.has(head)) && surface.text.split(/\s+/u).slice(1, -1).some(isDemonymWord);
  const unnamed = !withHead && !ofPeople && describesOrganization(head) ? bodyDescribedJustBefore(history, q, head) : null;
  // "The Millbrook Chamber of Commerce complained. The city's finance office said": a public body a
  // place owns is the place's own, none named before but one with its head in its name.
  const placeOwned = !ownsDocument && PUBLIC_OFFICE.test(head) && PLACE_OWNER.test(phrase);
  const entity = withHead ?? overseerShown(r) ?? (ofPeople || unnamed || placeOwned ? null : earlierBody(r));
  return { entity, name: unnamed || (!entity && ofPeople ? surface.text : null) };
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

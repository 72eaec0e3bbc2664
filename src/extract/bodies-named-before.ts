// The body named before that a description of an organization stands for (organization-descriptions.ts):
// one named with its head, the overseer shown, the one "the <head>" named, opening the sentence before,
// the one the last speaker spoke for, or one just described without a name.
import type { Entity, Mention } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { Antecedents } from './antecedents.js';
import { oncePerEntity } from './name-mentions.js';
import { describesOrganization } from './description-heads.js';
import type { SpeechHistory } from './speech-history.js';
import { OVERSEERS, oversees } from './overseers.js';
import type { BodyRead } from './organization-descriptions.js';

/** The nearest organization named with the description's head: in its name, written right before or
 *  after it ("The Islamic State group claimed … NATO condemned it. The group said", "Housing association
 *  Irwell Homes … a spokesperson for the association"), or of the members the description names ("The
 *  residents' group said" after the Hendon Riverside Residents' Association). */
export function bodyWithHead({ a: { text, nearest }, surface, head, org }: BodyRead): Entity | undefined {
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

/** The members a description says a body is of: "the residents' group", "the pilots’ union". */
const MEMBERS_OF = /^[Tt]he (\p{Ll}+s)['’] [\p{L}-]+$/u;

/** "fined £40m by the Financial Conduct Authority … The regulator said": the body shown overseeing. */
export function overseerShown({ a: { text, nearest }, surface, head, org }: BodyRead): Entity | undefined {
  return OVERSEERS.has(head) ? nearest(surface.start, (e) => org(e) && oversees(text, e))?.e : undefined;
}

/** The body "the <head>" named before, unless another that fits has been named since ("In a statement,
 *  the club thanked Carter … the club confirmed"), else for a word describing an organization the one
 *  opening the quote or the sentence before, the body the last speaker spoke for, or one of its kind. */
export function earlierBody(r: BodyRead): Entity | null {
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
/** One who speaks for a body, titled between its name and theirs: " spokeswoman ", "'s chief spokesman ". */
const SPOKESPERSON_BETWEEN = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?spokes(?:man|woman|person)\s+$/u;

/** Words for a public body of any kind, which may name one the text called by its own kind. */
const ANY_BODY = new Set(['agency', 'body', 'organisation', 'organization', 'authority', 'service']);

/** "The fire brigade said it had arrested a man … The agency said he had been burning grass": a body
 *  the story described without naming, which spoke in the sentence before, goes on speaking under
 *  a word for any body ("The pilots' union said … The ministry said" are two). */
export function bodyDescribedJustBefore(history: SpeechHistory, q: QuoteDraft, head: string): string | null {
  if (!ANY_BODY.has(head)) return null;
  const { last, lastQuote } = history;
  const surface = last?.surface;
  if (!surface || last.entity || surface.kind !== 'NOMINAL' || !last.name || !lastQuote || lastQuote.sentence < q.sentence - 1) return null;
  const words = surface.text.toLowerCase().split(/\s+/u);
  return words[0] === 'the' && describesOrganization(words.at(-1)!) ? last.name : null;
}

// Who "it" or "they" as a quote's speaker refers to: a body or a group opening a sentence since the
// last quote, the last speaker when it may be one, a pair named before ("the two leaders"), or the
// organization the sentences before hold.
import type { Entity, EntityType } from './types.js';
import type { Antecedents } from './antecedents.js';
import { PERSON_NOUNS } from './person-descriptions.js';
import { roleOf } from './roles.js';
import { organizationOrPlace } from './organization-descriptions.js';
import { lastEndingBy, spanAt } from './span-index.js';
import { loneOrganizationBefore } from './lone-organizations.js';
import { type OpeningPair, openingPair, pairInView } from './joined-subjects.js';
import { endsInPlural, ISSUED_DOCUMENTS } from './speaker-words.js';
import { narratedSinceLastQuote, type Resolution, type SpeakerRead, type SpeechHistory, type Turn } from './speech-history.js';
import { isTitleCasePlural } from './tokens.js';

/** "the two", "both men", "the two leaders": a pair named before. */
const THE_TWO = /^(?:the )?(?:two|both)(?: (?!and |or )[\p{L}-]+){0,2}?(?: (\p{L}+))?$/u;
const PAIRED_PEOPLE = /^(men|leaders|sides|officials)$/u;
export const PAIRED_BODIES = /^(companies|firms|banks|lenders|insurers|airlines|carmakers|groups|parties|clubs|teams|agencies|unions)$/u;
const PAIRED_PLACES = /^(countries|nations|governments|states|cities)$/u;

/** The kind of entity "the two" names: persons ("the two men", "both"), organizations ("the two
 *  companies") or places ("both countries"); null for no pair description. `definite`: "the" stands
 *  before the phrase, which then may be any role in the plural ("the two chief executives"). */
export function pairKind(phrase: string, definite = false): EntityType | null {
  // "“…,” the pair said" after two persons: "the pair", "the duo" and "the couple" are two persons.
  if (/^the (pair|duo|couple)$/u.test(phrase)) return 'PERSON';
  const noun = THE_TWO.exec(phrase)?.[1];
  if (noun === undefined) return THE_TWO.test(phrase) ? 'PERSON' : null;
  // ("The two chief executives", "both foreign ministers": any role in the plural.)
  // ("Two Scotland players" are two more, not the pair named before.)
  const people = PAIRED_PEOPLE.test(noun) || ((definite || /^(the two|both) /u.test(phrase)) && /s$/u.test(noun) && roleOf(noun) !== null);
  return people ? 'PERSON' : PAIRED_BODIES.test(noun) ? 'ORGANIZATION' : PAIRED_PLACES.test(noun) ? 'LOCATION' : null;
}
/** Documents "it" may stand for right after they were released. */
const RELEASED_DOCUMENT = `(?:${ISSUED_DOCUMENTS.join('|')})`;
// How many sentences back "it" finds the organization it stands for.
const IT_WINDOW = 1;

/** The last speaker while the quote is still recent: the first one "it" or "they" may go on with. */
function recentSpeaker({ history, q }: SpeakerRead): Turn | null {
  return history.last && history.isRecent(q) ? history.last : null;
}

/** "it": the organization its own sentence's words open with, a body opening a sentence after the
 *  last quote ("Lufthansa said … The pilots' union rejected the offer. It said …": nearer than the
 *  speaker), the last speaker if it can be an "it", else the organization the sentences before hold. */
export function itPronoun(p: SpeakerRead): Resolution {
  const { a, history, q, surface, before } = p;
  // "British payments startup Tallyhook has raised $85m, it said": after what it said, in the same
  // sentence, "it" is the organization that words' own subject names.
  const subject = surface.start >= q.end && surface.start < (a.layout.sentences[q.sentence]?.end ?? 0) ? a.organizationOpening(q.start) : null;
  if (subject) return { entity: subject, name: null };
  const last = recentSpeaker(p);
  const opening = last ? newOpeningBody(a, history, before) : null;
  if (opening) return opening;
  if (last && speaksAs(last, 'it')) return { entity: last.entity, name: last.name };
  return organizationBefore(p);
}

/** The organization "it" stands for with no speaker to go on with: the issuer of a document just
 *  released, a body described, the organization a sentence just before had for subject, or one that
 *  spoke lately or the sentence before names. */
function organizationBefore(p: SpeakerRead): Resolution {
  const { a, history, q, before } = p;
  // "Its chairman released a statement. “…,” it read.": the document, for who released it.
  const issuer = a.releasedBy(RELEASED_DOCUMENT, a.layout.sentences[lastEndingBy(a.layout.sentences, before)]?.start ?? before, before);
  if (issuer) return { entity: issuer.entity, name: null };
  const inClause = organizationBeforeConjunction(p);
  if (inClause) return { entity: inClause, name: null };
  // "The coalition … Recently, it issued": the organization a sentence just before had for subject.
  const organization = a.openingOrganization(before);
  // "The energy ministry rejected the claims. In a statement, it said": a body described, not named.
  const body = organization ? null : a.bodyOpening(before);
  if (body) return { entity: null, name: body.text };
  const entity =
    organization ??
    describedInstitution(p) ??
    a.openingCampaign(before) ??
    a.salience.best(before, (e) => (e.type === 'ORGANIZATION' ? 1 : 0), IT_WINDOW, true) ??
    a.openingPlace(before) ??
    // Else the organization that spoke lately, with a person quoted since ("… Tom Rask said … It added").
    history.organizationSpeakerBefore(q) ??
    // Else the one organization the sentence before names anywhere ("Shares in Norland Gas fell. It said …").
    loneOrganizationBefore(a, before, q.cue?.text);
  return { entity, name: null };
}

/** Conjunctions opening a clause whose subject "it" may go back to a body named before them. */
const CLAUSE_CONJUNCTION = /^(after|before|because|since|when|while|until|once|although|though|as)$/iu;

/** "Readers protested outside the Velmora Gazette after it endorsed Ann Holt": an "it" opening a clause
 *  after a conjunction, in the middle of its sentence, is the one organization the sentence named
 *  before it; null with none or with two (which one is meant is then not told by the words). */
function organizationBeforeConjunction({ a, surface }: SpeakerRead): Entity | null {
  const sentence = spanAt(a.layout.sentences, surface.start);
  const previous = /(\p{L}+)\s*$/u.exec(a.layout.text.slice(sentence?.start ?? surface.start, surface.start))?.[1] ?? '';
  if (!sentence || !CLAUSE_CONJUNCTION.test(previous)) return null;
  const named = new Set([...a.mentionsBefore(surface.start, (e) => e.type === 'ORGANIZATION', sentence.start)].map((n) => n.e));
  return named.size === 1 ? [...named][0]! : null;
}

/** The entity an institution described opening the sentence before stands for ("The ministry …"). */
function describedInstitution({ a, history, q, before }: SpeakerRead): Entity | null {
  const described = a.openingInstitution(before);
  return described ? organizationOrPlace(a, history, q, described, described.start, false).entity : null;
}

/** "they": two names opening a sentence after the last quote, a group opening a sentence since, the
 *  last speaker if joint or plural ("they say" after "Grassley and Leahy" or "officials"), a plural
 *  noun phrase just before, else a pair, an organization or a group that spoke before. */
export function theyPronoun(p: SpeakerRead): Resolution {
  const { a, history } = p;
  const last = recentSpeaker(p);
  const group = groupOutsideQuote(p);
  const ahead = group || last ? pairAhead(p, last, group) : null;
  if (ahead) return { entity: ahead.entity, name: ahead.name };
  if (group && (!last || group.sentence > (history.lastQuote?.sentence ?? -1))) return groupMeant(a, group);
  if (last && speaksAs(last, 'they')) return { entity: last.entity, name: last.name };
  // Else the plural noun phrase a clause just before opened with ("Environmentalists worry … they say").
  if (group) return { entity: null, name: group.text };
  return pairOrBodyBefore(p);
}

type Group = NonNullable<ReturnType<Antecedents['groupBefore']>>;

/** A group opening a sentence after the last quote, nearer than its speaker ("Residents have
 *  complained. They said …"); not one inside what was said ("Other factors may play a role, they wrote."). */
function groupOutsideQuote({ a, q, surface }: SpeakerRead): Group | null {
  const found = a.groupBefore(surface.start);
  return found && !(found.start >= q.start && found.start < q.end) ? found : null;
}

/** Two names opening a sentence after the last quote: nearer than its speaker, and than a group in a
 *  sentence before or in a clause after them ("Tom Pike and Ann Holt …, and critics have joined them").
 *  ("Regulators fined Velmora Bank and Korvena Shipping": the group opening their sentence is nearer.) */
function pairAhead({ a, history, before }: SpeakerRead, last: Turn | null, group: Group | null): OpeningPair | null {
  const pair = openingPair(a, before);
  if (!pair) return null;
  const { layout } = a;
  const groupSentence = group ? layout.sentences[group.sentence] : undefined;
  const pastGroup = (at: number) => !group || !groupSentence || at >= groupSentence.end || (at >= groupSentence.start && at < group.start);
  // ("Critics of the plan, like Tom Pike and Ann Holt, …": the two named are who "they" goes on with,
  // also when the group they are examples of spoke in their sentence: "…, said the vote was rigged.
  // They sent a letter. “…,” they wrote".)
  const examplesOfLast = !!pair.examples && !!last && examplesOfSpeaker(layout, history, last, pair.at);
  return (pair.at > (last ? (history.lastQuote?.end ?? -1) : -1) || examplesOfLast) && (pastGroup(pair.at) || pair.examples) ? pair : null;
}

/** What a group opening a sentence since the last quote stands for: the pair named before ("The two
 *  leaders also discussed … They said"), the organization a plural name is ("The Rapid Support Forces,
 *  which hold the city, denied …"), else the group's own words. */
function groupMeant(a: Antecedents, group: Group): Resolution {
  const kind = pairKind(group.text.toLowerCase());
  const meant: Resolution = kind
    ? a.lastPair(group.start, kind)
    : { entity: a.organizationAt.get(group.start + /^(the\s+)?/iu.exec(group.text)![0].length) ?? null, name: null };
  return { entity: meant.entity, name: meant.entity || meant.name ? meant.name : group.text };
}

/** "they" with no speaker or group to go on with: two persons or bodies joined by "and" opening the
 *  sentence before ("Jack and Sarah Hawkins, whose daughter …, have campaigned … “…,” they said"), the
 *  organization the sentence before opened with ("The Rapid Support Forces denied it. They said …"), a
 *  campaign opening it or the pronoun's own sentence, for its candidate ("Holt's campaign is tying the
 *  levy to Reed. They are saying …", "Holt's campaign contrasts her plan with what they call …"), or a
 *  group that spoke lately ("Campaigners said … “…,” said one of them. They called for …"). */
function pairOrBodyBefore({ a, history, q, before }: SpeakerRead): Resolution {
  const pair = openingPair(a, before);
  const entity = pair ? pair.entity : (a.openingOrganization(before) ?? a.openingCampaign(before));
  const name = pair ? pair.name : null;
  if (entity || name) return { entity, name };
  const plural = history.pluralSpeakerBefore(q);
  if (plural) return { entity: null, name: plural };
  // ("As Tom Pike and Dan Weld toured Ohio, they were greeted …": two persons joined anywhere just before.)
  const inView = pairInView(a, before);
  return inView ? { entity: inView.entity, name: inView.name } : { entity: null, name: null };
}

/** Whether the pair of examples at `at` stands after the last speaker's words in the last quote's own
 *  sentence: they are examples of the group that spoke ("Critics, like Tom Pike and Ann Holt, said"). */
function examplesOfSpeaker(layout: Antecedents['layout'], history: SpeechHistory, last: Turn, at: number): boolean {
  const sentence = layout.sentences[history.lastQuote?.sentence ?? -1];
  const spoke = last.surface;
  return !!sentence && !!spoke && spoke.start >= sentence.start && spoke.end <= at && at < sentence.end;
}

/** The organization, named or described, opening the sentence before `before` when that sentence
 *  came after the last quote. */
function newOpeningBody(a: Antecedents, history: SpeechHistory, before: number): { entity: Entity | null; name: string | null } | null {
  const previous = lastEndingBy(a.layout.sentences, before);
  if (!narratedSinceLastQuote(a.layout, history, previous)) return null;
  const entity = a.openingOrganization(before);
  if (entity) return { entity, name: null };
  const body = a.bodyOpening(before);
  return body ? { entity: null, name: body.text } : null;
}

/** Whether "it" or "they" can refer to the last speaker: an organization or a thing named by a
 *  noun phrase ("the ministry", "the Times"); for "they" also joint and plural speakers. */
function speaksAs(last: Turn, pronoun: string): boolean {
  if (last.entity && last.entity.type !== 'PERSON') return true;
  const phrase = last.surface?.kind === 'NOMINAL' ? last.surface.text : '';
  const plural = / and /u.test(last.name ?? '') || endsInPlural(phrase) || /^they$/iu.test(last.surface?.text ?? '');
  if (pronoun === 'they') return plural;
  // "the Times wrote … it added": for "it", a capitalised word ending in s is a name, not a plural.
  if (isTitleCasePlural(phrase) && !/ and /u.test(last.name ?? '')) return true;
  // "the Times wrote … it added": a name no entity stage took for a person can be an "it".
  const unknownName = last.surface?.kind === 'NAME' && !last.entity && !/\s/u.test(last.surface.text.trim()) && !!last.name;
  // "It urged … and warned …": an "it" the last quote already resolved goes on.
  const sameIt = /^it$/iu.test(last.surface?.text ?? '') && !!last.name;
  return (!!phrase && !plural && !PERSON_NOUNS.test(phrase.toLowerCase())) || unknownName || sameIt;
}

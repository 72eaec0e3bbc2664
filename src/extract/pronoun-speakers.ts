// Who "he", "she", "it", "they", "I" or "we" as a quote's speaker refers to.
import type { Entity, EntityType } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { PERSON_NOUNS } from './person-descriptions.js';
import { roleOf } from './roles.js';
import { organizationOrPlace } from './organization-descriptions.js';
import { lastEndingBy } from './span-index.js';
import { loneOrganizationBefore } from './lone-organizations.js';
import { openingPair } from './joined-subjects.js';
import { endsInPlural, GENDER, ISSUED_DOCUMENTS } from './speaker-words.js';
import {
  narratedSinceLastQuote,
  questionBefore,
  type Resolution,
  type SpeechHistory,
  subjectSinceLastQuote,
  type Turn,
  unnamedGoesOn,
} from './speech-history.js';

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

export function pronounSpeaker(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): Resolution {
  const {
    author,
    salience,
    openingSubject,
    previousSubject,
    nearest,
    groupBefore,
    lastPair,
    organizationAt,
    openingOrganization,
    openingCampaign,
    openingPlace,
    bodyOpening,
    openingInstitution,
    releasedBy,
    layout,
    unnamedSubjectBefore,
  } = a;
  const { last: lastSpeaker } = history;
  let entity: Entity | null = null;
  let name: string | null = null;
  const word = surface.text.toLowerCase() === 'them' ? 'they' : surface.text.toLowerCase();
  const gender = GENDER.get(word) ?? null;
  if (gender && unnamedGoesOn(a, history, q, before, gender)) {
    name = lastSpeaker!.name;
  } else if (gender) {
    const last: Entity | null | undefined = lastSpeaker?.entity;
    // ("Margaret, who gave only her first name" is no "he".)
    // "Jane Hunt asked Mr Read whether … “I rely on my team,” he said": the one asked answers, never the asker.
    const question = questionBefore(a, history, q);
    const toldOther = (e: Entity) => history.genders.otherThan(e.name, gender) || e === question?.asker;
    const fits = (e: Entity | null | undefined) => !!e && e.type === 'PERSON' && (!e.gender || e.gender === gender) && !toldOther(e);
    entity =
      openingSubject(before, fits) ??
      (question?.asked && fits(question.asked) ? question.asked : null) ??
      // "Ann Holt agreed with Smith. “…,” she wrote.": a person who became the subject after the last quote.
      subjectSinceLastQuote(a, history, q, surface, fits);
    // "The tenant, who asked not to be named, suffered … she said": someone described, not named.
    name = entity ? null : unnamedSubjectBefore(before, gender);
    if (!entity && !name)
      entity =
        salience.person(before, gender, toldOther) ??
        (fits(last) && history.isRecent(q) ? last : null) ??
        previousSubject(before, fits, word) ??
        nearest(before, fits)?.e ??
        // Given names tell gender only mostly ("Terry", "Jordan"): with nobody else to refer to,
        // the person the sentence before was about, unless a title told the gender ("Mr. Obama").
        previousSubject(before, (e) => e.type === 'PERSON' && (!e.gender || e.name.includes(' ')) && !toldOther(e), word);
  } else if (word === 'i' || word === 'we') {
    // "I told my colleagues …" in narration: the author of an op-ed or a letter.
    entity = author?.entity ?? null;
    name = author?.name ?? (word === 'i' ? 'I' : null);
  } else if (word === 'they' || word === 'it') {
    // "it added" after the Times, "they say" after "Grassley and Leahy" or "officials"; else the
    // organization the sentence before was about.
    const last = lastSpeaker && history.isRecent(q) ? lastSpeaker : null;
    // A group opening a sentence after the last quote is nearer than its speaker ("Residents
    // have complained. They said …").
    // (Not one inside what was said: "Other factors may play a role, they wrote.")
    const found = word === 'they' ? groupBefore(surface.start) : null;
    const group = found && !(found.start >= q.start && found.start < q.end) ? found : null;
    // "Residents objected. Tom Pike and Ann Holt wrote to the council. They said": two names opening a
    // sentence after the last quote are nearer than its speaker, and than a group in a sentence before
    // or in a clause after them ("Tom Pike and Ann Holt …, and critics have joined them").
    // ("Regulators fined Velmora Bank and Korvena Shipping": the group opening their sentence is nearer.)
    const pair = word === 'they' && (group || last) ? openingPair(a, before) : null;
    const groupSentence = group ? layout.sentences[group.sentence] : undefined;
    const pastGroup = (at: number) => !group || !groupSentence || at >= groupSentence.end || (at >= groupSentence.start && at < group.start);
    // ("Critics of the plan, like Tom Pike and Ann Holt, …": the two named are who "they" goes on with,
    // also when the group they are examples of spoke in their sentence: "…, said the vote was rigged.
    // They sent a letter. “…,” they wrote".)
    const examplesOfLast = !!pair?.examples && !!last && examplesOfSpeaker(layout, history, last, pair.at);
    const ahead = pair && (pair.at > (last ? (history.lastQuote?.end ?? -1) : -1) || examplesOfLast) && (pastGroup(pair.at) || pair.examples) ? pair : null;
    // "Lufthansa said … The pilots' union rejected the offer. It said …": a body opening a sentence
    // after the last quote is nearer than its speaker, as a group is for "they".
    const opening = word === 'it' && last ? newOpeningBody(a, history, before) : null;
    // "British payments startup Tallyhook has raised $85m, it said": after what it said, in the same
    // sentence, "it" is the organization that words' own subject names.
    const subject = word === 'it' && surface.start >= q.end && surface.start < (layout.sentences[q.sentence]?.end ?? 0) ? a.organizationOpening(q.start) : null;
    if (subject) {
      entity = subject;
    } else if (ahead) {
      ({ entity, name } = ahead);
    } else if (group && (!last || group.sentence > (history.lastQuote?.sentence ?? -1))) {
      // "The two leaders also discussed … They said": the pair, as for "the two" itself.
      const pair = pairKind(group.text.toLowerCase());
      if (pair) ({ entity, name } = lastPair(group.start, pair));
      // "The Rapid Support Forces, which hold the city, denied …": a plural that is a name is that organization.
      else entity = organizationAt.get(group.start + /^(the\s+)?/iu.exec(group.text)![0].length) ?? null;
      if (!entity && !name) name = group.text;
    } else if (opening) {
      ({ entity, name } = opening);
    } else if (last && speaksAs(last, word)) {
      entity = last.entity;
      name = last.name;
    } else if (word === 'it') {
      // Else the organization a sentence just before had for subject ("The coalition … Recently, it issued").
      // "The energy ministry rejected the claims. In a statement, it said": a body described, not named.
      // "Its chairman released a statement. “…,” it read.": the document, for who released it.
      const issuer = releasedBy(RELEASED_DOCUMENT, layout.sentences[lastEndingBy(layout.sentences, before)]?.start ?? before, before);
      const organization = openingOrganization(before);
      const body = organization ? null : bodyOpening(before);
      const described = openingInstitution(before);
      if (issuer) entity = issuer.entity;
      else if (body) name = body.text;
      else
        entity =
          organization ??
          (described && organizationOrPlace(a, history, q, described, described.start, false).entity) ??
          openingCampaign(before) ??
          salience.best(before, (e) => (e.type === 'ORGANIZATION' ? 1 : 0), IT_WINDOW, true) ??
          openingPlace(before) ??
          // Else the organization that spoke lately, with a person quoted since ("… Tom Rask said … It added").
          history.organizationSpeakerBefore(q) ??
          // Else the one organization the sentence before names anywhere ("Shares in Norland Gas fell. It said …").
          loneOrganizationBefore(a, before, q.cue?.text);
    } else if (group) {
      // Else the plural noun phrase a clause just before opened with ("Environmentalists worry … they say").
      name = group.text;
    } else {
      // Else two persons or bodies joined by "and" opening the sentence before ("Jack and Sarah Hawkins,
      // whose daughter …, have campaigned … “…,” they said"), the organization the sentence before opened
      // with ("The Rapid Support Forces denied it. They said …"), or a group that spoke lately
      // ("Campaigners said … “…,” said one of them. They called for …").
      const pair = word === 'they' ? openingPair(a, before) : null;
      if (pair) ({ entity, name } = pair);
      else entity = openingOrganization(before);
      if (!entity && !name && word === 'they') name = history.pluralSpeakerBefore(q);
    }
  }
  return { entity, name };
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
  if (/^\p{Lu}\p{Ll}+s$/u.test(phrase) && !/ and /u.test(last.name ?? '')) return true;
  // "the Times wrote … it added": a name no entity stage took for a person can be an "it".
  const unknownName = last.surface?.kind === 'NAME' && !last.entity && !/\s/u.test(last.surface.text.trim()) && !!last.name;
  // "It urged … and warned …": an "it" the last quote already resolved goes on.
  const sameIt = /^it$/iu.test(last.surface?.text ?? '') && !!last.name;
  return (!!phrase && !plural && !PERSON_NOUNS.test(phrase.toLowerCase())) || unknownName || sameIt;
}

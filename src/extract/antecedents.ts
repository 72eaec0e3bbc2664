// What a speaker's pronoun or description may refer back (or ahead) to: subjects of sentences, people
// given a role, pairs and groups, campaigns, the lead's person; and (organization-antecedents.ts)
// what a description of an organization or a document refers to.
import type { Entity, Layout } from './types.js';
import type { QuoteDraft } from './quotes.js';
import { partsOf } from './quote-draft.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, SpanSet, spanAt } from './span-index.js';
import { holdsRole, personParties } from './role-fit.js';
import { personApposed, personInViewFitting } from './described-subjects.js';
import { Salience } from './coref.js';
import { authorOf } from './author.js';
import { interviewIn } from './interview-answers.js';
import { pullQuotesIn } from './pull-quotes.js';
import { descriptionQualifiers } from './title-words.js';
import { holdsOffice, openingPossessorRole, openingRole, personTitles } from './person-titles.js';
import { type NameMentions, nameMentionsOf } from './name-mentions.js';
import { organizationAntecedents } from './organization-antecedents.js';
import { pairAntecedents } from './pair-antecedents.js';
import { subjectAntecedents } from './subject-antecedents.js';
import { isVerbForm } from './lexicon.js';
import { agedPersonsIn } from './aged-persons.js';
import { homePlacesIn } from './home-places.js';
import { nationTiesIn } from './nation-ties.js';
import { givenTradesIn } from './given-trades.js';

// How many sentences back a description of a person by role ("the senator") finds who had the role.
export const ROLE_WINDOW = 12;
/** A sentence opened by a person's age alone, then a verb: "The 29-year-old apologised". */
const AGE_OPENING = /^The (\d{1,3}-year-old) (\p{Ll}+)/u;
export type Antecedents = ReturnType<typeof antecedentsIn>;

export function antecedentsIn(layout: Layout, entities: Entity[], drafts: QuoteDraft[]) {
  const mentions = nameMentionsOf(layout, entities);
  const { text, names, nearest } = mentions;
  const { leadPerson, namedInNextParagraph, introducedLater } = introductionsIn(layout, names);
  const author = authorOf(layout, entities);
  const { titles, parties, given, hasRole, officeHolder } = rolesIn(text, entities, nearest);
  const { quoted, salience } = quotationsIn(layout, entities, text, drafts);
  const aged = agedPersonsIn(text, names);
  const agedPerson = agedPersonIn(aged, salience);
  const roleSubject = roleSubjectsIn(layout, salience, {
    hasRole,
    officeHolder,
    agedPerson,
    apposed: personApposed(text, names),
    inView: personInViewFitting(salience, titles, parties),
  });
  const subjects = subjectAntecedents(layout, mentions, quoted);
  const pairs = pairAntecedents(layout, mentions, hasRole);
  // Made as extended() makes records (see extended.ts): spread before more fields would give every
  // document's antecedents a hidden class of its own, slow to build and slow to read.
  return Object.assign({}, mentions, organizationAntecedents(layout, mentions), {
    layout,
    author,
    interview: interviewIn(layout, entities),
    pullQuotes: pullQuotesIn(layout, entities),
    titles,
    parties,
    hasRole,
    givenTrades: given.all,
    quoted,
    salience,
    leadPerson,
    namedInNextParagraph,
    introducedLater,
    officeHolder,
    previousSubject: subjects.previousSubject,
    openingSubject: subjects.openingSubject,
    roleSubject,
    aged,
    agedPerson,
    homes: homePlacesIn(text, names),
    nations: nationTiesIn(text, names, titles, nearest),
    unnamedSubjectBefore: subjects.unnamedSubjectBefore,
    groupBefore: subjects.groupBefore,
    openingCampaign: subjects.openingCampaign,
    lastTwo: pairs.lastTwo,
    lastPair: pairs.lastPair,
    pairIntroducedAround: pairs.pairIntroducedAround,
    pairInRole: pairs.pairInRole,
    joinedBodies: pairs.joinedBodies,
  });
}

/** Whom the headline and lead introduce: the lead's first person, the person a paragraph-opening
 *  description stands for, and whether a description names someone named only after it. */
function introductionsIn(layout: Layout, names: NameMentions['names']) {
  // "Arsenal boss admits …" over a story whose lead is "Mikel Arteta conceded …": with no one given
  // the headline's role, its description names the person the first sentence names first.
  const { lead } = layout;
  const leadPerson = (ok: (e: Entity) => boolean): Entity | null => {
    if (!lead) return null;
    const first = names[firstStartingAtOrAfter(names, lead.start)];
    return first && first.m.end <= lead.end && first.e.type === 'PERSON' && ok(first.e) ? first.e : null;
  };
  /** "Connecticut’s tax commissioner says … ⏎ Kevin Sullivan says …": a description opening its paragraph
   *  is the person the next paragraph opens by naming for the first time. */
  const namedInNextParagraph = (surface: SpeakerSurface, sentence: number, ok: (e: Entity) => boolean): Entity | null => {
    const [previous, here, next] = [sentence - 1, sentence, sentence + 1].map((i) => layout.sentences[i]);
    if (!here || !next || here.start !== surface.start || previous?.block === here.block || next.block === here.block) return null;
    const first = names[firstStartingAtOrAfter(names, next.start)];
    const opensNext = first && first.m.start === next.start && first.e.type === 'PERSON' && ok(first.e);
    return opensNext && first.e.mentions.find((m) => m.kind === 'NAME') === first.m ? first.e : null;
  };
  const firstPersonInBody = names.find(({ e, m }) => e.type === 'PERSON' && m.start >= (lead?.start ?? 0))?.m.start ?? Infinity;
  /** Whether a description names someone the story introduces after it: a headline's or a subtitle's
   *  ("Senator from Texas says …", no article, opening the line), or a lead's ("A former party chairman
   *  says …", or "The head of the union warned …" with no person named before it). */
  const introducedLater = (surface: SpeakerSurface, phrase: string, sentence: number): boolean =>
    sentence < 0 ||
    (sentence <= 1 &&
      ((/^\p{Lu}/u.test(surface.text) &&
        !/^(the|a|an|this|that|his|her|their|its|our|my|one)\b/iu.test(surface.text) &&
        // ("Pike's spokesman said" after Mayor Tom Pike: a possessor named before makes it no newcomer.)
        !/^\p{Lu}[\p{L}.-]*['’]s\s/u.test(surface.text) &&
        layout.sentences[sentence]?.start === surface.start) ||
        // After the lead, "a ministry spokesperson" is someone left unnamed.
        (/^an? /u.test(phrase) ? sentence === 0 : firstPersonInBody >= surface.start)));
  return { leadPerson, namedInNextParagraph, introducedLater };
}

/** The roles the text gives persons: titles, parties and trades, whether a person holds a role, and
 *  who holds the office a qualified description names. */
function rolesIn(text: string, entities: Entity[], nearest: NameMentions['nearest']) {
  const titles = personTitles(text, entities);
  const parties = personParties(text, entities);
  // "Flanker Tommy Reffell … the flanker said": a trade the text gave is a role as a listed one is.
  const given = givenTradesIn(text, entities);
  const hasRole = (role: string | null) => (e: Entity) => holdsRole(titles.get(e), role) || (!!role && !!given.trades.get(e)?.has(role));
  /** The nearest person before `pos` holding the office a qualified description names ("the IAEA chief"). */
  const officeHolder = (pos: number, role: string, description: string, fits: (e: Entity) => boolean): Entity | undefined => {
    const qualifiers = descriptionQualifiers(description);
    return qualifiers.length ? nearest(pos, (e) => fits(e) && holdsOffice(titles.get(e), role, qualifiers))?.e : undefined;
  };
  return { titles, parties, given, hasRole, officeHolder };
}

/** The quotations' spans, and the salience of persons in the narration around them and the reported
 *  speech. */
function quotationsIn(layout: Layout, entities: Entity[], text: string, drafts: QuoteDraft[]) {
  // "“A,” said Ann Holt. “B.”": the attribution between the pieces is no part of the quotation.
  const quotations = drafts.filter((q) => q.kind === 'DIRECT').flatMap((q) => partsOf(text, q));
  const quoted = new SpanSet(quotations);
  const salience = new Salience(
    layout,
    entities,
    quotations,
    drafts.filter((q) => q.kind !== 'DIRECT').flatMap((q) => partsOf(text, q)),
  );
  return { quoted, salience };
}

type AgedPerson = (description: string, pos: number, fits: (e: Entity) => boolean) => Entity | null;

/** How roleSubjectsIn finds the person a description opening a sentence stands for. */
interface RoleSubjectFinders {
  hasRole: (role: string | null) => (e: Entity) => boolean;
  officeHolder: (pos: number, role: string, description: string, fits: (e: Entity) => boolean) => Entity | undefined;
  agedPerson: AgedPerson;
  apposed: (end: number) => Entity | null;
  inView: (pos: number, description: string, role: string) => Entity | null;
}

/** "The 29-year-old" after "Daniel Okafor, 29,": the person of that age, else (as a nationality) the
 *  person most in view that the text gave no other age. */
function agedPersonIn(aged: ReturnType<typeof agedPersonsIn>, salience: Salience): AgedPerson {
  return (description, pos, fits) => {
    const ofAge = aged.mayBeAged(description);
    return aged.personAged(description, fits) ?? salience.best(pos, (e) => (fits(e) && ofAge(e) ? 1 : 0)) ?? null;
  };
}

/** The persons role descriptions opening sentences stand for, narrated into the salience ("The senator
 *  then dismissed the plan. She told reporters …", "The president's roots also came into play. In
 *  Honolulu, he told …": the owner is in view too); gives the one opening the sentence at a position. */
function roleSubjectsIn(
  layout: Layout,
  salience: Salience,
  { hasRole, officeHolder, agedPerson, apposed, inView }: RoleSubjectFinders,
): (pos: number, fits: (e: Entity) => boolean) => Entity | null {
  /** The person a role description opening a sentence stands for, with where it stands. */
  const personDescribed = (description: { start: number; end: number; text: string; role: string }) => {
    const span = { start: description.start, end: description.end };
    // ("The leader of the Harbour Trust, Tom Pike, warned …": the name set beside it, whatever else is in view.)
    const named = apposed(span.end);
    if (named) return named.type === 'PERSON' ? [{ entity: named, span }] : [];
    const entity =
      officeHolder(span.start, description.role, description.text, (e) => e.type === 'PERSON') ??
      salience.best(span.start, (e) => (hasRole(description.role)(e) ? 1 : 0), ROLE_WINDOW) ??
      inView(span.start, description.text, description.role);
    return entity ? [{ entity, span }] : [];
  };
  const roleSubjects = layout.sentences.flatMap((sentence) => {
    // "The 29-year-old apologised on Sunday. “…,” he wrote.": the person of that age.
    const age = AGE_OPENING.exec(sentence.text);
    const agedEntity = age && isVerbForm(age[2]!) ? agedPerson(age[1]!, sentence.start, (e) => e.type === 'PERSON') : null;
    if (agedEntity) return [{ entity: agedEntity, span: { start: sentence.start, end: sentence.start + 4 + age![1]!.length } }];
    const description = openingRole(sentence);
    if (!description) return [];
    return personDescribed(description);
  });
  const possessors = layout.sentences.flatMap((sentence) => {
    const description = openingPossessorRole(sentence);
    if (!description) return [];
    return personDescribed(description).map((reference) => ({ ...reference, owner: true }));
  });
  salience.narrate([...roleSubjects, ...possessors]);
  const roleSubjectAt = new Map(roleSubjects.map(({ entity, span }) => [span.start, entity]));
  /** The person a role description opening the sentence at `pos` stands for ("The chief disputed that."). */
  return (pos, fits) => {
    const sentence = spanAt(layout.sentences, pos);
    const found = sentence && roleSubjectAt.get(sentence.start + (sentence.text.length - sentence.text.trimStart().length));
    return found && fits(found) ? found : null;
  };
}

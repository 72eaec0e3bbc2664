// What a speaker's pronoun or description may refer back (or ahead) to: subjects of sentences, people
// given a role, pairs and groups, campaigns, the lead's person; and (organization-antecedents.ts)
// what a description of an organization or a document refers to.
import type { Entity, EntityType, Layout, TextSpan } from './types.js';
import type { QuoteDraft } from './quotes.js';
import { partsOf } from './quote-draft.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, lastEndingBy, SpanSet, spanAt } from './span-index.js';
import { pluralSubject } from './plural-subject.js';
import { holdsRole, personParties } from './role-fit.js';
import { namedAfterPossessor, Salience, SUBORDINATOR } from './coref.js';
import { authorOf } from './author.js';
import { descriptionQualifiers } from './title-words.js';
import { holdsOffice, openingRole, personTitles } from './person-titles.js';
import { nameMentionsOf } from './name-mentions.js';
import { organizationAntecedents } from './organization-antecedents.js';
import { extended } from './extended.js';
import { isAdverb, isFiniteVerb, isVerbForm } from './lexicon.js';
import { bystanderOpening } from './speaker-phrases.js';
import { agedPersonsIn } from './aged-persons.js';
import { homePlacesIn } from './home-places.js';
import { givenTradesIn } from './given-trades.js';

// How many sentences back a description of a person by role ("the senator") finds who had the role.
export const ROLE_WINDOW = 12;
/** A description opening a sentence, then the comma of an apposition: "The City coach, ", "Its founder, ". */
const APPOSITION_LEAD = /^(?:The|Its|His|Her|Their|\p{Lu}[\p{L}.-]*['’]s)\s[^,;:“”"()]{1,40},\s*$/u;
/** A sentence opened by a person's age alone, then a verb: "The 29-year-old apologised". */
const AGE_OPENING = /^The (\d{1,3}-year-old) (\p{Ll}+)/u;
/** A sentence's first word that fronts a phrase before its subject: "After the match,", "Asked …,", "Speaking …,". */
const FRONTING_WORD =
  /^(?:After|Before|When|While|As|Since|Once|Although|Though|If|In|On|At|During|Despite|Following|Unlike|With|Without|Under|For|Later|Earlier|Meanwhile|However|Still|Instead|Asked|\p{Lu}\p{Ll}+(?:ing|ed))$/u;
const PREPOSITION_BEFORE = /\b(with|of|to|by|from|for|about|against|on|at|in|and)\s*$/iu;

export type Antecedents = ReturnType<typeof antecedentsIn>;

export function antecedentsIn(layout: Layout, entities: Entity[], drafts: QuoteDraft[]) {
  const mentions = nameMentionsOf(layout, entities);
  const { text, names, mentionsBefore, nearest } = mentions;
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
        layout.sentences[sentence]?.start === surface.start) ||
        // After the lead, "a ministry spokesperson" is someone left unnamed.
        (/^an? /u.test(phrase) ? sentence === 0 : firstPersonInBody >= surface.start)));
  const author = authorOf(layout, entities);
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
  // "“A,” said Ann Holt. “B.”": the attribution between the pieces is no part of the quotation.
  const quotations = drafts.filter((q) => q.kind === 'DIRECT').flatMap((q) => partsOf(text, q));
  const quoted = new SpanSet(quotations);
  const salience = new Salience(
    layout,
    entities,
    quotations,
    drafts.filter((q) => q.kind !== 'DIRECT').flatMap((q) => partsOf(text, q)),
  );
  const aged = agedPersonsIn(text, names);
  /** "The 29-year-old" after "Daniel Okafor, 29,": the person of that age, else (as a nationality) the
   *  person most in view that the text gave no other age. */
  const agedPerson = (description: string, pos: number, fits: (e: Entity) => boolean): Entity | null => {
    const ofAge = aged.mayBeAged(description);
    return aged.personAged(description, fits) ?? salience.best(pos, (e) => (fits(e) && ofAge(e) ? 1 : 0)) ?? null;
  };
  // "The senator then dismissed the plan. She told reporters …": the person given that role.
  const roleSubjects = layout.sentences.flatMap((sentence) => {
    // "The 29-year-old apologised on Sunday. “…,” he wrote.": the person of that age.
    const age = AGE_OPENING.exec(sentence.text);
    const agedEntity = age && isVerbForm(age[2]!) ? agedPerson(age[1]!, sentence.start, (e) => e.type === 'PERSON') : null;
    if (agedEntity) return [{ entity: agedEntity, span: { start: sentence.start, end: sentence.start + 4 + age![1]!.length } }];
    const description = openingRole(sentence);
    if (!description) return [];
    const span = { start: description.start, end: description.end };
    const entity =
      officeHolder(span.start, description.role, description.text, (e) => e.type === 'PERSON') ??
      salience.best(span.start, (e) => (hasRole(description.role)(e) ? 1 : 0), ROLE_WINDOW);
    return entity ? [{ entity, span }] : [];
  });
  salience.narrate(roleSubjects);
  const roleSubjectAt = new Map(roleSubjects.map(({ entity, span }) => [span.start, entity]));
  /** The person a role description opening the sentence at `pos` stands for ("The chief disputed that."). */
  const roleSubject = (pos: number, fits: (e: Entity) => boolean): Entity | null => {
    const sentence = spanAt(layout.sentences, pos);
    const found = sentence && roleSubjectAt.get(sentence.start + (sentence.text.length - sentence.text.trimStart().length));
    return found && fits(found) ? found : null;
  };

  /** "The tenant, who asked not to be named, suffered … In a statement, she said": one person described,
   *  not named, opening the sentence before `pos`, with no person named since. */
  const unnamedSubjectBefore = (pos: number, gender: Entity['gender']): string | null => {
    const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
    const described = sentence && bystanderOpening(sentence, gender);
    return described && mentionsBefore(pos, (e) => e.type === 'PERSON', described.end).next().done ? described.text : null;
  };

  /** The first person named as a subject (not after a preposition) in the sentence before `pos`;
   *  past sentences that open with the same pronoun ("She began … She then …"), which refer back too. */
  const previousSubject = (pos: number, compatible: (e: Entity) => boolean, pronoun: string): Entity | null => {
    const last = lastEndingBy(layout.sentences, pos);
    for (let n = last; n >= 0 && n >= last - 3; n--) {
      const sentence = layout.sentences[n]!;
      const inSentence = [...mentionsBefore(sentence.end, compatible, sentence.start)].reverse();
      const subject = inSentence.find(({ m }) => !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 25), m.start)));
      if (subject) return subject.e;
      if (!pronoun || !new RegExp(`^${pronoun}\\b`, 'iu').test(sentence.text)) return null;
    }
    return null;
  };

  /** "Ban Ki-moon condemned what he called …": the person opening the pronoun's own sentence. */
  const openingSubject = (pos: number, fits: (e: Entity) => boolean): Entity | null => {
    const sentence = spanAt(layout.sentences, pos);
    if (!sentence) return null;
    const inOrder = [...mentionsBefore(pos, fits, sentence.start)].reverse();
    let first = inOrder[0];
    // "Holt’s NBC colleague Matt Lauer … after he asked": the person a possessor opens is the subject.
    const possessed = inOrder[1];
    if (first && /^['’]s\b/u.test(text.slice(first.m.end, first.m.end + 3))) {
      first =
        possessed && namedAfterPossessor(text.slice(first.m.end, possessed.m.start))
          ? extended(possessed, { m: extended(possessed.m, { start: first.m.start }) })
          : undefined;
    }
    const lead = first ? text.slice(sentence.start, first.m.start) : ',';
    // "The City coach, Marco Rossi, was …": a name in apposition to a description opening the sentence.
    if (first && APPOSITION_LEAD.test(lead) && /^\s*,/u.test(text.slice(first.m.end, first.m.end + 3))) return first.e;
    const leadWords = lead.split(/\s+/u).filter(Boolean);
    if (first && !/[,;:“”"]/u.test(lead) && leadWords.length <= 3 && !leadWords.some((w) => SUBORDINATOR.test(w))) return first.e;
    // "Asked about the title race, Alvarez smiled.": the subject after a phrase fronted by a comma.
    return inOrder.find(({ m }) => subjectAfterFrontedPhrase(text, sentence.start, m))?.e ?? null;
  };

  /** The plural noun phrase opening a clause of the pronoun's sentence before it, or of the two sentences before. */
  const groupBefore = (pos: number): (TextSpan & { sentence: number }) | null => {
    const here = lastEndingBy(layout.sentences, pos) + 1;
    for (let n = here; n >= 0 && n >= here - 2; n--) {
      const sentence = layout.sentences[n];
      const found = sentence && sentence.start < pos && pluralSubject(text, sentence.start, Math.min(pos, sentence.end));
      // "“Children are dying,” she said. They …": words quoted are nobody the narration refers to.
      if (found && !quoted.some(found, () => true)) return extended(found, { sentence: n });
    }
    return null;
  };

  /** "Trump's campaign is defending … It is denouncing …": a campaign opening the sentence before
   *  `pos` (or the one holding it), as the candidate it speaks for. */
  const openingCampaign = (pos: number): Entity | null => {
    const n = lastEndingBy(layout.sentences, pos);
    for (const sentence of [layout.sentences[n + 1], layout.sentences[n]]) {
      if (!sentence || sentence.start >= pos) continue;
      const m = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]+\s+)?(\p{Lu}[\p{L}.-]+)(?:['’]s)?\s+(?:presidential\s+)?campaign\b/u.exec(sentence.text);
      const person = m && nearest(sentence.start + m[0].length, (e) => e.type === 'PERSON' && e.name.split(' ').includes(m[1]!));
      if (person && person.m.start >= sentence.start) return person.e;
    }
    return null;
  };
  /** The two persons (or entities of `kind`) who last acted together before `pos`; a possessor
   *  ("Putin’s envoy") is not one of them. */
  const lastTwo = (pos: number, kind: EntityType = 'PERSON', from = 0, fits = (_e: Entity) => true): [Entity, Entity] | null => {
    const acting = new Set<Entity>();
    for (const { e, m } of mentionsBefore(pos, (e) => e.type === kind && fits(e), from)) {
      if (!/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) acting.add(e);
      if (acting.size === 2) break;
    }
    const [later, earlier] = [...acting];
    return earlier && later ? [earlier, later] : null;
  };
  /** The two persons last introduced together before `pos`, named side by side with "and"
   *  ("Edward Lamb, 68, and his son Thomas, 39,", "Labour's Priya Shah and the Conservative candidate, Mark Denholm,"). */
  const introducedPair = (pos: number): [Entity, Entity] | null => {
    let later: { e: Entity; m: TextSpan } | null = null;
    for (const earlier of mentionsBefore(pos, (e) => e.type === 'PERSON')) {
      if (later && earlier.e !== later.e && PAIR_JOINED.test(text.slice(earlier.m.end, later.m.start))) return [earlier.e, later.e];
      later = earlier;
    }
    return null;
  };
  /** "The senators said": the two persons last named together with "and" before `pos` when nobody
   *  else was named since and the story gave them the role `plural` is the plural of (each holds it,
   *  or the word stands in a sentence naming them together or the one before it). */
  const pairInRole = (pos: number, role: string, plural: string): [Entity, Entity] | null => {
    const seen = new Set<Entity>();
    let later: { e: Entity; m: TextSpan } | null = null;
    for (const earlier of mentionsBefore(pos, (e) => e.type === 'PERSON')) {
      seen.add(earlier.e);
      if (seen.size > 2) return null;
      if (later && earlier.e !== later.e && PAIR_JOINED.test(text.slice(earlier.m.end, later.m.start))) {
        const from = layout.sentences[lastEndingBy(layout.sentences, earlier.m.start)]?.start ?? 0;
        const titled = hasRole(role)(earlier.e) && hasRole(role)(later.e);
        const called = new RegExp(`\\b${plural}\\b`, 'iu').test(text.slice(from, later.m.end));
        if (titled || called) return [earlier.e, later.e];
      }
      later = earlier;
    }
    return null;
  };
  /** The two persons a description of a pair ("A FATHER and son …") stands for: introduced together
   *  before `start`, else in the three sentences after `end`. */
  const pairIntroducedAround = (start: number, end: number): [Entity, Entity] | null => {
    const before = introducedPair(start);
    if (before) return before;
    const limit = layout.sentences[lastEndingBy(layout.sentences, end) + 4]?.end ?? text.length;
    for (let i = firstStartingAtOrAfter(names, end); i + 1 < names.length && names[i + 1]!.start < limit; i++) {
      const [earlier, later] = [names[i]!, names[i + 1]!];
      if (earlier.e.type !== 'PERSON' || later.e.type !== 'PERSON' || earlier.e === later.e) continue;
      if (PAIR_JOINED.test(text.slice(earlier.end, later.start))) return [earlier.e, later.e];
    }
    return null;
  };
  /** "The two" (or "the former" and "the latter") before `pos`: the pair, the one named earlier first. */
  const lastPair = (pos: number, kind: EntityType = 'PERSON', role: string | null = null): { entity: Entity | null; name: string | null } => {
    // ("Both parties said" is no two bodies named paragraphs before: a pair is named in the sentence
    // or the two before it, unless the two hold the role it gives: "The two chief executives said".)
    // Only one of two persons introduced together named since ("Edward Lamb and his son Thomas …
    // The younger Mr Lamb said … The pair said") leaves those two; anyone else named there does not.
    const from = layout.sentences[Math.max(0, lastEndingBy(layout.sentences, pos) - 1)]?.start ?? 0;
    const introduced = kind === 'PERSON' ? introducedPair(pos) : null;
    const pair =
      (role ? lastTwo(pos, kind, 0, hasRole(role)) : null) ??
      lastTwo(pos, kind, from) ??
      (introduced && mentionsBefore(pos, (e) => e.type === 'PERSON' && !introduced.includes(e), from).next().done ? introduced : null);
    // "The two sides" after one person named are not that person.
    return pair ? { entity: pair[0], name: pair.map((e) => e.name).join(' and ') } : { entity: null, name: null };
  };
  // Made as extended() makes records (see extended.ts): spread before more fields would give every
  // document's antecedents a hidden class of its own, slow to build and slow to read.
  return Object.assign({}, mentions, organizationAntecedents(layout, mentions), {
    layout,
    author,
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
    previousSubject,
    openingSubject,
    roleSubject,
    aged,
    agedPerson,
    homes: homePlacesIn(text, names),
    unnamedSubjectBefore,
    groupBefore,
    openingCampaign,
    lastTwo,
    lastPair,
    pairIntroducedAround,
    pairInRole,
  });
}

/** What joins two persons introduced together: "and", after an age or a role set off by commas,
 *  before a few words describing the second ("his son", "the Conservative candidate,"). */
export const PAIR_JOINED = /^(?:,[^,.;:“”"()]{1,30},)?\s+and\s+(?:[^\s,.;:“”"()]+\s+){0,4}(?:[^\s,.;:“”"()]+,\s+)?$/u;

/** A name right after the comma closing a fronted phrase, then its finite verb: "After the match, Alvarez said". */
function subjectAfterFrontedPhrase(text: string, sentenceStart: number, m: TextSpan): boolean {
  const lead = text.slice(sentenceStart, m.start);
  if (!/,\s*$/u.test(lead) || /[;:“”"‘’()]/u.test(lead) || !FRONTING_WORD.test(/^\S+/u.exec(lead)?.[0] ?? '')) return false;
  const [next, then] = text.slice(m.end, m.end + 40).match(/[\p{L}’'-]+/gu) ?? [];
  return isFiniteVerb(next ?? '') || (isAdverb(next ?? '') && isFiniteVerb(then ?? ''));
}

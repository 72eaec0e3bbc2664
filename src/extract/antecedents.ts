// What a speaker's pronoun or description may refer back (or ahead) to: subjects of sentences, people
// given a role, pairs and groups, campaigns, bodies described without a name, the lead's person.
import type { Entity, Layout, TextSpan } from './types.js';
import type { QuoteDraft } from './quotes.js';
import { partsOf } from './quote-draft.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, lastEndingBy, SpanSet, spanAt } from './span-index.js';
import { pluralSubject } from './plural-subject.js';
import { holdsRole, isPartyName, personParties } from './role-fit.js';
import { namedAfterPossessor, Salience, SUBORDINATOR } from './coref.js';
import { authorOf } from './author.js';
import { namedAsPlace, namedAsWorkplace } from './affiliation.js';
import { type BodyDescription, openingBodies } from './unnamed-bodies.js';
import { describesOrganization, isCompanyWord } from './description-heads.js';
import { descriptionQualifiers, holdsOffice, openingDescription, personTitles } from './roles.js';
import { firstOf, nameMentionsOf } from './name-mentions.js';

// How many sentences back a description of a person by role ("the senator") finds who had the role.
export const ROLE_WINDOW = 12;
// How far back (characters) a description ("the agency", "the city") finds the organization or place it names.
export const DESCRIPTION_REACH = 1500;
/** A description opening a sentence, then the comma of an apposition: "The City coach, ", "Its founder, ". */
const APPOSITION_LEAD = /^(?:The|Its|His|Her|Their|\p{Lu}[\p{L}.-]*['’]s)\s[^,;:“”"()]{1,40},\s*$/u;
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
  /** Who the text said issued a document before `pos`: "a statement released by Iran's foreign
   *  ministry", "a report from the agency's auditors"; the organization or person named there, or the phrase. */
  const issuerNamedBefore = (document: string, pos: number): { entity: Entity | null; name: string | null } | null => {
    const from = Math.max(0, pos - DESCRIPTION_REACH);
    const issued = new RegExp(`\\b${document}\\s+(?:(?:released|issued|published|posted|sent|carried)\\s+(?:\\p{L}+\\s+){0,2})?(?:by|from)\\s+`, 'giu');
    let at = -1;
    for (const m of text.slice(from, pos).matchAll(issued)) at = from + m.index + m[0].length;
    if (at < 0) return null;
    const phrase = /^(?:the\s+)?[^,.;:()“”"]{2,60}?(?=\s+(?:on|in|at|that|which|said|says)\b|[,.;:()“”"]|$)/u.exec(text.slice(at, at + 80))?.[0];
    if (!phrase) return null;
    const named = names[firstStartingAtOrAfter(names, at)];
    const whole = named && named.m.start <= at + 4 && named.m.end >= at + phrase.length - 1 && named.e.type !== 'LOCATION';
    return whole ? { entity: named.e, name: null } : { entity: null, name: phrase.replace(/^the\s+/iu, '') };
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
  const hasRole = (role: string | null) => (e: Entity) => holdsRole(titles.get(e), role);
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
  // "The senator then dismissed the plan. She told reporters …": the person given that role.
  salience.narrate(
    layout.sentences.flatMap((sentence) => {
      const description = openingDescription(sentence.text);
      if (!description) return [];
      const span = { start: sentence.start, end: sentence.start + description.text.length };
      const entity =
        officeHolder(span.start, description.role, description.text, (e) => e.type === 'PERSON') ??
        salience.best(span.start, (e) => (hasRole(description.role)(e) ? 1 : 0), ROLE_WINDOW);
      return entity ? [{ entity, span }] : [];
    }),
  );

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
          ? { ...possessed, m: { ...possessed.m, start: first.m.start } }
          : undefined;
    }
    const lead = first ? text.slice(sentence.start, first.m.start) : ',';
    // "The City coach, Marco Rossi, was …": a name in apposition to a description opening the sentence.
    if (first && APPOSITION_LEAD.test(lead) && /^\s*,/u.test(text.slice(first.m.end, first.m.end + 3))) return first.e;
    const leadWords = lead.split(/\s+/u).filter(Boolean);
    return first && !/[,;:“”"]/u.test(lead) && leadWords.length <= 3 && !leadWords.some((w) => SUBORDINATOR.test(w)) ? first.e : null;
  };

  /** The plural noun phrase opening a clause of the pronoun's sentence before it, or of the two sentences before. */
  const groupBefore = (pos: number): (TextSpan & { sentence: number }) | null => {
    const here = lastEndingBy(layout.sentences, pos) + 1;
    for (let n = here; n >= 0 && n >= here - 2; n--) {
      const sentence = layout.sentences[n];
      const found = sentence && sentence.start < pos && pluralSubject(text, sentence.start, Math.min(pos, sentence.end));
      // "“Children are dying,” she said. They …": words quoted are nobody the narration refers to.
      if (found && !quoted.some(found, () => true)) return { ...found, sentence: n };
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
  /** The two persons who last acted together before `pos`; a possessor ("Putin’s envoy") is not one of them. */
  const lastTwo = (pos: number): [Entity, Entity] | null => {
    const acting = new Set<Entity>();
    for (const { e, m } of mentionsBefore(pos, (e) => e.type === 'PERSON')) {
      if (!/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) acting.add(e);
      if (acting.size === 2) break;
    }
    const [later, earlier] = [...acting];
    return earlier && later ? [earlier, later] : null;
  };
  /** "The two" (or "the former" and "the latter") before `pos`: the pair, the one named earlier first. */
  const lastPair = (pos: number): { entity: Entity | null; name: string | null } => {
    const pair = lastTwo(pos);
    // "The two sides" after one person named are not that person.
    return pair ? { entity: pair[0], name: pair.map((e) => e.name).join(' and ') } : { entity: null, name: null };
  };
  const personEndsAt = (pos: number) => nearest(pos, (e) => e.type === 'PERSON')?.m.end === pos;
  /** The organization "the agency" or "the company" (`head`) at `pos` goes back to, among those
   *  `fits`, not far back: one the story is about before one it quotes an analyst or a lawyer from
   *  ("an analyst at Peel Hunt"), which only a company word, with nothing else, goes back to; a name
   *  after "from" or "in" that may be a place ("a widow from Salford") never. */
  const kindBefore = (pos: number, head: string, fits: (e: Entity) => boolean): Entity | null => {
    const candidates = () => mentionsBefore(pos, fits, pos - DESCRIPTION_REACH);
    const mayBe = ({ e, start }: { e: Entity; start: number }) => e.type !== 'LOCATION' || !namedAsPlace(text, start);
    const company = isCompanyWord(head);
    const about = (n: { e: Entity; start: number }) => mayBe(n) && !namedAsWorkplace(text, n.start, personEndsAt, !company);
    return firstOf(candidates(), about)?.e ?? (company ? firstOf(candidates(), mayBe)?.e : null) ?? null;
  };
  /** The organization whose name stands inside the description ("The Acme Retail executive"); a party's does not count. */
  const organizationInside = (surface: SpeakerSurface): Entity | null => {
    for (let i = firstStartingAtOrAfter(names, surface.start); i < names.length && names[i]!.start < surface.end; i++) {
      const { e, end } = names[i]!;
      if (end <= surface.end && e.type === 'ORGANIZATION' && !isPartyName(e.name)) return e;
    }
    return null;
  };
  /** Whether a sentence before `pos` names both `person` and `organization` ("Arteta praised … in
   *  Arsenal's win"), the organization by its name whatever the entity stages made of it there. */
  const namedTogether = (person: Entity, organization: Entity, pos: number): boolean =>
    person.mentions.some((m) => {
      const sentence = m.kind === 'NAME' && m.end <= pos ? spanAt(layout.sentences, m.start) : undefined;
      if (!sentence) return false;
      for (let i = firstStartingAtOrAfter(names, sentence.start); i < names.length && names[i]!.end <= sentence.end; i++)
        if (names[i]!.e.name === organization.name) return true;
      return false;
    });
  const bodies = openingBodies(layout);
  /** "The department has opened clinics. It said …": a description of an organization opening
   *  the sentence before `pos`, as a speaker surface to resolve as "the department" would be. */
  const openingInstitution = (pos: number): SpeakerSurface | null => {
    const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
    const words = sentence?.text.slice(0, 80).split(' ', 5) ?? [];
    if (words[0] !== 'The') return null;
    // The head after up to two modifiers ("The state health department"), a lower-case verb after it.
    for (let h = 1; h <= 3 && /^\p{Ll}+$/u.test(words[h] ?? ''); h++) {
      if (!describesOrganization(words[h]!) || !/^\p{Ll}/u.test(words[h + 1] ?? '')) continue;
      const text = words.slice(0, h + 1).join(' ');
      return { start: sentence!.start, end: sentence!.start + text.length, text, kind: 'NOMINAL', entityId: null };
    }
    return null;
  };
  /** The body described, not named, opening the sentence before `pos` ("The energy ministry rejected …"). */
  const bodyOpening = (pos: number): BodyDescription | null => {
    const body = bodies[lastEndingBy(bodies, pos)];
    return body && body.sentence === lastEndingBy(layout.sentences, pos) ? body : null;
  };
  /** The last body described with this head before `pos`, not far back. */
  const bodyBefore = (pos: number, head: string): BodyDescription | null => {
    for (let i = lastEndingBy(bodies, pos); i >= 0 && bodies[i]!.end > pos - DESCRIPTION_REACH; i--) if (bodies[i]!.head === head) return bodies[i]!;
    return null;
  };
  return {
    ...mentions,
    layout,
    author,
    titles,
    parties,
    hasRole,
    quoted,
    salience,
    leadPerson,
    issuerNamedBefore,
    namedInNextParagraph,
    introducedLater,
    officeHolder,
    previousSubject,
    openingSubject,
    groupBefore,
    openingCampaign,
    lastTwo,
    lastPair,
    kindBefore,
    organizationInside,
    namedTogether,
    bodyOpening,
    openingInstitution,
    bodyBefore,
  };
}

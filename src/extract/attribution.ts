// Stage 4: attribution. Resolves each quote's speaker words to an entity: names directly, "he" /
// "she" to the last gender-compatible speaker or sentence subject, "the two" to the last two persons,
// "the ministry" to the last organization so named, and quote-only paragraphs to the speaker before.
import type { Entity, Layout, Mention, Speaker, TextSpan } from './types.js';
import { pluralSubject } from './plural-subject.js';
import type { QuoteDraft } from './quotes.js';
import { partsOf } from './quote-draft.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, lastEndingBy, SpanSet, spanAt } from './span-index.js';
import { personIntroducedBefore } from './continuation.js';
import { holdsRole, isPartyName, personParties, roleConflicts } from './role-fit.js';
import { chainHeads, namedAfterPossessor, Salience, SUBORDINATOR } from './coref.js';
import { demonyms } from './gazetteer.js';
import { authorOf } from './author.js';
import { namedAsPlace, namedAsWorkplace } from './affiliation.js';
import { type BodyDescription, openingBodies } from './unnamed-bodies.js';
import { describesOnePerson, nationalityNoun, ownNameIn, portrays, withoutReducedRelative } from './speaker-phrases.js';
import { NEWS_ORGANIZATIONS, PERSON_TITLES, TITLE_MODIFIERS } from './entities/vocabulary.js';
import { describesOrganization, describesPlace, isCompanyWord, mayNameOrganization, organizationFor, OUTLET_WORDS } from './description-heads.js';
import { descriptionQualifiers, holdsOffice, openingDescription, PERSON_ROLES, personTitles, roleOf } from './roles.js';

const GENDER: Record<string, Entity['gender']> = { he: 'MALE', him: 'MALE', his: 'MALE', she: 'FEMALE', her: 'FEMALE' };
/** Roles of someone who speaks for another: with a possessor they never describe that other's last speaker. */
const REPRESENTATIVE = new Set(['lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'representative']);
// A description opened by a possessor: "Obama's former strategist".
const POSSESSED = /^[\p{L}.-]+['’]s /u;
// Definite descriptions: an article, a demonstrative, a time word, or a possessor.
const DEFINITE = new RegExp(`^(the|this|that|former|current|retired)\\b|${POSSESSED.source}`, 'u');
const PERSON_NOUNS = new RegExp(`^(the |this |that |an? )?([\\p{L}\\p{N}.'’-]+ ){0,5}(${[...PERSON_ROLES].join('|')})$`, 'iu');
// How many sentences back a description of a person by role ("the senator") finds who had the role.
const ROLE_WINDOW = 12;
// How many sentences back "it" finds the organization it stands for.
const IT_WINDOW = 1;
/** The words between two names that join them into one subject: " and ", " and Mr. ", " and
 *  Japanese Prime Minister " (titles, abbreviations and demonyms only). */
function joinedByAnd(between: string): boolean {
  const m = /^\s+and\s+((?:[\p{L}.'’-]+\s+){0,4})$/u.exec(between);
  if (!m) return false;
  const words = m[1]!.split(/\s+/u).filter(Boolean);
  return words.every(
    (w) => /^\p{Lu}\p{L}{0,4}\.$/u.test(w) || (/^\p{Lu}/u.test(w) && [PERSON_TITLES, TITLE_MODIFIERS, demonyms].some((list) => list.has(w.toLowerCase()))),
  );
}

/** A document by the one who issued it: "the statement", "the report". */
const DOCUMENT_ISSUED = /^the (statement|letter|memo|release|email|post|tweet|report|study|survey|filing|complaint|lawsuit)$/u;
/** "the two", "both men", "the two leaders": a pair named before. */
const THE_TWO = /^(the )?(two|both)( men| leaders| sides| officials)?$/u;
const CAMPAIGN = /^(the )?(([\p{L}.'’-]+ ){0,3})?(campaign|camp)$/iu;
// How far back (characters) a description ("the agency", "the city") finds the organization or place it names.
const DESCRIPTION_REACH = 1500;
// Documents speak for whoever made them: "the IMF report stated", "Ivana Trump's brief said".
const DOCUMENT_WORDS =
  /\b(report|reports|study|survey|poll|brief|filing|complaint|lawsuit|letter|memo|statement|database|analysis|audit|review|ad|article|editorial|paper|release|transcript|website|tweet|data|estimates?|forecast|findings|account|memoir)\b/iu;
/** A news agency, paper or broadcaster: "Reuters", "the Evening News", "CNN". */
const isOutlet = (e: Entity) =>
  NEWS_ORGANIZATIONS.has(e.name.toLowerCase()) || /\b(news|times|post|journal|herald|tribune|gazette|daily|press|telegraph|tv|radio|magazine)$/iu.test(e.name);
// How many name mentions back a pronoun or description may find its referent: far more than any
// article needs, and a bound that keeps a long document's search linear.
const LOOKBACK = 400;
const JOINED_REACH = 200;
const PREPOSITION_BEFORE = /\b(with|of|to|by|from|for|about|against|on|at|in|and)\s*$/iu;

export interface AttributedQuote extends QuoteDraft {
  resolved: Speaker;
}

export function attributeQuotes(layout: Layout, entities: Entity[], drafts: QuoteDraft[]): AttributedQuote[] {
  const { text } = layout;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: AttributedQuote[] = [];
  type Turn = { entity: Entity | null; surface: SpeakerSurface | null; name: string | null };
  let lastSpeaker = null as Turn | null;

  // Every name mention with its entity, by start (ties in entity order): the searches below walk
  // back from a position instead of collecting and sorting the whole document's mentions each time.
  // "OSLO, March 3 (Reuters) - The party said": the dateline's place and agency are no antecedents.
  const first = layout.sentences[0];
  const datelineStart = first ? layout.blocks[first.block]!.start : 0;
  const inDateline = (m: Mention) => first !== undefined && m.start >= datelineStart && m.end <= first.start;
  const names = entities
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME' && !inDateline(m)).map((m) => ({ e, m, start: m.start, end: m.end })))
    .map((n, order) => ({ ...n, order }))
    .sort((a, b) => a.start - b.start || b.order - a.order);
  /** Name mentions ending before `pos` whose entity is `ok`, nearest first, starting at or after
   *  `from`; at most LOOKBACK mentions back, since no reference reaches further. */
  function* mentionsBefore(pos: number, ok: (e: Entity) => boolean, from = 0) {
    const stop = Math.max(0, firstStartingAtOrAfter(names, pos) - LOOKBACK);
    for (let i = firstStartingAtOrAfter(names, pos) - 1; i >= stop && names[i]!.start >= from; i--) {
      const n = names[i]!;
      if (n.end <= pos && ok(n.e)) yield n;
    }
  }
  const nearest = (pos: number, ok: (e: Entity) => boolean) => mentionsBefore(pos, ok).next().value;
  // "Arsenal boss admits …" over a story whose lead is "Mikel Arteta conceded …": with no one given
  // the headline's role, its description names the person the first sentence names first.
  const lead = layout.sentences[0];
  const leadPerson = (ok: (e: Entity) => boolean): Entity | null => {
    if (!lead) return null;
    const first = names[firstStartingAtOrAfter(names, lead.start)];
    return first && first.m.end <= lead.end && first.e.type === 'PERSON' && ok(first.e) ? first.e : null;
  };
  /** Whether the last speaker, lately, spoke through this kind of document ("said in a statement"). */
  const issuedBy = (document: string, at: number): boolean => {
    const last = out[out.length - 1];
    const sentence = last && layout.sentences[last.sentence];
    return !!sentence && !!lastSpeaker?.name && sentence.text.toLowerCase().includes(document) && last.sentence >= at - 2;
  };
  /** Who lately spoke through this kind of document: the speaker of a cue "in a statement" follows
   *  ("the ministry said in a statement after talks … Sweden agreed to …"), else the last speaker. */
  const issuerOf = (document: string, at: number): { entity: Entity | null; name: string | null } | null => {
    const through = new RegExp(`^\\s+(?:\\S+\\s+){0,3}?in (?:a|an|its|their|his|her) ${document}\\b`, 'iu');
    for (let i = out.length - 1; i >= 0 && i >= out.length - 4 && out[i]!.sentence >= at - 2; i--) {
      const { cue, resolved } = out[i]!;
      if (cue && resolved.name && through.test(text.slice(cue.end, cue.end + 40)))
        return { entity: resolved.entityId ? (byId.get(resolved.entityId) ?? null) : null, name: resolved.name };
    }
    return issuedBy(document, at) ? { entity: lastSpeaker!.entity, name: lastSpeaker!.name } : null;
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
  /** The first name `ok` accepts after `pos`, within the next two sentences (or the lead, after a headline). */
  const namedSoonAfter = (pos: number, ok: (e: Entity) => boolean): Entity | null => {
    const limit = layout.sentences[lastEndingBy(layout.sentences, pos) + 3]?.end ?? text.length;
    for (let i = firstStartingAtOrAfter(names, pos); i < names.length && names[i]!.m.start < limit; i++) if (ok(names[i]!.e)) return names[i]!.e;
    return null;
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
  /** Where each name of an entity of `type` starts. */
  const namesAt = (type: Entity['type']): Map<number, Entity> => {
    const at = new Map<number, Entity>();
    for (const e of entities) {
      if (e.type !== type) continue;
      for (const m of e.mentions) if (m.kind === 'NAME' && !at.has(m.start)) at.set(m.start, e);
    }
    return at;
  };
  const organizationAt = namesAt('ORGANIZATION');
  const placeAt = namesAt('LOCATION');
  const added = new Map<Entity, Mention[]>();
  const titles = personTitles(text, entities);
  const heads = chainHeads(entities);
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
  const lastPair = (pos: number): { entity: Entity | null; name: string | null } => {
    const acting = new Set<Entity>();
    for (const { e, m } of mentionsBefore(pos, (e) => e.type === 'PERSON')) {
      if (!/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) acting.add(e);
      if (acting.size === 2) break;
    }
    // "The two sides" after one person named are not that person.
    if (acting.size < 2) return { entity: null, name: null };
    const recent = [...acting].reverse();
    return { entity: recent[0]!, name: recent.map((e) => e.name).join(' and ') };
  };
  /** The person opening the sentence before a quote, when that sentence came after the last quote:
   *  "X said … Y apologized. “…,” the defender wrote." */
  const subjectSinceLastQuote = (q: QuoteDraft, surface: SpeakerSurface, fits: (e: Entity) => boolean): Entity | null => {
    const opensSentence = q.start < surface.start || layout.sentences[q.sentence]?.start === surface.start;
    // The sentence before the whole passage: a quotation may run over several sentences before its cue.
    const n = lastEndingBy(layout.sentences, Math.min(q.start, surface.start));
    const previous = layout.sentences[n];
    return opensSentence && previous && (out[out.length - 1]?.sentence ?? -1) < n ? openingSubject(previous.end - 1, fits) : null;
  };
  /** The entity among `at` whose name opens the sentence before `pos`. */
  const openingOf =
    (at: Map<number, Entity>) =>
    (pos: number): Entity | null => {
      const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
      const opening = sentence && /^(the\s+)?/iu.exec(sentence.text)![0].length + sentence.start;
      return (opening !== undefined && at.get(opening)) || null;
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
  /** "One, a retired nurse, said … “I trusted him,” she said": an unnamed person of `gender` who
   *  spoke just before the quote `q` (its speaker words ending by `before`), with no one named since,
   *  goes on speaking. */
  const unnamedGoesOn = (q: QuoteDraft, before: number, gender: Entity['gender']): boolean => {
    const lastQuote = out[out.length - 1];
    return (
      !!lastQuote &&
      lastQuote.sentence >= q.sentence - 1 &&
      describesOnePerson(lastSpeaker?.surface, gender) &&
      !lastSpeaker?.entity &&
      !!mentionsBefore(before, (e) => e.type === 'PERSON', lastQuote.end).next().done
    );
  };
  /** Whether an organization's name stands inside the description ("The Acme Retail executive"); a party's does not count. */
  const namesOrganizationInside = (surface: SpeakerSurface): boolean => {
    for (let i = firstStartingAtOrAfter(names, surface.start); i < names.length && names[i]!.start < surface.end; i++) {
      const { e, end } = names[i]!;
      if (end <= surface.end && e.type === 'ORGANIZATION' && !isPartyName(e.name)) return true;
    }
    return false;
  };
  const bodies = openingBodies(layout);
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
  /** "The Commission ruled on Monday. It said …": the organization opening the sentence before. */
  const openingOrganization = openingOf(organizationAt);
  /** "Iran welcomed the decision. It said …": a country speaks as its government does. */
  const openingPlace = openingOf(placeAt);

  for (const q of drafts) {
    let entity: Entity | null = null;
    let name: string | null = null;
    const surface = q.speaker;
    // Names inside the quote itself are who it speaks of, not who speaks.
    const before = surface ? Math.min(surface.start, q.start) : q.start;
    if (q.continues || q.conjoined) {
      const last = out[out.length - 1];
      const introduced =
        q.continues && last ? personIntroducedBefore(layout, q.start, last.end, (pos) => openingSubject(pos, (e) => e.type === 'PERSON')) : null;
      entity = introduced ?? lastSpeaker?.entity ?? null;
      name = introduced ? null : (lastSpeaker?.name ?? null);
    } else if (surface?.entityId) {
      entity = byId.get(surface.entityId) ?? null;
      // "Mr. Grassley and Mr. Leahy say": a joint subject, named by both ("X and Y, who said" is Y's).
      const subject = q.cue && q.cue.start > surface.end && !/[,(—–]/u.test(text.slice(surface.end, q.cue.start));
      const joined = ({ m }: { m: Mention }) => joinedByAnd(text.slice(m.end, surface.start));
      // Only a name just before can be joined to it: the search stops a short way back.
      const partner =
        subject && entity?.type === 'PERSON'
          ? firstOf(
              mentionsBefore(surface.start, (e) => e.type === 'PERSON' && e !== entity, surface.start - JOINED_REACH),
              joined,
            )
          : undefined;
      if (partner) name = `${partner.e.name} and ${entity!.name}`;
    } else if (surface?.kind === 'PRONOUN') {
      const word = surface.text.toLowerCase() === 'them' ? 'they' : surface.text.toLowerCase();
      const gender = GENDER[word] ?? null;
      if (gender && unnamedGoesOn(q, before, gender)) {
        name = lastSpeaker!.name;
      } else if (gender) {
        const last: Entity | null | undefined = lastSpeaker?.entity;
        const fits = (e: Entity | null | undefined) => !!e && e.type === 'PERSON' && (!e.gender || e.gender === gender);
        entity =
          openingSubject(before, fits) ??
          // "Ann Holt agreed with Smith. “…,” she wrote.": a person who became the subject after the last quote.
          subjectSinceLastQuote(q, surface, fits) ??
          salience.person(before, gender) ??
          (fits(last) && lastSpeakerIsRecent(layout, out, q) ? last : null) ??
          previousSubject(before, fits, word) ??
          nearest(before, fits)?.e ??
          // Given names tell gender only mostly ("Terry", "Jordan"): with nobody else to refer to,
          // the person the sentence before was about, unless a title told the gender ("Mr. Obama").
          previousSubject(before, (e) => e.type === 'PERSON' && (!e.gender || e.name.includes(' ')), word);
      } else if (word === 'i' || word === 'we') {
        // "I told my colleagues …" in narration: the author of an op-ed or a letter.
        entity = author?.entity ?? null;
        name = author?.name ?? (word === 'i' ? 'I' : null);
      } else if (word === 'they' || word === 'it') {
        // "it added" after the Times, "they say" after "Grassley and Leahy" or "officials"; else the
        // organization the sentence before was about.
        const last = lastSpeaker && lastSpeakerIsRecent(layout, out, q) ? lastSpeaker : null;
        // A group opening a sentence after the last quote is nearer than its speaker ("Residents
        // have complained. They said …").
        const group = word === 'they' ? groupBefore(surface.start) : null;
        if (group && (!last || group.sentence > (out[out.length - 1]?.sentence ?? -1))) {
          // "The two leaders also discussed … They said": the pair, as for "the two" itself.
          if (THE_TWO.test(group.text.toLowerCase())) ({ entity, name } = lastPair(group.start));
          // "The Rapid Support Forces, which hold the city, denied …": a plural that is a name is that organization.
          else entity = organizationAt.get(group.start + /^(the\s+)?/iu.exec(group.text)![0].length) ?? null;
          if (!entity && !name) name = group.text;
        } else if (last && speaksAs(last, word)) {
          entity = last.entity;
          name = last.name;
        } else if (word === 'it') {
          // Else the organization a sentence just before had for subject ("The coalition … Recently, it issued").
          // "The energy ministry rejected the claims. In a statement, it said": a body described, not named.
          const body = openingOrganization(before) ? null : bodyOpening(before);
          if (body) name = body.text;
          else
            entity =
              openingOrganization(before) ??
              openingCampaign(before) ??
              salience.best(before, (e) => (e.type === 'ORGANIZATION' ? 1 : 0), IT_WINDOW, true) ??
              openingPlace(before);
        } else if (group) {
          // Else the plural noun phrase a clause just before opened with ("Environmentalists worry … they say").
          name = group.text;
        } else {
          // Else the organization the sentence before opened with ("The Rapid Support Forces denied it. They said …"),
          // or a group that spoke lately ("Campaigners said … “…,” said one of them. They called for …").
          entity = openingOrganization(before);
          if (!entity && word === 'they') name = pluralSpeakerBefore(layout, out, q);
        }
      }
    } else if (surface?.kind === 'NOMINAL') {
      const phrase = surface.text.toLowerCase();
      const described = /^the /u.test(phrase) ? describedSpeaker(out, surface.text, q.sentence) : null;
      // A document speaks for the person or organization named in it before the document word
      // ("CBS News poll released last week" → CBS News).
      const document = DOCUMENT_WORDS.exec(surface.text);
      const author = document && nearest(surface.start + document.index, (e) => e.type !== 'LOCATION');
      // "A statement from Hochul's office said", "a report by the agency's auditors": who issued it, after the word.
      const issuer = document ? /^\s+(?:from|by)\s+(?:the\s+)?/iu.exec(text.slice(surface.end, surface.end + 20)) : null;
      const issuerName = issuer ? names[firstStartingAtOrAfter(names, surface.end + issuer[0].length)] : undefined;
      const issuedDocument = DOCUMENT_ISSUED.test(phrase) ? issuerNamedBefore(phrase.slice(4), surface.start) : null;
      const documentIssuer = DOCUMENT_ISSUED.test(phrase) ? issuerOf(phrase.slice(4), q.sentence) : null;
      if (author && author.start >= surface.start) {
        entity = author.e;
      } else if (issuerName && issuerName.start === surface.end + issuer![0].length && issuerName.e.type !== 'LOCATION') {
        entity = issuerName.e;
      } else if (THE_TWO.test(phrase)) {
        ({ entity, name } = lastPair(surface.start));
      } else if (issuedDocument) {
        // "according to a statement released by Iran's foreign ministry … the statement added": its issuer.
        ({ entity, name } = issuedDocument);
      } else if (documentIssuer) {
        // "… said in a statement. “Our doors remain open,” the statement said.", "In a report, it called
        // for … The report found …": who issued it speaks.
        ({ entity, name } = documentIssuer);
      } else if (nationalityNoun(phrase) && unnamedGoesOn(q, before, null)) {
        // "A witness … said … “…,” the 31-year-old said": the unnamed person who just spoke.
        name = lastSpeaker!.name;
      } else if (nationalityNoun(phrase)) {
        // "“It hurts,” the Spaniard said": a nationality names the person the text is about.
        const gender = /woman$/u.test(phrase) ? 'FEMALE' : /man$/u.test(phrase) ? 'MALE' : null;
        entity = salience.best(before, (e) => (e.type === 'PERSON' && (!gender || !e.gender || e.gender === gender) ? 1 : 0));
      } else if (PERSON_NOUNS.test(phrase) && (DEFINITE.test(phrase) || introducedLater(surface, phrase, q.sentence))) {
        // "Donald Trump says … The Republican nominee noted": news names its subject again by role.
        // The person the text gave that role ("Sen. Ann Holt" for "the senator") comes first; a
        // headline's description ("Senator says …") names someone the article introduces below, as
        // does a lead's ("A former party chairman says …" before "said Don Fowler").
        const gender = /(wo)?man$|actress$/u.test(phrase) ? (/(woman|actress)$/u.test(phrase) ? 'FEMALE' : 'MALE') : null;
        // "Obama's former strategist" is not Obama.
        const possessor = POSSESSED.test(phrase) ? nearest(surface.start + phrase.indexOf(' '), () => true)?.e : undefined;
        const role = roleOf(phrase.split(' ').pop()!);
        // "The Democratic nominee" is not the one the text called a Republican, "the judge" not its lawyer.
        const conflicts = (e: Entity) => roleConflicts(surface.text, role, titles.get(e), parties.get(e));
        const fits = (e: Entity) => e.type === 'PERSON' && e !== possessor && (!gender || !e.gender || e.gender === gender) && !conflicts(e);
        const withRole = (e: Entity) => hasRole(role)(e) && !conflicts(e);
        const introduced = introducedLater(surface, phrase, q.sentence);
        entity =
          (introduced
            ? (namedSoonAfter(surface.end, withRole) ?? (q.sentence < 0 ? (leadPerson(fits) ?? namedSoonAfter(q.end, fits)) : namedSoonAfter(q.end, fits)))
            : null) ??
          // "The IAEA chief said" after "IAEA Director General Rafael Grossi" and "Iran's nuclear chief".
          officeHolder(surface.start, role ?? '', surface.text, fits) ??
          salience.best(before, (e) => (withRole(e) ? 1 : 0), ROLE_WINDOW) ??
          nearest(surface.start, withRole)?.e ??
          null;
        // "A senior official said … The official said": a speaker known only by this description.
        if (!entity && described) name = described;
        else
          entity ??=
            // "Pagliano's lawyer", "Clinton's spokesman": someone else, known only by a role the text gave.
            // "Connecticut's tax commissioner": an official of a place or organization, not the person before.
            // "The Acme executive": someone of an organization named inside the description, as "Acme's executive".
            // "Connecticut's tax commissioner says … ⏎ Kevin Sullivan says …": unless the next paragraph names them.
            q.sentence < 0 || namesOrganizationInside(surface) || (possessor !== undefined && (possessor.type !== 'PERSON' || REPRESENTATIVE.has(role ?? '')))
              ? namedInNextParagraph(surface, q.sentence, fits)
              : // "Kyle Walker apologized to fans. “We let you down,” the defender wrote.": someone who
                // became the subject after the last quote is nearer than its speaker.
                (subjectSinceLastQuote(q, surface, fits) ??
                (lastSpeaker?.entity && fits(lastSpeaker.entity) && !portrays(phrase) ? lastSpeaker.entity : null) ??
                // "… Margrethe Vestager welcomed the fine. The Danish commissioner told …": a description
                // opening its sentence goes on about the subject of the sentence before.
                (layout.sentences[q.sentence]?.start === surface.start ? previousSubject(before, fits, '') : null) ??
                salience.best(before, (e) => (fits(e) ? 1 : 0)) ??
                nearest(surface.start, fits)?.e ??
                null);
      } else if (
        CAMPAIGN.test(phrase) ||
        /\p{Lu}\p{L}+(['’]s)? team$/u.test(surface.text) ||
        /^(\p{Lu}[\p{L}.-]*['’]s|[Hh]is|[Hh]er) (press )?office$/u.test(surface.text) ||
        (document && /^(his|her) /u.test(phrase))
      ) {
        // "The Clinton campaign said", "her statement": a campaign speaks for its candidate, named
        // inside the phrase or, for "the campaign", the person opening the sentence before ("Ann
        // Holt plans … The campaign says"), else the last person whose campaign the text named.
        const previous = layout.sentences[q.sentence - 1];
        entity =
          nearest(surface.end, (e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'NAME' && m.start >= surface.start && m.end <= surface.end))
            ?.e ??
          (phrase === 'the campaign' && previous ? openingSubject(previous.end - 1, (e) => e.type === 'PERSON') : null) ??
          firstOf(
            mentionsBefore(surface.start, (e) => e.type === 'PERSON'),
            ({ m }) => /^(['’]s)?\s+(\p{L}+\s+)?(campaign|team)\b/iu.test(text.slice(m.end, m.end + 30)),
          )?.e ??
          null;
        // "her campaign": the person "her" is, as for the pronoun alone; after what it said, the person
        // that opens ("Dina Herrera will visit the area, her office said").
        const gender = GENDER[phrase.split(' ')[0]!];
        if (gender && !entity)
          entity =
            (surface.start >= q.end && q.kind === 'INDIRECT'
              ? openingSubject(q.end, (e) => e.type === 'PERSON' && (!e.gender || e.gender === gender))
              : null) ??
            previousSubject(before, (e) => e.type === 'PERSON' && (!e.gender || e.gender === gender), '') ??
            nearest(before, (e) => e.type === 'PERSON' && (!e.gender || e.gender === gender))?.e ??
            null;
      } else if (/^the /u.test(phrase) && ownNameIn(surface)) {
        name = surface.text.replace(/^the\s+/iu, '');
      } else if (described) {
        // "Mexico's foreign ministry said … The ministry added": a speaker known only by a description
        // is named again by its head noun.
        name = described;
      } else if (/^the /u.test(phrase)) {
        // "the company's website": the description that owns a document speaks for it.
        const owner = document ? /^the ([\p{L}-]+)['’]s\s/u.exec(phrase) : null;
        const head = owner ? owner[1]! : phrase.split(' ').pop()!;
        // "told the Evening News … The transport operator said": a news outlet is only ever "the newspaper", "the network".
        const org = (e: Entity) => e.type === 'ORGANIZATION' && (OUTLET_WORDS.has(head) || !isOutlet(e));
        const kindFits = (e: Entity) => organizationFor(head, e) && (OUTLET_WORDS.has(head) || !isOutlet(e));
        // "Boeing Co fell 5 percent. The company said …": a company word goes back to the company
        // opening the sentence before, or else to the organization named last, not far back.
        // "The Nordstrom family and a Mexican retailer will pay $24 a share, the company said": the
        // organization opening what it said is its subject, whoever else that names.
        const opening =
          surface.start > q.start
            ? (organizationAt.get(q.start + /^(the\s+)?/iu.exec(q.text)![0].length) ?? openingOrganization(before))
            : openingOrganization(before);
        entity =
          nearest(surface.start, (e) => org(e) && e.name.toLowerCase().includes(head))?.e ??
          (describesOrganization(head)
            ? ((opening && org(opening) && kindFits(opening) ? opening : null) ?? kindBefore(surface.start, head, kindFits) ?? null)
            : null);
        // "The energy ministry rejected the claims … the ministry said": a body described since the name.
        const body = bodyBefore(surface.start, head);
        if (body && (!entity || (nearest(surface.start, (e) => e === entity)?.m.start ?? -1) < body.start)) {
          entity = null;
          name = body.text;
        }
        // "Zero Hedge asked … The website noted": the name that spoke last, untyped or typed a person
        // with nothing to show it (no gender, no title).
        const last = lastSpeaker?.surface?.kind === 'NAME' && lastSpeakerIsRecent(layout, out, q) ? lastSpeaker : null;
        if (!entity && !name && last && isCompanyWord(head) && mayNameOrganization(last.entity, titles.has(last.entity!))) ({ entity, name } = last);
        // "The city of Phoenix is demanding": the place named after "of"; "The city said": the place
        // named last, not far back.
        const of = /^\s+of\s+/u.exec(text.slice(surface.end, surface.end + 6));
        const after = of ? surface.end + of[0].length : -1;
        const named = of ? names[firstStartingAtOrAfter(names, after)] : undefined;
        if (!entity && describesPlace(head))
          entity =
            (named?.start === after && named.e.type === 'LOCATION' ? named.e : null) ??
            firstOf(
              mentionsBefore(surface.start, (e) => e.type === 'LOCATION', surface.start - DESCRIPTION_REACH),
              () => true,
            )?.e ??
            null;
      }
    }
    entity = (entity && heads.get(entity)) ?? entity;
    name = entity ? (name?.includes(entity.name) ? name : entity.name) : name;
    if (entity?.type === 'PERSON') salience.note(entity, surface ?? q, surface?.kind === 'NAME');
    if (entity && surface && surface.kind !== 'NAME')
      added.set(entity, [...(added.get(entity) ?? []), { start: surface.start, end: surface.end, text: surface.text, kind: surface.kind }]);
    const resolved: Speaker = {
      entityId: entity?.id ?? null,
      name: name ?? (surface && surface.kind !== 'PRONOUN' ? withoutReducedRelative(surface.text) : null),
      mention: surface ? { start: surface.start, end: surface.end, text: surface.text, kind: surface.kind } : null,
    };
    if (q.continues && lastSpeaker?.surface) resolved.mention = null;
    // A quotation continuing nobody's speech is not attributed speech.
    if (q.continues && !lastSpeaker) continue;
    out.push({ ...q, resolved });
    if (entity || surface) lastSpeaker = { entity, surface, name: resolved.name };
  }
  for (const [entity, mentions] of added) addReferences(entity, mentions);
  return out;
}

/** The name of a recent speaker known only by a description ("Mexico's foreign ministry") whose head
 *  noun the definite description `surface` repeats ("the ministry"), within a few sentences. */
function describedSpeaker(out: AttributedQuote[], surface: string, sentence: number): string | null {
  const phrase = surface.toLowerCase();
  const head = phrase.split(' ').pop()!;
  // "the ad's narrator" names its own referent.
  if (/['’]s /u.test(phrase)) return null;
  // "The Acme executive" is not "a Goldman Sachs executive": a name inside the description must be the same.
  const namedIn = (p: string) =>
    p
      .split(/\s+/u)
      .slice(1, -1)
      .filter((w) => /^\p{Lu}/u.test(w));
  const names = namedIn(surface);
  for (let n = out.length - 1; n >= 0 && n >= out.length - 6; n--) {
    const { resolved } = out[n]!;
    if (out[n]!.sentence < sentence - 4) break;
    const name = resolved.name;
    if (resolved.entityId || resolved.mention?.kind !== 'NOMINAL' || !name || name.toLowerCase() === phrase) continue;
    if (names.some((w) => !namedIn(name).includes(w))) continue;
    if (name.split(/\s+/u).pop()!.toLowerCase() === head && name.includes(' ')) return name;
  }
  return null;
}

function firstOf<T>(items: Iterable<T>, ok: (item: T) => boolean): T | undefined {
  for (const item of items) if (ok(item)) return item;
  return undefined;
}

/** Whether "it" or "they" can refer to the last speaker: an organization or a thing named by a
 *  noun phrase ("the ministry", "the Times"); for "they" also joint and plural speakers. */
function speaksAs(last: { entity: Entity | null; surface: SpeakerSurface | null; name: string | null }, pronoun: string): boolean {
  if (last.entity && last.entity.type !== 'PERSON') return true;
  const phrase = last.surface?.kind === 'NOMINAL' ? last.surface.text : '';
  const plural = / and /u.test(last.name ?? '') || /\p{Ll}s$/u.test(phrase) || /^they$/iu.test(last.surface?.text ?? '');
  if (pronoun === 'they') return plural;
  // "the Times wrote … it added": for "it", a capitalised word ending in s is a name, not a plural.
  if (/^\p{Lu}\p{Ll}+s$/u.test(phrase) && !/ and /u.test(last.name ?? '')) return true;
  // "the Times wrote … it added": a name no entity stage took for a person can be an "it".
  const unknownName = last.surface?.kind === 'NAME' && !last.entity && !/\s/u.test(last.surface.text.trim()) && !!last.name;
  // "It urged … and warned …": an "it" the last quote already resolved goes on.
  const sameIt = /^it$/iu.test(last.surface?.text ?? '') && !!last.name;
  return (!!phrase && !plural && !PERSON_NOUNS.test(phrase.toLowerCase())) || unknownName || sameIt;
}

/** The last group of people that spoke, by a plural noun ("Campaigners", "The groups"), within
 *  the last few quotes and two paragraphs before `q`. */
function pluralSpeakerBefore(layout: Layout, done: AttributedQuote[], q: QuoteDraft): string | null {
  const block = (i: number) => layout.sentences[i]?.block ?? 0;
  for (let i = done.length - 1; i >= 0 && i >= done.length - 3 && block(q.sentence) - block(done[i]!.sentence) <= 2; i--) {
    const { resolved } = done[i]!;
    if (!resolved.entityId && resolved.mention?.kind !== 'PRONOUN' && /^(the\s+)?(\p{L}+\s+)?\p{L}+\p{Ll}s$/iu.test(resolved.name ?? '')) return resolved.name;
  }
  return null;
}

/** The last quote's speaker still holds the floor within the two paragraphs before. */
function lastSpeakerIsRecent(layout: Layout, done: AttributedQuote[], q: QuoteDraft): boolean {
  const last = done[done.length - 1];
  if (!last) return false;
  const block = (i: number) => layout.sentences[i]?.block ?? 0;
  return block(q.sentence) - block(last.sentence) <= 2;
}

/** Pronoun and description mentions found for an entity, added once each, in document order. */
function addReferences(entity: Entity, mentions: Mention[]): void {
  const have = new Set(entity.mentions.map((m) => `${m.start}:${m.end}`));
  for (const m of mentions) {
    if (have.has(`${m.start}:${m.end}`)) continue;
    have.add(`${m.start}:${m.end}`);
    entity.mentions.push(m);
  }
  entity.mentions.sort((a, b) => a.start - b.start);
}

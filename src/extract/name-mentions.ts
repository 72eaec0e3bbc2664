// The document's name mentions in order, and the searches from a position that find antecedents
// without collecting and sorting the whole document's mentions each time.
import type { Entity, Layout, Mention } from './types.js';
import { firstStartingAtOrAfter, lastEndingBy, spanAt } from './span-index.js';
import { inAskedClause } from './clause-openings.js';
import { extended } from './extended.js';
import { isBusinessWord } from './description-heads.js';
import { demonyms } from './gazetteer.js';

// How many name mentions back a pronoun or description may find its referent: far more than any
// article needs, and a bound that keeps a long document's search linear.
export const LOOKBACK = 400;

export type NameMentions = ReturnType<typeof nameMentionsOf>;

/** The story's name mentions, and the searches back and ahead from a position over them. */
export function nameMentionsOf(layout: Layout, entities: Entity[]) {
  const { text } = layout;
  const names = storyNames(layout, entities);
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
  /** The first name `ok` accepts after `pos`, within the next two sentences (or the lead, after a headline). */
  const namedSoonAfter = (pos: number, ok: (e: Entity) => boolean): Entity | null => {
    const limit = layout.sentences[lastEndingBy(layout.sentences, pos) + 3]?.end ?? text.length;
    for (let i = firstStartingAtOrAfter(names, pos); i < names.length && names[i]!.m.start < limit; i++) {
      // ("A spokesman said … Asked whether Scholz …, he said": one asked about is no one introduced.)
      if (ok(names[i]!.e) && !inAskedClause(spanAt(layout.sentences, names[i]!.m.start), names[i]!.m)) return names[i]!.e;
    }
    return null;
  };
  const { organizationAt, openingOrganization, openingPlace, organizationOpening } = openingNames(layout, entities);
  return { text, names, mentionsBefore, nearest, namedSoonAfter, organizationAt, openingOrganization, openingPlace, organizationOpening };
}

/** Every name mention the story's words may refer back to, with its entity, by start (ties in entity
 *  order): the searches walk back from a position instead of collecting and sorting the whole
 *  document's mentions each time. */
function storyNames(layout: Layout, entities: Entity[]) {
  // "OSLO, March 3 (Reuters) - The party said": the dateline's place and agency are no antecedents.
  const { lead } = layout;
  const datelineStart = lead ? layout.blocks[lead.block]!.start : 0;
  const inDateline = (m: Mention) => lead !== undefined && m.start >= datelineStart && m.end <= lead.start;
  // A byline, a credit or a caption names no one the story's words stand for ("By Gareth Evans ⏎ …
  // The chancellor told the Commons …").
  const inCredit = (m: Mention) => {
    const role = spanAt(layout.blocks, m.start)?.role;
    return role === 'CREDIT' || role === 'FURNITURE';
  };
  return entities
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME' && !inDateline(m) && !inCredit(m)).map((m) => ({ e, m, start: m.start, end: m.end })))
    .map((n, order) => extended(n, { order }))
    .sort((a, b) => a.start - b.start || b.order - a.order);
}

/** The organization or place whose name opens a sentence or a phrase, past words of its trade. */
function openingNames(layout: Layout, entities: Entity[]) {
  const { text } = layout;
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
  /** The entity among `at` whose name starts at `opening`, or right after the first of `words` that `lead` allows. */
  const pastLead = (at: Map<number, Entity>, opening: number, words: string[], lead: (words: string[]) => boolean): Entity | null => {
    let past = at.get(opening);
    for (let n = 1; !past && n <= words.length; n++)
      if (lead(words.slice(0, n).map((w) => w.trim()))) past = at.get(opening + words.slice(0, n).join('').length);
    return past ?? null;
  };
  /** The entity among `at` whose name opens the sentence before `pos`, past words `lead` allows. */
  const openingOf =
    (at: Map<number, Entity>, lead: (words: string[]) => boolean = () => false) =>
    (pos: number): Entity | null => {
      const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
      if (!sentence) return null;
      const opening = /^(the\s+)?/iu.exec(sentence.text)![0].length + sentence.start;
      const words = /^(?:[\p{L}-]+\s+){1,2}/u.exec(sentence.text.slice(opening - sentence.start))?.[0].match(/[\p{L}-]+\s+/gu) ?? [];
      return pastLead(at, opening, words, lead);
    };
  /** "The Commission ruled on Monday. It said …": the organization opening the sentence before
   *  ("Rival SK Hynix reports …", "German carmaker BMW cut …": past the trade it is given). */
  const openingOrganization = openingOf(organizationAt, firmLead);
  /** "Iran welcomed the decision. It said …": a country speaks as its government does. */
  const openingPlace = openingOf(placeAt);
  /** The organization whose name opens the words at `start`, past "the" and up to three words of
   *  its trade ending in a business word ("British payments startup Tallyhook", "Drinks maker Diageo"). */
  const organizationOpening = (start: number): Entity | null => {
    const opening = start + /^(the\s+)?/iu.exec(text.slice(start, start + 4))![0].length;
    const words = /^(?:[\p{L}.-]+\s+){1,3}/u.exec(text.slice(opening, opening + 60))?.[0].match(/[\p{L}.-]+\s+/gu) ?? [];
    return pastLead(organizationAt, opening, words, tradeLead);
  };
  return { organizationAt, openingOrganization, openingPlace, organizationOpening };
}

/** A firm's trade before its name: words in lower case after the first, ending in a business word ("payments startup"). */
const tradeLead = (words: string[]): boolean => isBusinessWord(words[words.length - 1]!.toLowerCase()) && words.slice(1).every((w) => /^\p{Ll}/u.test(w));

/** Words a firm's name follows opening a sentence: "Rival SK Hynix", "Chipmaker Intel", "German carmaker BMW". */
const firmLead = (words: string[]): boolean =>
  words.every((w, i) => {
    const word = w.toLowerCase();
    return /^(rival|fellow|parent)$/u.test(word) || isBusinessWord(word) || (i < words.length - 1 && demonyms.has(word));
  });

export function firstOf<T>(items: Iterable<T>, ok: (item: T) => boolean): T | undefined {
  for (const item of items) if (ok(item)) return item;
  return undefined;
}

/** `ok` asked once per entity: a search back over name mentions meets each entity many times, and a
 *  test that reads all of an entity's mentions would read them again at each of its names. */
export function oncePerEntity(ok: (e: Entity) => boolean): (e: Entity) => boolean {
  const known = new Map<Entity, boolean>();
  return (e) => {
    let answer = known.get(e);
    if (answer === undefined) known.set(e, (answer = ok(e)));
    return answer;
  };
}

/** Each person's name mentions ("Ann Holt", "Holt"; no pronoun nor description), entity by entity. */
export function* personNames(entities: Entity[]): Generator<{ e: Entity; m: Mention }> {
  for (const e of entities) if (e.type === 'PERSON') for (const m of e.mentions) if (m.kind === 'NAME') yield { e, m };
}

// Whom a description of two refers to: the two persons last named, acting or introduced together
// ("Edward Lamb and his son Thomas … The pair said"), or given the role it names ("The senators said").
import type { NameMentions } from './name-mentions.js';
import { firstStartingAtOrAfter, lastEndingBy } from './span-index.js';
import type { Entity, EntityType, Layout, Span } from './types.js';
import { runTimePattern } from './run-time-patterns.js';

type Pair = [Entity, Entity];
/** Whether the story gave a person a role. */
type HasRole = (role: string | null) => (e: Entity) => boolean;

/** The pairs before a position of a text's sentences; `hasRole` tells whom the story gave a role. */
export function pairAntecedents(layout: Layout, mentions: NameMentions, hasRole: HasRole) {
  const { introducedPair, pairInRole, pairIntroducedAround } = introducedPairs(layout, mentions, hasRole);
  const { lastTwo, lastPair } = actingPairs(layout, mentions, hasRole, introducedPair);
  const joinedBodies = (pos: number) => joinedBodiesBefore(layout, mentions, pos);
  return { lastTwo, lastPair, pairIntroducedAround, pairInRole, joinedBodies };
}

const isPerson = (e: Entity) => e.type === 'PERSON';

/** Whether two names, the earlier first, introduce two persons together: "Edward Lamb, 68, and his son Thomas". */
const introducedTogether = (text: string, earlier: { e: Entity; m: Span }, later: { e: Entity; m: Span }) =>
  earlier.e !== later.e && PAIR_JOINED.test(text.slice(earlier.m.end, later.m.start));

/** The start of the sentence two before the one `pos` stands in: a pair is named there or since. */
const startTwoSentencesBack = (layout: Layout, pos: number) => layout.sentences[Math.max(0, lastEndingBy(layout.sentences, pos) - 1)]?.start ?? 0;

/** Two persons named side by side with "and": last before a position, in a role, or around a description of a pair. */
function introducedPairs(layout: Layout, { text, names, mentionsBefore }: NameMentions, hasRole: HasRole) {
  /** The two persons last introduced together before `pos`, named side by side with "and"
   *  ("Edward Lamb, 68, and his son Thomas, 39,", "Labour's Priya Shah and the Conservative candidate, Mark Denholm,"). */
  const introducedPair = (pos: number): Pair | null => {
    let later: { e: Entity; m: Span } | null = null;
    for (const earlier of mentionsBefore(pos, isPerson)) {
      if (later && introducedTogether(text, earlier, later)) return [earlier.e, later.e];
      later = earlier;
    }
    return null;
  };
  /** "The senators said": the two persons last named together with "and" before `pos` when nobody
   *  else was named since and the story gave them the role `plural` is the plural of (each holds it,
   *  or the word stands in a sentence naming them together or the one before it). */
  const pairInRole = (pos: number, role: string, plural: string): Pair | null => {
    const seen = new Set<Entity>();
    let later: { e: Entity; m: Span } | null = null;
    for (const earlier of mentionsBefore(pos, isPerson)) {
      seen.add(earlier.e);
      if (seen.size > 2) return null;
      if (later && introducedTogether(text, earlier, later)) {
        const from = layout.sentences[lastEndingBy(layout.sentences, earlier.m.start)]?.start ?? 0;
        const titled = hasRole(role)(earlier.e) && hasRole(role)(later.e);
        const called = runTimePattern(`\\b${plural}\\b`, 'iu').test(text.slice(from, later.m.end));
        if (titled || called) return [earlier.e, later.e];
      }
      later = earlier;
    }
    return null;
  };
  /** The two persons a description of a pair ("A FATHER and son …") stands for: introduced together
   *  before `start`, else in the three sentences after `end`. */
  const pairIntroducedAround = (start: number, end: number): Pair | null => {
    const before = introducedPair(start);
    if (before) return before;
    const limit = layout.sentences[lastEndingBy(layout.sentences, end) + 4]?.end ?? text.length;
    for (let i = firstStartingAtOrAfter(names, end); i + 1 < names.length && names[i + 1]!.start < limit; i++) {
      const [earlier, later] = [names[i]!, names[i + 1]!];
      if (isPerson(earlier.e) && isPerson(later.e) && introducedTogether(text, earlier, later)) return [earlier.e, later.e];
    }
    return null;
  };
  return { introducedPair, pairInRole, pairIntroducedAround };
}

/** The two who last acted together before a position, and "the two" a description of a pair stands for. */
function actingPairs(layout: Layout, { text, mentionsBefore }: NameMentions, hasRole: HasRole, introducedPair: (pos: number) => Pair | null) {
  /** The two persons (or entities of `kind`) who last acted together before `pos`; a possessor
   *  ("Putin’s envoy") is not one of them. */
  const lastTwo = (pos: number, kind: EntityType = 'PERSON', from = 0, fits = (_e: Entity) => true): Pair | null => {
    const acting = new Set<Entity>();
    for (const { e, m } of mentionsBefore(pos, (e) => e.type === kind && fits(e), from)) {
      if (!/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) acting.add(e);
      if (acting.size === 2) break;
    }
    const [later, earlier] = [...acting];
    return earlier && later ? [earlier, later] : null;
  };
  /** "The two" (or "the former" and "the latter") before `pos`: the pair, the one named earlier first. */
  const lastPair = (pos: number, kind: EntityType = 'PERSON', role: string | null = null): { entity: Entity | null; name: string | null } => {
    // ("Both parties said" is no two bodies named paragraphs before: a pair is named in the sentence
    // or the two before it, unless the two hold the role it gives: "The two chief executives said".)
    // Only one of two persons introduced together named since ("Edward Lamb and his son Thomas …
    // The younger Mr Lamb said … The pair said") leaves those two; anyone else named there does not.
    const from = startTwoSentencesBack(layout, pos);
    const introduced = kind === 'PERSON' ? introducedPair(pos) : null;
    const pair =
      (role ? lastTwo(pos, kind, 0, hasRole(role)) : null) ??
      lastTwo(pos, kind, from) ??
      (introduced && mentionsBefore(pos, (e) => e.type === 'PERSON' && !introduced.includes(e), from).next().done ? introduced : null);
    // "The two sides" after one person named are not that person.
    return pair ? { entity: pair[0], name: pair.map((e) => e.name).join(' and ') } : { entity: null, name: null };
  };
  return { lastTwo, lastPair };
}

/** "Pellworth Energy and Norland Gas agreed to combine … The companies said": the two bodies last
 *  named before `pos`, in its sentence or the two before it, when "and" joins them. */
function joinedBodiesBefore(layout: Layout, { text, mentionsBefore }: NameMentions, pos: number): Pair | null {
  let later: { e: Entity; m: Span } | null = null;
  for (const earlier of mentionsBefore(pos, (e) => e.type === 'ORGANIZATION', startTwoSentencesBack(layout, pos))) {
    if (!later) later = earlier;
    else if (earlier.e !== later.e) return BODIES_JOINED.test(text.slice(earlier.m.end, later.m.start)) ? [earlier.e, later.e] : null;
  }
  return null;
}

/** What joins two bodies acting together: "and", "and the". */
const BODIES_JOINED = /^\s+and\s+(?:the\s+)?$/u;

/** What joins two persons introduced together: "and", after an age or a role set off by commas,
 *  before a few words describing the second ("his son", "the Conservative candidate,") or a title
 *  cut short with a full stop ("Sen. Ann Holt and Sen. Tom Reed", "Mr. Holt and Mr. Reed"). */
export const PAIR_JOINED = /^(?:,[^,.;:“”"()]{1,30},)?\s+and\s+(?:[^\s,.;:“”"()]+\s+|\p{Lu}\p{Ll}{0,4}\.\s+){0,4}(?:[^\s,.;:“”"()]+,\s+)?$/u;

// Speaker resolution scored on GUM's coreference (read where it lies, nothing copied): GUM gives every mention
// the id of its chain (Entity=(12-person-…) in dep/*.conllu, all mentions of one referent share 12). For each
// quote whose speaker the text gives as a pronoun or a description ("he said", "the company said"), the chain
// of that mention tells whether the name we resolved it to is right: right when one of the resolved entity's
// name mentions lies in the same chain. Name speakers linked to another name of the entity ("Bos" → "Nick
// Bos") are scored the same way, apart. The quotes scored are those the extraction keeps (at its default
// confidence), speech and beliefs alike. A joint speaker ("Ann Holt and Tom Reyes") is right when the
// speaker's chain holds a mention naming them all ("we" after "Wikinews interviews Ann Holt and Tom Reyes").
import { DEFAULT_MIN_CONFIDENCE } from '../extract/confidence.js';
import type { Extraction, TextSpan } from '../extract/types.js';
import type { GumDocument, GumMention } from './gum-conllu.js';
import { nameSpan } from './gum-corpus.js';

/** right / wrong: the resolved entity has (no) name mention in the speaker's chain; unresolved: no name
 *  resolved though the chain has one; no name in chain: nothing to resolve to; no chain: GUM has no
 *  mention where the speaker mention lies. */
export type SpeakerOutcome = 'right' | 'wrong' | 'unresolved' | 'no name in chain' | 'no chain';

export interface SpeakerCase {
  /** description: a pronoun or a description speaker; name: a name linked to another name of its entity */
  group: 'description' | 'name';
  outcome: SpeakerOutcome;
  mention: string;
  resolved: string | null;
  /** the names the chain gives (GUM's named mentions of it) */
  chainNames: string[];
  at: number;
}

const chars = (doc: GumDocument, m: GumMention): [number, number] => [doc.tokens[m.first]!.start, doc.tokens[m.last!]!.end];

/** The GUM mention that best covers a span: the most shared characters, then the fewest extra ones. */
export function gumMentionAt(doc: GumDocument, span: TextSpan): GumMention | undefined {
  let best: GumMention | undefined;
  let [bestShared, bestExtra] = [0, 0];
  for (const m of doc.mentions) {
    if (m.last === null) continue;
    const [s, e] = chars(doc, m);
    const shared = Math.min(e, span.end) - Math.max(s, span.start);
    const extra = e - s - shared;
    if (shared > bestShared || (shared === bestShared && shared > 0 && extra < bestExtra)) [best, bestShared, bestExtra] = [m, shared, extra];
  }
  return best;
}

/** The chains a GUM document names (chain id → its named mentions' words). */
function namedChains(doc: GumDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of doc.mentions) {
    const span = nameSpan(doc.tokens, m, doc.mentions);
    if (!span) continue;
    const words = doc.text.slice(doc.tokens[span[0]]!.start, doc.tokens[span[1]]!.end);
    out.set(m.chain, [...(out.get(m.chain) ?? []), words]);
  }
  return out;
}

/** The others of a joint speaker's name ("Ann Holt and Tom Reyes" for Tom Reyes: "Ann Holt"), none
 *  for a speaker alone. */
function partnersOf(joint: string, name: string): string[] {
  const names = joint.split(/,\s+|\s+and\s+/u);
  return names.length > 1 && names.includes(name) ? names.filter((n) => n !== name) : [];
}

/** The chains of a joint speaker: of GUM's mentions holding one of the entity's names and the last word
 *  of each partner's too ("Ann Holt and Tom Reyes of the ferry line", a chain "we" may stand in). */
function jointChains(doc: GumDocument, names: TextSpan[], partners: string[]): Set<string | undefined> {
  const chains = new Set<string | undefined>();
  for (const m of doc.mentions) {
    if (m.last === null) continue;
    const [s, e] = chars(doc, m);
    const words = doc.text.slice(s, e);
    if (names.some((n) => s <= n.start && n.end <= e) && partners.every((p) => words.includes(p.split(/\s+/u).at(-1)!))) chains.add(m.chain);
  }
  return chains;
}

/** The scored speakers of one document's extraction. */
export function speakerCases(doc: GumDocument, x: Extraction): SpeakerCase[] {
  const named = namedChains(doc);
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const cases: SpeakerCase[] = [];
  for (const q of x.quotes) {
    const { mention, entityId } = q.speaker;
    if (!mention || q.confidence < DEFAULT_MIN_CONFIDENCE) continue;
    const entity = entityId ? entities.get(entityId) : undefined;
    const words = doc.text.slice(mention.start, mention.end);
    const group = mention.kind === 'NAME' ? 'name' : 'description';
    if (group === 'name' && (!entity || entity.name === words)) continue;
    const own = gumMentionAt(doc, mention);
    // (A speaker we did not read as a name that GUM names, "Prime Minister Boris Johnson", is no description.)
    if (group === 'description' && own && nameSpan(doc.tokens, own, doc.mentions)) continue;
    const chainNames = own ? (named.get(own.chain) ?? []) : [];
    // the resolved entity's other name mentions, each in its GUM chain
    const others = (entity?.mentions ?? []).filter((m) => m.kind === 'NAME' && (m.end <= mention.start || m.start >= mention.end));
    const joint = entity && q.speaker.name && q.speaker.name !== entity.name ? partnersOf(q.speaker.name, entity.name) : [];
    const chains = joint.length ? jointChains(doc, others, joint) : new Set(others.map((m) => gumMentionAt(doc, m)?.chain));
    let outcome: SpeakerOutcome;
    if (!own) outcome = 'no chain';
    else if (others.length) outcome = chains.has(own.chain) ? 'right' : 'wrong';
    else outcome = chainNames.length ? 'unresolved' : 'no name in chain';
    cases.push({ group, outcome, mention: words, resolved: entity?.name ?? null, chainNames, at: mention.start });
  }
  return cases;
}

const OUTCOMES: SpeakerOutcome[] = ['right', 'wrong', 'unresolved', 'no name in chain', 'no chain'];

/** The counts per outcome and the accuracy right / (right + wrong + unresolved) of some cases. */
function speakerTable(cases: SpeakerCase[], label: string): string {
  const count = (o: SpeakerOutcome) => cases.filter((c) => c.outcome === o).length;
  const scored = count('right') + count('wrong') + count('unresolved');
  const accuracy = scored ? ((100 * count('right')) / scored).toFixed(1) : '-';
  return `${label.padEnd(14)} ${accuracy.padStart(5)} % (${count('right')}/${scored})  ${OUTCOMES.map((o) => `${o} ${count(o)}`).join(', ')}`;
}

/** The speaker words a row of the table counts apart: pronouns by person, descriptions together. */
const WORD_ROWS: Array<[string, RegExp]> = [
  ['  "I"', /^i$/iu],
  ['  "we"', /^we$/iu],
  ['  "you"', /^you$/iu],
  ['  "he", "she"', /^(he|she)$/iu],
  ['  "it", "they"', /^(it|they)$/iu],
  ['  descriptions', /^(?!(i|we|you|he|she|it|they)$)/iu],
];

/** The table of all cases: pronoun and description speakers, by word, then names. */
export function speakerTables(cases: SpeakerCase[]): string {
  const descriptions = cases.filter((c) => c.group === 'description');
  return [
    speakerTable(descriptions, 'description'),
    ...WORD_ROWS.map(([label, words]) =>
      speakerTable(
        descriptions.filter((c) => words.test(c.mention)),
        label,
      ),
    ),
    speakerTable(
      cases.filter((c) => c.group === 'name'),
      'name',
    ),
  ].join('\n');
}

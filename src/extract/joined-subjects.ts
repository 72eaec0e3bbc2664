// Whom "they" stands for when two names joined by "and" open the sentence before it: the two of them,
// persons ("Jack and Sarah Hawkins have campaigned … “…,” they said") or bodies and places
// ("Velmora Bank and the Korvena Port Authority signed the deal. They said …").
import type { Antecedents } from './antecedents.js';
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import { PAIR_JOINED } from './pair-antecedents.js';
import { lastEndingBy } from './span-index.js';
import type { Entity } from './types.js';

/** Two persons, or two bodies or places, joined by "and" opening the sentence before `before`, also
 *  after words describing both or with an age or a role set off after the first ("Their friends Ellie
 *  Marsh and Dan Okoro joined them", "Liam Hart, 34, and Connor Hart, 31, ran …"). */
export function openingPair(a: Antecedents, before: number): { entity: Entity; name: string } | null {
  const sentence = a.layout.sentences[lastEndingBy(a.layout.sentences, before)];
  if (!sentence) return null;
  // (A person's pair first: "Velmora Bank's Tom Pike and Ann Holt" are the two persons.)
  for (const kind of [(e: Entity) => e.type === 'PERSON', (e: Entity) => e.type !== 'PERSON']) {
    const [first, second] = [...a.mentionsBefore(sentence.end, kind, sentence.start)].reverse();
    if (!first || !second || first.e === second.e || !describesOnly(a.text.slice(sentence.start, first.m.start))) continue;
    if (PAIR_JOINED.test(a.text.slice(first.m.end, second.m.start))) return { entity: first.e, name: `${first.e.name} and ${second.e.name}` };
  }
  return null;
}

/** Up to three words before a name that only describe it: no verb, no preposition or conjunction
 *  ("Their friends", "Labour councillors"; not "After", "Police said"). */
function describesOnly(words: string): boolean {
  if (!/^(?:[\p{L}’'-]+\s+){0,3}$/u.test(words)) return false;
  return words.split(/\s+/u).every((w) => !w || OPENING_DETERMINER.test(w) || (!isFunctionWord(w) && !isFiniteVerb(w)));
}
const OPENING_DETERMINER = /^(the|their|his|her|its|our|two|both)$/iu;

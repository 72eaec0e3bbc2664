// Whom "they" stands for when two names joined by "and" open the sentence before it: the two of them,
// persons ("Jack and Sarah Hawkins have campaigned … “…,” they said") or bodies and places
// ("Velmora Bank and the Korvena Port Authority signed the deal on Friday. They said …").
import type { Antecedents } from './antecedents.js';
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import { PAIR_JOINED } from './pair-antecedents.js';
import { lastEndingBy, spanAt } from './span-index.js';
import { frontedPhrase } from './subject-antecedents.js';
import type { Entity } from './types.js';

/** Two names joined by "and" as one speaker, and where the first stands. */
export interface OpeningPair {
  entity: Entity;
  name: string;
  at: number;
  /** set off as examples of a group before them ("Critics of the plan, like Tom Pike and Ann Holt, …") */
  examples: boolean;
}

/** How many sentences opening with "They" the pair may stand back behind. */
const THEY_CHAIN = 2;

/** Two persons, or two bodies or places, joined by "and" opening the pronoun's own sentence before
 *  `before` ("Velmora Bank and Korvena Shipping met on Friday, and they said") or the sentence before,
 *  also behind sentences that open with "They" and so go on with them ("Tom Pike and Ann Holt … They
 *  sent a letter. “…,” they wrote"). */
export function openingPair(a: Antecedents, before: number): OpeningPair | null {
  const { sentences } = a.layout;
  const own = spanAt(sentences, before);
  const here = own ? pairOpening(a, own.start, before) : null;
  if (here) return here;
  for (let n = lastEndingBy(sentences, before), k = 0; n >= 0 && k <= THEY_CHAIN; n--, k++) {
    const pair = pairOpening(a, sentences[n]!.start, sentences[n]!.end);
    if (pair || !/^They\b/u.test(sentences[n]!.text)) return pair;
  }
  return null;
}

/** The pair opening the words from `start` to `end`, after words describing both, a phrase fronted
 *  before them ("After months of talks, "), or with an age or a role set off after the first ("Their
 *  friends Ellie Marsh and Dan Okoro joined them", "Liam Hart, 34, and Connor Hart, 31, ran …"). */
function pairOpening(a: Antecedents, start: number, end: number): OpeningPair | null {
  // (A person's pair first: "Velmora Bank's Tom Pike and Ann Holt" are the two persons.)
  for (const kind of [(e: Entity) => e.type === 'PERSON', (e: Entity) => e.type !== 'PERSON']) {
    const [first, second] = [...a.mentionsBefore(end, kind, start)].reverse();
    if (!first || !second || first.e === second.e) continue;
    const lead = a.text.slice(start, first.m.start);
    const examples = EXAMPLES_LEAD.test(lead);
    if (!describesOnly(lead) && !frontedPhrase(lead) && !examples) continue;
    if (PAIR_JOINED.test(a.text.slice(first.m.end, second.m.start)))
      return { entity: first.e, name: `${first.e.name} and ${second.e.name}`, at: first.m.start, examples };
  }
  return null;
}

/** Two persons joined by "and" in the pronoun's own sentence before `before` or in the sentence
 *  before, the last such pair, though not opening the sentence: "Take Senators Tom Pike and Dan Weld.
 *  Last week, they endorsed …", "When I met with Tom Pike and Dan Weld, they were quiet". Asked only
 *  when nothing opening a sentence, no group and no one who spoke lately is what "they" goes on with.
 *  Not the last two of a list ("Ann, Tom and Dan"), not two a person named before them in their
 *  sentence acted on ("Tom Pike met Ann Holt and Ida Brandt"), and not two in a clause opening their
 *  sentence whose main clause has a subject of its own ("After Ann and Tom left, the crowd …"). */
export function pairInView(a: Antecedents, before: number): OpeningPair | null {
  const { sentences } = a.layout;
  const from = sentences[Math.max(0, lastEndingBy(sentences, before))]?.start ?? 0;
  const person = (e: Entity) => e.type === 'PERSON';
  let second: (typeof a.names)[number] | null = null;
  for (const first of a.mentionsBefore(before, person, from)) {
    // ("Mr. Pike and Mr. Weld": a title's point is no break between the two.)
    const between = second ? a.text.slice(first.m.end, second.m.start).replace(/\b(\p{Lu}\p{Ll}{0,3})\./gu, '$1') : '';
    const joined = second && first.e !== second.e && PAIR_JOINED.test(between) ? second : null;
    second = first;
    if (!joined) continue;
    const sentence = spanAt(sentences, first.m.start);
    const opening = sentence?.start ?? from;
    // ("Brandy, Monica and Lauryn Hill": the last two of a list are no pair.)
    if (/,\s*$/u.test(a.text.slice(Math.max(opening, first.m.start - 3), first.m.start))) return null;
    if (a.mentionsBefore(first.m.start, person, opening).next().value) return null;
    if (SUBORDINATE_OPENING.test(a.text.slice(opening, first.m.start)) && !/^[^,]*,\s+they\b/iu.test(a.text.slice(joined.m.end, joined.m.end + 120)))
      return null;
    return { entity: first.e, name: `${first.e.name} and ${joined.e.name}`, at: first.m.start, examples: false };
  }
  return null;
}

/** A clause opening the sentence up to a name: "As ", "When I met with ", "After ". */
const SUBORDINATE_OPENING = /^(?:after|as|when|while|because|since|although|though|if|once|before|until)\b[^,;:]*$/iu;

/** A group then the pair set off as examples of it: "Critics of the plan, like Senators ", "Residents, including ". */
const EXAMPLES_LEAD = /^[^,;:“”"()]{3,60},\s+(?:like|such as|including)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Up to three words before a name that only describe it: no verb, no preposition or conjunction
 *  ("Their friends", "Labour councillors"; not "After", "Police said"). */
function describesOnly(words: string): boolean {
  if (!/^(?:[\p{L}’'-]+\s+){0,3}$/u.test(words)) return false;
  return words.split(/\s+/u).every((w) => !w || OPENING_DETERMINER.test(w) || (!isFunctionWord(w) && !isFiniteVerb(w)));
}
const OPENING_DETERMINER = /^(the|their|his|her|its|our|two|both)$/iu;

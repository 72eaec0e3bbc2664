// "agreed to pay", "warned them to leave": content opening with "to" and a verb is an infinitive,
// what was agreed or urged. "to" before a noun phrase, an amount, a name or a day is a preposition:
// "agreed to a ceasefire", "extended its amber warning to Wales", "their warning to Monday".
import { isCalendarWord } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import type { TextSpan } from './types.js';

const TO_NOUN_PHRASE = /^to\s+(?:(a|an|the|his|her|its|their|this|that|these|those|our|my|your|some|any|all|each|every)\s|\p{N})/iu;

/** Whether `content` opens with "to" and a verb, not with "to" and a noun phrase, a name or a day. */
export function opensWithInfinitive(content: TextSpan | null, names: Pick<NameIndex, 'nameAt'>): boolean {
  const to = /^to\s+/iu.exec(content?.text ?? '');
  if (!content || !to || TO_NOUN_PHRASE.test(content.text)) return false;
  const word = /^[\p{L}'’-]+/u.exec(content.text.slice(to[0].length))?.[0] ?? '';
  return !isCalendarWord(word) && !names.nameAt.has(content.start + to[0].length);
}

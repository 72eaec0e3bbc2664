// "agreed to pay", "warned them to leave": content opening with "to" and a verb is an infinitive,
// what was agreed or urged. "to" before a noun phrase, an amount, a name or a day is a preposition:
// "agreed to a ceasefire", "extended its amber warning to Wales", "their warning to Monday".
import { isCalendarWord, isClosedClassWord } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { isLowerCaseWord, type Token } from './tokens.js';
import type { TextSpan } from './types.js';

const TO_NOUN_PHRASE = /^to\s+(?:(a|an|the|his|her|its|their|this|that|these|those|our|my|your|some|any|all|each|every)\s|\p{N})/iu;

/** Whether `content` opens with "to" and a verb, not with "to" and a noun phrase, a name or a day. */
export function opensWithInfinitive(content: TextSpan | null, names: Pick<NameIndex, 'nameAt'>): boolean {
  const to = /^to\s+/iu.exec(content?.text ?? '');
  if (!content || !to || TO_NOUN_PHRASE.test(content.text)) return false;
  const word = /^[\p{L}'’-]+/u.exec(content.text.slice(to[0].length))?.[0] ?? '';
  return !isCalendarWord(word) && !names.nameAt.has(content.start + to[0].length);
}

/** Whether token `k` is "to" before a word in lower case that is no closed-class word nor a plural:
 *  "to take", "to build", not "to reporters", "to the crowd" or "to him". */
export function infinitiveAt(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  return /^to$/iu.test(tokens[k]?.text ?? '') && isLowerCaseWord(next) && !isClosedClassWord(next) && !/[^s]s$/u.test(next);
}

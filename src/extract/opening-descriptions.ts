// A description opening a sentence: "The senator then dismissed …", "The state health department
// said …", "But the pilots' union rejected …". One reader walks the words after the determiner; the
// caller's head test says of each whether it heads the description, may stand before its head, or
// ends the search, so that persons by role, organizations and unnamed bodies are read alike.
import type { TextSpan } from './types.js';

/** What a head test says of the word at `i`: it heads the description, it may qualify a head
 *  further on ("state", "health"), or the sentence opens with no description the test accepts. */
export type HeadVerdict = 'head' | 'modifier' | 'stop';

/** `words` the sentence's opening words, `i` the word weighed, `first` the determiner's index. */
export type HeadTest = (words: readonly string[], i: number, first: number) => HeadVerdict;

export interface OpeningDescription extends TextSpan {
  /** the head word, without a comma or colon after it */
  head: string;
}

/** At most this many words after the determiner: three modifiers, then the head. */
const HEAD_REACH = 4;
/** Enough characters for the determiner, a lead word and the head's next word. */
const OPENING_REACH = 100;
const FIRST_WORD = /\S+/u;
const WORDS = /\S+/gu;

/**
 * The description opening `sentence` (starting at `offset` in the text), or null: a determiner
 * (`determiner`, after one word `lead` allows), then the words `isHead` weighs one by one up to its
 * head, which another word must follow. Offsets are in the text.
 */
export function openingDescription(sentence: string, offset: number, determiner: RegExp, isHead: HeadTest, lead?: RegExp): OpeningDescription | null {
  // Most sentences open with neither a lead word nor a determiner: their first word tells.
  const opening = sentence.slice(0, OPENING_REACH);
  const firstWord = FIRST_WORD.exec(opening)?.[0] ?? '';
  if (!lead?.test(firstWord) && !determiner.test(firstWord)) return null;
  // The first words only, not all of the opening's (this runs for every sentence).
  const found: RegExpExecArray[] = [];
  WORDS.lastIndex = 0;
  while (found.length < HEAD_REACH + 3) {
    const m = WORDS.exec(opening);
    if (!m) break;
    found.push(m);
  }
  const words = found.map((m) => m[0]);
  const first = lead?.test(words[0] ?? '') ? 1 : 0;
  if (!determiner.test(words[first] ?? '')) return null;
  for (let i = first + 1; i < words.length - 1 && i <= first + HEAD_REACH; i++) {
    const verdict = isHead(words, i, first);
    if (verdict === 'stop') return null;
    if (verdict === 'modifier') continue;
    const head = words[i]!.replace(/[,;:]$/u, '');
    const start = offset + found[first]!.index;
    const end = offset + found[i]!.index + head.length;
    return { start, end, text: sentence.slice(start - offset, end - offset), head };
  }
  return null;
}

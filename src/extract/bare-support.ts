// "support" in its bare form as the verb of a stance ("Most voters support the levy"), told from the
// noun ("won support", "her support for the levy") by the words around it.
import { isClosedClassWord, isPluralNoun, isVerbForm, tagsOf } from './lexicon.js';
import type { Token } from './tokens.js';
import { isAdverbish } from './topic-verbs.js';

/** Whether the word may be "support" as a verb in its bare form (bareSupportAt reads the words around it). */
export const mayBeBareSupport = (word: string) => /^support$/iu.test(word);

/** "Most voters support the levy", "residents who strongly support Ann Holt", "She did support it":
 *  "support" in its bare form is the verb, as "supports" and "supported" are, where a plural subject,
 *  a share of a group, "they", a relative pronoun or a form of "do" stands right before it (past
 *  adverbs) and an object opens right after it; elsewhere it is the noun ("won support", "her support
 *  for the levy", "41 percent support", "the support base"), or the verb's form after "to" or a modal,
 *  an aim not yet a stance (topic-speech.ts). */
export function bareSupportAt(tokens: Token[], i: number): boolean {
  if (!mayBeBareSupport(tokens[i]!.text)) return false;
  let k = i - 1;
  while (k > 0 && (isAdverbish(tokens[k]!.text.toLowerCase()) || /^(all|both|overwhelmingly|generally|largely|mostly|firmly|broadly)$/iu.test(tokens[k]!.text)))
    k--;
  // ("students polled support …", "senators surveyed support …": those asked, then their answer.)
  if (/^(polled|surveyed|questioned|interviewed|asked)$/iu.test(tokens[k]?.text ?? '') && pluralAt(tokens[k - 1]?.text ?? '')) k--;
  const before = tokens[k]?.text ?? '';
  const subject = /^(do|does|did|who|that|they)$/iu.test(before) || SHARE_WORD.test(before) || pluralAt(before);
  // ("if voters support amending it": a stance under a condition is none taken yet.)
  const condition = /^(if|unless|whether)$/iu.test(tokens[k - 1]?.text ?? '');
  return subject && !condition && objectOpens(tokens[i + 1]?.text ?? '');
}

/** A plural noun: one the lexicon knows ("voters"), or a word in "-s" it knows as no verb ("senators",
 *  "Millennials"; not "needs" nor "gets": "needs support from …"). */
function pluralAt(word: string): boolean {
  if (!/^\p{L}+$/u.test(word) || isClosedClassWord(word)) return false;
  if (isPluralNoun(word)) return true;
  const tags = tagsOf(word);
  return /^\p{L}{3,}[^su]s$/u.test(word) && !tags.some((t) => /Verb|Tense|Adjective|Adverb/u.test(t));
}
/** Shares of a group that stand for its members: "Two-thirds support …", "a majority support …". */
const SHARE_WORD = /^(?:[\p{L}]+-)?(quarters|thirds|fifths|half|majority|most|many|others)$/iu;

/** Whether an object may open at the word: a determiner, a name, a pronoun, a gerund or a noun, not a
 *  preposition, a conjunction, a verb or a mark ("support for the levy", "support remains strong"). */
function objectOpens(word: string): boolean {
  if (/^(the|a|an|his|her|their|its|this|these|those|our|my|your|him|them|it|us|me|some|more|such|any)$/iu.test(word)) return true;
  if (!/^\p{L}/u.test(word) || isClosedClassWord(word)) return false;
  return /^\p{Lu}/u.test(word) || /^\p{Ll}{3,}ing$/u.test(word) || !isVerbForm(word);
}

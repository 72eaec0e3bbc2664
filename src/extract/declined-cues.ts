// Speech turned down (cues.ts): "declined to comment", "refused to say whether …", and the act a
// refusal turns down, a stance its subject takes.
import { isAdverb, isClosedClassWord } from './lexicon.js';
import { isLowerCaseWord } from './tokens.js';

/** "declined", "refuses", "declining": the verbs of a speech act turned down. */
export const DECLINING = /^(declin|refus)(e|es|ed|ing)$/iu;

/** Speech acts that may be turned down: "to comment", "to say whether …", "to answer questions". */
const DECLINED_ACTS = /^(comment|say|answer|discuss|elaborate|confirm|specify|disclose|reveal|explain|address|detail|name|identify|speculate|respond)$/u;

/** The index of the speech act turned down after "declined to" at `i` ("declined to publicly
 *  comment"), or -1 ("refused to drop the gun" turns down no speech). */
export function declinedSpeechAt(tokens: { text: string }[], i: number): number {
  if (!DECLINING.test(tokens[i]?.text ?? '') || !/^to$/iu.test(tokens[i + 1]?.text ?? '')) return -1;
  const verb = pastAdverbs(tokens, i + 2);
  return DECLINED_ACTS.test(tokens[verb]?.text ?? '') ? verb : -1;
}

/** The index of the act refused after "refused to" at `i` ("refused to sign the deal", "refuses to
 *  back Ann Holt"), or -1. A refusal is a stance its subject takes, which annotated news counts as it
 *  counts speech declined, whatever the act; "declined to run" or "declined to rise" more often tells
 *  what happened, so "declined" turns down speech acts only (above). */
export function refusedActAt(tokens: { text: string }[], i: number): number {
  if (!/^refus(e|es|ed|ing)$/iu.test(tokens[i]?.text ?? '') || !/^to$/iu.test(tokens[i + 1]?.text ?? '')) return -1;
  const verb = pastAdverbs(tokens, i + 2);
  // ("refused to the end", "refused to them": no verb, no act.)
  const word = tokens[verb]?.text ?? '';
  // ("who refused to be named said": a source's condition, no stance.)
  if (keptUnnamedAt(tokens, i + 1)) return -1;
  return isLowerCaseWord(word) && !isClosedClassWord(word) ? verb : -1;
}

/** "to be named", "to be identified", "to be quoted" at `k`: what a source asks for, or refuses. */
export function keptUnnamedAt(tokens: { text: string }[], k: number): boolean {
  return /^to$/iu.test(tokens[k]?.text ?? '') && /^be$/iu.test(tokens[k + 1]?.text ?? '') && /^(named|identified|quoted)$/iu.test(tokens[k + 2]?.text ?? '');
}

/** The index of the first word from `k` on that is no adverb: the verb after "to" ("declined to publicly comment"). */
function pastAdverbs(tokens: { text: string }[], k: number): number {
  while (k < tokens.length && isAdverb(tokens[k]!.text)) k++;
  return k;
}

// How something was said, set off after the cue by a comma: "Reese said, his boots covered in mud",
// "she said, her voice barely audible". A possessed noun with no finite verb describes the speaker;
// it is no content, whatever word (participle, adjective) follows the noun.
import { isFiniteVerb } from './lexicon.js';

/** Whether the words after "said," are a possessed noun and what state it was in, with no verb of their own. */
export function describesManner(afterCue: string): boolean {
  const setOff = /^\s*,\s*(?:his|her|their|its)\s+(.*)$/isu.exec(afterCue);
  if (!setOff) return false;
  const words = setOff[1]!.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’-]+/gu, ''));
  return words.length >= 2 && !words.some((w) => isFiniteVerb(w));
}

// Words set off after a cue by a comma that are no content of it: how it was said ("Reese said, his
// boots covered in mud", "she said, her voice barely audible"), or a relative clause going on with
// the clause said before the cue ("Managers offered a 5 percent rise, he said, which was the most …").
import { isFiniteVerb } from './lexicon.js';

/** Whether the words after the cue (from its end) are set off by a comma and are no content of it. */
export function noContentAfterComma(afterCue: string): boolean {
  return describesManner(afterCue) || /^\s*,\s*(?:which|who)\b/iu.test(afterCue);
}

/** A possessed noun with no finite verb describes the speaker, whatever word (participle,
 *  adjective) follows the noun. */
function describesManner(afterCue: string): boolean {
  const setOff = /^\s*,\s*(?:his|her|their|its)\s+(.*)$/isu.exec(afterCue);
  if (!setOff) return false;
  const words = setOff[1]!.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’-]+/gu, ''));
  return words.length >= 2 && !words.some((w) => isFiniteVerb(w));
}

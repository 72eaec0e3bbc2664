// Words set off after a cue by a comma that are no content of it: how it was said ("Reese said, his
// boots covered in mud", "she said, her voice barely audible"; also after whom it was told: "Holt told
// the crowd, her voice drowned out by boos", "told reporters, to laughter from the room"), or a
// relative clause going on with the clause said before the cue ("Managers offered a 5 percent rise, he said, which was the most …").
import { isFiniteVerb } from './lexicon.js';

/** Whether the words after the cue (from its end) are set off by a comma and are no content of it. */
export function noContentAfterComma(afterCue: string): boolean {
  // (After an object, a list goes on with it: "questioned his tactics, his judgment and his record".)
  const told = LISTENER_THEN_COMMA.exec(afterCue);
  const setOff = told ? afterCue.slice(told[0].length - 1) : afterCue;
  const list = !!told && /,|\band\b/u.test(setOff.slice(1));
  return (!list && describesManner(setOff)) || RECEPTION.test(setOff) || /^\s*,\s*(?:which|who)\b/iu.test(afterCue);
}

/** A short object before the comma: whom the words were told ("the crowd", "reporters", "Ann Holt"). */
const LISTENER_THEN_COMMA = /^(?:\s+[\p{L}.'’-]+){1,4}?\s*,/u;

/** "to cheers from the crowd", "to laughter", "to rowdy applause": how the audience took the words. */
const RECEPTION = /^\s*,\s*to\s+(?:\p{Ll}+\s+)?(?:cheers|applause|laughter|boos|jeers|gasps|groans)\b/u;

/** A possessed noun with no finite verb describes the speaker, whatever word (participle,
 *  adjective) follows the noun. (A past form with its agent after it, "drowned out by boos", is a
 *  participle.) */
function describesManner(afterCue: string): boolean {
  const setOff = /^\s*,\s*(?:his|her|their|its)\s+(.*)$/isu.exec(afterCue);
  if (!setOff) return false;
  const words = setOff[1]!.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’-]+/gu, ''));
  return words.length >= 2 && !words.some((w, k) => isFiniteVerb(w) && !byAgent(words, k));
}

const byAgent = (words: string[], k: number) => words[k + 1] === 'by' || (/^(out|up|off|down|away)$/u.test(words[k + 1] ?? '') && words[k + 2] === 'by');

// "the Cleveland Indians … The Indians had their streak stopped", "the Indians beat the Royals 5-3": in a
// sports report a people's name in the plural is a side's when the report names a side ending in it, or has
// it win, lose or score as a side does; elsewhere it stays a people, no one's name ("the Indians of the Amazon").
import { isDemonymWord } from '../gazetteer.js';
import type { TypedCandidate } from './typed-candidates.js';
import { plainLower } from './typer-features.js';

// What a side does, after its name: "the Indians beat …", "the Indians won", "the Indians 5".
const RESULT_AFTER = /^(?:beat|won|lost|drew|rallied|clinched|swept|blanked|routed|edged|outscored|trailed|snapped|\d{1,3}(?:-\d{1,3})?)$/u;
// ... and what a side does to it, before "the" and its name: "beat the Indians", "hosted the Indians".
const RESULT_BEFORE = /^(?:beat|defeated|hosts?|hosted|visits?|visited|swept|blanked|edged|routed|outscored|downed)$/u;

const peoplesPlural = (word: string) => /^\p{Lu}[\p{L}’']+s$/u.test(word) && isDemonymWord(word);

/** The people's plurals a sports report names as sides, lower-cased. */
function peoplesAsSides(typed: TypedCandidate[]): Set<string> {
  const sides = new Set<string>();
  for (const { c, type } of typed) {
    const last = c.words[c.words.length - 1]!;
    if (!peoplesPlural(last)) continue;
    // "the Cleveland Indians": a side named for its town and a people.
    if (type === 'ORGANIZATION' && c.words.length > 1) sides.add(plainLower(last));
    else if (c.words.length === 1 && c.prev === 'the' && (RESULT_AFTER.test(c.next) || RESULT_BEFORE.test(c.prevBefore))) sides.add(plainLower(last));
  }
  return sides;
}

/** Types the people's plurals a sports report names as sides organizations (in place); nothing in other
 *  stories (`sportsReport`: the text reads as a sports report). */
export function peoplesNamedAsSides(typed: TypedCandidate[], sportsReport: boolean): void {
  if (!sportsReport) return;
  const sides = peoplesAsSides(typed);
  if (!sides.size) return;
  for (const t of typed) if (t.type === null && t.c.words.length === 1 && sides.has(plainLower(t.c.text))) t.type = 'ORGANIZATION';
}

// "The administration said" after "the Velmora administration" or "the Holt administration's plan":
// news names a government once by its head (or its place) and calls it "the administration" after.
import type { Antecedents } from './antecedents.js';
import type { SpeakerSurface } from './name-index.js';
import type { Resolution } from './speech-history.js';

/** The words after a name that make it an administration's: " administration", "'s administration". */
const ADMINISTRATION_AFTER = /^(?:['’]s)?\s+administration\b/iu;

/** The administration a bare "the administration" names again: an organization named "… administration"
 *  or a person's or place's name before "administration", the nearest before it, however far back (a
 *  story names its government once, at the top); else null. */
export function administrationNamedBefore(a: Antecedents, surface: SpeakerSurface): Resolution | null {
  if (!/^the administration$/iu.test(surface.text)) return null;
  const { text } = a;
  const named = (n: { m: { start: number; end: number } }) => ADMINISTRATION_AFTER.test(text.slice(n.m.end, n.m.end + 20));
  for (const n of a.mentionsBefore(surface.start, () => true)) {
    if (n.e.type === 'ORGANIZATION' && /\badministration$/iu.test(n.e.name)) return { entity: n.e, name: null };
    // ("Ann Holt's administration" is the Holt administration: a person's by the surname.)
    const words = text.slice(n.m.start, n.m.end);
    if (named(n)) return { entity: null, name: `${n.e.type === 'PERSON' ? words.split(/\s+/u).at(-1) : words} administration` };
  }
  return null;
}

// "The administration said" after "the Velmora administration" or "the Holt administration's plan":
// news names a government once by its head (or its place) and calls it "the administration" after.
import type { Antecedents } from './antecedents.js';
import type { SpeakerSurface } from './name-index.js';
import { LOOKBACK } from './name-mentions.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { Resolution } from './speech-history.js';

/** The words after a name that make it an administration's: " administration", "'s administration". */
const ADMINISTRATION_AFTER = /^(?:['’]s)?\s+administration\b/iu;

type NameMention = Antecedents['names'][number];

/** The administration a name mention names: an organization named "… administration", or a person's
 *  or place's name before "administration" ("Ann Holt's administration" is the Holt administration: a
 *  person's by the surname); else null. */
function administrationOf(text: string, n: NameMention): Resolution | null {
  if (n.e.type === 'ORGANIZATION' && /\badministration$/iu.test(n.e.name)) return { entity: n.e, name: null };
  if (!ADMINISTRATION_AFTER.test(text.slice(n.m.end, n.m.end + 20))) return null;
  const words = text.slice(n.m.start, n.m.end);
  return { entity: null, name: `${n.e.type === 'PERSON' ? words.split(/\s+/u).at(-1) : words} administration` };
}

/** For each of a document's name mentions, the last one up to it that names an administration (-1:
 *  none), worked out in one pass on the first bare "the administration": a search back from each
 *  went over hundreds of mentions. */
const lastAdministrations = new WeakMap<NameMention[], Int32Array>();

function lastAdministration({ text, names }: Antecedents): Int32Array {
  let last = lastAdministrations.get(names);
  if (!last) {
    last = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++) last[i] = administrationOf(text, names[i]!) ? i : i > 0 ? last[i - 1]! : -1;
    lastAdministrations.set(names, last);
  }
  return last;
}

/** The administration a bare "the administration" names: the nearest name of one before it, however far
 *  back (a story names its government once, at the top) within the mentions a reference reaches
 *  (mentionsBefore's), past those that end after it; else null. */
export function administrationNamedBefore(a: Antecedents, surface: SpeakerSurface): Resolution | null {
  if (!/^the administration$/iu.test(surface.text)) return null;
  const last = lastAdministration(a);
  const first = firstStartingAtOrAfter(a.names, surface.start);
  const stop = Math.max(0, first - LOOKBACK);
  for (let i = first > 0 ? last[first - 1]! : -1; i >= stop; i = i > 0 ? last[i - 1]! : -1) {
    if (a.names[i]!.end <= surface.start) return administrationOf(a.text, a.names[i]!);
  }
  return null;
}

// A paper's or station's title of more than four words as the listener: "told the East Anglian
// Daily Times the player would …". Listeners are read four words at most (the name of who spoke
// next may follow at once), so a longer title goes on only up to the word that closes such titles.
import { PAPER_TITLES } from './entities/named-body-vocabulary.js';
import type { Token } from './tokens.js';

/** Words closing a paper's or a station's title. */
const TITLE_ENDS = new Set([...PAPER_TITLES, ...'news echo press mail star standard argus courier record radio magazine'.split(' ')]);

/** Where a capitalised listener read up to `n` ends when its title goes on past it: after the word
 *  closing the title within three more capitalised words ("… Daily | Times"), else `n`. */
export function pressTitleEnd(tokens: Token[], n: number): number {
  if (!/^\p{Lu}/u.test(tokens[n - 1]?.text ?? '')) return n;
  for (let k = n; k < n + 3 && /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? ''); k++) if (TITLE_ENDS.has(tokens[k]!.text.toLowerCase())) return k + 1;
  return n;
}

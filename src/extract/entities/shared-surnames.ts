// "Ruth and Clara Hume": two given names joined by "and" share the surname after the second.
import { isFirstName } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { key } from './entity-table.js';

/** Gives a lone given name the surname of the person named right after it with "and" ("Ruth" → "Ruth
 *  Hume" in "Ruth and Clara Hume"), unless the document names a person with that word as surname
 *  ("Piers Morgan … Morgan and Clara Hume"). */
export function shareSurnames(typed: TypedCandidate[], text: string): void {
  const surnames = new Set(typed.filter((t) => t.type === 'PERSON' && t.c.words.length > 1).map((t) => key(t.c.words[t.c.words.length - 1]!)));
  for (let i = 0; i + 1 < typed.length; i++) {
    const first = typed[i]!;
    const second = typed[i + 1]!;
    const { words } = first.c;
    if (words.length !== 1 || first.type === 'LOCATION' || first.type === 'ORGANIZATION' || !isFirstName(words[0]!) || surnames.has(key(words[0]!))) continue;
    if (second.type !== 'PERSON' || second.c.words.length !== 2 || !isFirstName(second.c.words[0]!)) continue;
    if (!/^\s+(?:and|&)\s+$/u.test(text.slice(first.c.end, second.c.start))) continue;
    first.c.words = [words[0]!, second.c.words[1]!];
    first.type = 'PERSON';
  }
}

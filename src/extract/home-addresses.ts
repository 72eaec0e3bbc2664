// Where a speaker lives, set off after the name: "Tom Reyes, 42, of Kingsway, Hull, said". The town
// after the district goes on with the address, whatever the entity stages made of it (Hull's club).
import type { NameIndex, SpeakerSurface } from './name-index.js';
import type { Token } from './tokens.js';

/** The person whose home the words before the comma at `opening` give: "Tom Reyes of Kingsway",
 *  "Tom Reyes, of Kingsway", "Tom Reyes, 42, from Kingsway" (capitalised words after "of" or "from"). */
export function residentBefore(names: NameIndex, tokens: Token[], opening: number): SpeakerSurface | null {
  let p = opening - 1;
  while (p > opening - 5 && /^(\p{Lu}|\.$)/u.test(tokens[p]?.text ?? '')) p--;
  if (p === opening - 1 || !/^(of|from)$/u.test(tokens[p]?.text ?? '')) return null;
  // past a comma, and an age set off by commas: "Tom Reyes, 42, of …"
  let end = p - 1;
  if (tokens[end]?.text === ',') end = /^\d{1,3}$/u.test(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.text === ',' ? end - 3 : end - 1;
  const person = names.nameAt.get(tokens[end]?.start ?? -1);
  return person?.entity.type === 'PERSON' ? names.surface(person.start, person.end, 'NAME', person.entity.id) : null;
}

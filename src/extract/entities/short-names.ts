// "Maraba Siderurgica … Maraba said", "Halvorsen Brothers … Halvorsen declined": a story names an
// organization in full once, then by its first word. That word alone is the organization when it is
// a word of its own (no ordinary word, place, people or given name) and no person of the story bears it.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization } from '../lexicon.js';
import type { TypedCandidate } from './index.js';
import { isDemonymWord } from './classify.js';
import { NEWS_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_OPENERS, TEAM_WORDS } from './vocabulary.js';

const key = (s: string) => s.toLowerCase();

/** Whether an organization's first word can name it alone: "Maraba", not "United", "Kurdistan" or "Morgan". */
export function namesOrganizationAlone(words: string[]): boolean {
  const word = words[0]!;
  const lower = key(word);
  return (
    words.length > 1 &&
    /^\p{Lu}[\p{L}-]{2,}$/u.test(word) &&
    /^\p{L}/u.test(words[1]!) &&
    !isCommonWord(lower) &&
    !isFirstName(word) &&
    !isDemonymWord(word) &&
    !lookupLocation(word) &&
    !ORGANIZATION_HEADS.has(lower) &&
    !ORGANIZATION_OPENERS.has(lower) &&
    !TEAM_WORDS.has(lower) &&
    // "Jewish", "Balkan": an adjective of a people or region.
    !/(ish|ian|ese|ic|an)$/u.test(lower) &&
    // "Reuters/Ipsos": an organization of its own.
    !isKnownOrganization(word) &&
    !NEWS_ORGANIZATIONS.has(lower)
  );
}

/** Types as an organization (in place) each lone word that opens an organization's longer name in
 *  the story, unless the context decided its type (`decided`) or a person's name has the word. */
export function shortOrganizationNames(typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  const opening = new Set<string>();
  const personWords = new Set<string>();
  for (const { c, type } of typed) {
    if (c.words.length < 2) continue;
    if (type === 'ORGANIZATION' && namesOrganizationAlone(c.words)) opening.add(key(c.words[0]!));
    if (type === 'PERSON') for (const w of c.words) personWords.add(key(w));
  }
  if (!opening.size) return;
  for (const t of typed) {
    const word = key(t.c.text);
    if (t.c.words.length === 1 && t.type !== 'LOCATION' && opening.has(word) && !personWords.has(word) && !decided(t)) t.type = 'ORGANIZATION';
  }
}

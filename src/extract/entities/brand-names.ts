// "Spirit AeroSystems", "Palo Alto Networks' CrowdStrike unit": a name of two or three words with a
// brand's spelling in it (a capital inside a word after a stem of three letters or more) is a
// company's, though the model read its words as a person's. Persons' names with an inner capital
// have a short prefix ("Ron DeSantis", "LeBron James") or a Mac- one ("Douglas MacArthur"); a
// given name may be spelled so ("MaliVai Washington"), so the brand's word is one after the first.
import { isKnownPerson } from '../lexicon.js';
import { isBrandSpelling } from './organization-words.js';
import { hasGivenName } from './name-words.js';
import { nameKey, retypeAsOrganizations } from './retype.js';
import type { TypedCandidate } from './typed-candidates.js';

const mayBeBrand = (t: TypedCandidate) => t.type === 'PERSON' && !t.c.titles.length && !t.c.honorific && t.c.words.length <= 3;

/** Retypes as organizations (in place), wherever the story names them so, the persons whose names
 *  are spelled as brands are. */
export function brandsAsCompanies(typed: TypedCandidate[]): void {
  const brands = new Set<string>();
  for (const t of typed)
    if (mayBeBrand(t) && t.c.words.slice(1).some(isBrandSpelling) && !hasGivenName(t.c.words) && !isKnownPerson(t.c.text)) {
      brands.add(nameKey(t));
      // "… buys parts from Spirit": its first word alone is the company too.
      brands.add(t.c.words[0]!.toLowerCase());
    }
  retypeAsOrganizations(typed, brands, mayBeBrand);
}

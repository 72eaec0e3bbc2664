// "Magna International Inc agreed to buy … Magna, Johnson Controls and Lear have been …": a story that
// names a company in full with its legal form means that company where it writes the name without the
// form, though a small place bears the name ("Magna") or a list with a place made the words one.
// A country, a large city and a place after "in" or "from" stay places ("Boston Scientific Corp … in Boston").
import { isCountry, isMajorPlace, lookupLocation } from '../gazetteer.js';
import type { Candidate } from './candidates.js';
import { endsCompanyName, type EntityTable } from './entity-table.js';
import { PLACE_BEFORE } from './person-place-context.js';

/** The company of the story that a name read as a place names without its legal form, if any. */
export function companyAPlaceNames(table: EntityTable, c: Candidate) {
  const place = lookupLocation(c.text);
  if (PLACE_BEFORE.has(c.prev) || isMajorPlace(c.text) || (place && (isMajorPlace(place) || isCountry(place)))) return undefined;
  if (c.words.length > 1) return table.companyNamed(c.words);
  const firm = table.organizationAPlaceOpens(c.text);
  return firm && endsCompanyName(firm.words[firm.words.length - 1]!) ? firm : undefined;
}

// "said Anthony Kwan of Tai Fook Securities", "Marc Vermeulen at Banque Lambrecht": where the person
// named just before works is an organization, unless a gazetteer knows the name as a place
// ("Steffi Graf of Germany").
import { lookupLocation } from '../gazetteer.js';
import { isFirstName } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { namesNoEntity } from './no-entity-names.js';

// "Anthony Kwan of Tai Fook", "Peter Roe, at Paribas in London" ("Ann Roe, of Elmwood" is where she lives).
const BETWEEN = /^(?:\s+(?:at|of)|,\s*at)\s+(?:the\s+)?$/u;

/** Types as an organization (in place) each name right after a person and "at" or "of", unless the
 *  context decided its type (`decided`), it names a people ("the Libyan revolution") or looks like a person's name itself. */
export function employersOfPersons(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  for (let i = 1; i < typed.length; i++) {
    const person = typed[i - 1]!;
    const t = typed[i]!;
    if (person.type !== 'PERSON' || t.type === 'ORGANIZATION' || t.headline || decided(t)) continue;
    if (!BETWEEN.test(text.slice(person.c.end, t.c.start))) continue;
    if (lookupLocation(t.c.text) || namesNoEntity(t.c) || (t.c.words.length > 1 && isFirstName(t.c.words[0]!))) continue;
    t.type = 'ORGANIZATION';
  }
}

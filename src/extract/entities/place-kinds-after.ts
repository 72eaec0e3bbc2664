// "in Marjat village", "the eastern Korvash province", "at the Dalvine checkpoint", "Velmar airport":
// a name right before a lower-case noun for a kind of place, or for a site that stands in one, is the
// place's name, whatever the name looks like ("Charles de Gaulle airport"). Not a body's ("Ford plant"
// is a firm's site, see facility-sites.ts), nor a camp or a town hall that gathers a person's followers
// ("the Vance camp", "a Trump town hall"), nor a stadium a club owns; nor a region's adjective ("the
// Arctic island", "a Transylvanian town"), nor a body's acronym ("NATO region"). Districts and counties
// are a party's or a house's too ("GOP county chairs", "the 24th House district"): not among the kinds.
import { isKnownOrganization, tagsOf } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { isCapitalsAcronym } from './name-words.js';

const KINDS_AFTER = new Set(
  'village villages town province region suburb island islands port airport checkpoint mosque sanatorium prison valley mountains river'.split(' '),
);
/** Words that make the kind's noun part of another: "town hall", "town meeting". */
const NOT_THE_PLACE_AFTER = new Set(['hall', 'halls', 'meeting', 'meetings']);

/** Endings of adjectives made from a region's name: "Transylvanian", "Balkanese", "Adriatic". */
const REGION_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:ian|ean|ese|ic)$/u;
const isAdjective = (words: string[]) => words.length === 1 && (REGION_ADJECTIVE.test(words[0]!) || tagsOf(words[0]!).includes('Adjective'));

/** Whether the candidate stands right before a kind of place's noun (untitled, no adjective nor
 *  acronym, and no organization the lexicon knows). */
export const kindOfPlaceAfter = (c: Candidate) =>
  KINDS_AFTER.has(c.next) &&
  !NOT_THE_PLACE_AFTER.has(c.nextAfter) &&
  !c.titles.length &&
  !c.honorific &&
  !isAdjective(c.words) &&
  !isCapitalsAcronym(c.words[c.words.length - 1]!) &&
  !isKnownOrganization(c.words.join(' '));

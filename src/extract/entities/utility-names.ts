// Utilities named after the region they serve: "Thames Water", "Northumbrian Water", "Eastern
// Electricity", "British Gas", "Scottish Power". Their names read as persons' or places' ("Thames Water said"), but a
// region, a river or a people's word before the word for what they supply names a company; a lake
// the gazetteer knows by such a name stays a place ("Derwent Water").
import { lookupLocation, isDemonymWord } from '../gazetteer.js';

const SUPPLIES = new Set(['Water', 'Electricity', 'Gas', 'Power']);
const REGIONS = /^(?:Northern|Southern|Eastern|Western|North|South|East|West|Midlands|Central|National)$/u;

/** Whether the words are a region's, a river's or a people's word and what a utility supplies. */
export const namesUtility = (words: string[]) =>
  words.length === 2 &&
  SUPPLIES.has(words[1]!) &&
  (REGIONS.test(words[0]!) || !!lookupLocation(words[0]!) || isDemonymWord(words[0]!)) &&
  !lookupLocation(words.join(' '));

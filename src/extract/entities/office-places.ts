// "the governor of Marnock", "the foreign minister of Korvena": a governor is of a province or a state,
// and a minister of a country or of a field ("Minister of Health"); a name the gazetteer does not know
// after either is the place, unless it reads as a field or is a body's name ("governor of Riksbank").
import { isKnownOrganization } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { looksCommon } from './name-words.js';
import { headedAsOrganization } from './organization-words.js';
import { TITLE_MODIFIERS } from './person-vocabulary.js';

/** A field an office deals with: ordinary words, a title's field ("Interior", "Defense"), a plural
 *  ("Fisheries", "Foreign Affairs"), a word ending as fields do ("Health", "Agriculture", "Industry",
 *  "Commerce", "Religion", "Heritage", "Tourism", "Archaeology") or one borrowed ("Hajj", "Awqaf", "Zakat"). */
const fieldWord = (w: string) =>
  looksCommon(w) ||
  TITLE_MODIFIERS.has(w.toLowerCase()) ||
  BORROWED_FIELDS.has(w.toLowerCase()) ||
  /\p{Ll}(?:s|th|ure|ry|ics|eum|ion|ce|ge|ism|ity|ment|ogy|fare)$/u.test(w);
const BORROWED_FIELDS = new Set(['hajj', 'haj', 'awqaf', 'auqaf', 'waqf', 'wakf', 'zakat', 'sport', 'telecom', 'diaspora', 'autonomy', 'propaganda']);

/** Whether the words after "minister of" name its field, not its country: the last word of each field
 *  joined by "and" or a comma reads as one ("Muslim Affairs", "Social Welfare", "Hajj and Awqaf"). */
export const namesField = (words: string[]) =>
  words.every((w, i) => w === 'and' || w === ',' || ![',', 'and', undefined].includes(words[i + 1]) || fieldWord(w));

/** Whether the name is the place a governor or a minister is "of". */
export const placeOfOffice = (c: Candidate) =>
  c.prev === 'of' &&
  (c.prevBefore === 'governor' || (c.prevBefore === 'minister' && !namesField(c.words))) &&
  c.words.length <= 3 &&
  // ("the governor of Riksbank": a central bank's name ends in its word for a bank)
  !/bank$/iu.test(c.words[c.words.length - 1]!) &&
  !isKnownOrganization(c.text) &&
  !headedAsOrganization(c.words);

// "Layoffs rose in October", "Stocks fell": a plural the lexicon does not know, opening a sentence
// before its verb, is an ordinary noun, not a company, unless the story or the training data name it
// so elsewhere ("shares of Barclays … Barclays rose") or the verb is one of speech or of an agent
// ("Barclays said", "Lloyds declined to comment") and the word no plural of people ("Demonstrators said"). A sports report's sides are plural names too
// ("Wolves won"), so none there. A plural's verb in the present is the bare form ("Lawsuits have been
// filed", "Complaints continue"): the act is then read in the word after an auxiliary ("Barclays have agreed").
import { cueLemma } from '../cues.js';
import { lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, isKnownPerson, isVerbForm, tagsOf } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import type { NameMemory } from './typer-model.js';

// What stands before a sentence's first word: nothing, its stop, a dateline's dash, a quotation mark.
const OPENING_AFTER = new Set(['', '.', '!', '?', '-', '--', '–', '—', '"', '“', ':']);
const PLURAL = /^\p{Lu}\p{Ll}{3,}s$/u;

// What only someone does, a firm or a side: "Barclays declined to comment", "Lloyds agreed to buy".
const AGENTS_ACTS = new Set('declined refused agreed plans planned wants hopes signed bought sold acquired hired won beat'.split(' '));

/** "Demonstrators", "Economists", "Residents": plurals of people, who speak and act as firms do. */
const PEOPLE_PLURAL = /(?:ors|ers|ists|ants|ents|ians)$/u;

/** "have", "continue", "remain": a verb's bare form, a plural subject's present; not a word the lexicon knows as a noun as well. */
const bareVerb = (word: string) => {
  const tags = tagsOf(word);
  return tags.includes('Infinitive') && !tags.some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural');
};
/** The auxiliaries after which the next word says the act ("Barclays have agreed", "Lloyds will buy"). */
const AUXILIARIES = new Set('have has had will would could can may might must shall should do does did'.split(' '));

/** Whether a candidate opens its sentence, where a subject stands. */
export const opensSentence = (t: TypedCandidate) => OPENING_AFTER.has(t.c.prev);

/** The candidates that are plural nouns opening their sentence (see above). */
export function pluralOpenings(typed: TypedCandidate[], names: NameMemory, sports: boolean): Set<TypedCandidate> {
  const found = new Set<TypedCandidate>();
  if (sports) return found;
  // Names the story writes where no sentence opens, alone or in longer names.
  const namedElsewhere = new Set<string>();
  for (const t of typed) {
    if (t.c.words.length > 1) for (const w of t.c.words) namedElsewhere.add(w.toLowerCase());
    else if (!opensSentence(t)) namedElsewhere.add(t.c.text.toLowerCase());
  }
  for (const t of typed) {
    const { c } = t;
    const lower = c.text.toLowerCase();
    if (t.headline || t.caps || c.words.length !== 1 || !opensSentence(t) || !PLURAL.test(c.text) || /(ss|us|is)$/u.test(lower)) continue;
    const act = AUXILIARIES.has(c.next) ? c.nextAfter : c.next;
    const agent = cueLemma(c.next) || AGENTS_ACTS.has(c.next) || (act !== c.next && (cueLemma(act) || AGENTS_ACTS.has(act)));
    if (!(isVerbForm(c.next) || bareVerb(c.next)) || (agent && !PEOPLE_PLURAL.test(lower)) || namedElsewhere.has(lower) || names[lower]) continue;
    if (isKnownOrganization(c.text) || isKnownPerson(c.text) || isFirstName(c.text) || lookupLocation(c.text)) continue;
    found.add(t);
  }
  return found;
}

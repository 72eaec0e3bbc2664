// "Velmora Beats Harlow in Cup Final": a title-case headline writes its verb with a capital, and the
// lexicon knows many verbs in -s only as plurals ("beats", "wins", "vows"), so the verb would run two
// names into one. A capitalised word in -s whose stem the lexicon knows as a verb ends the run, unless
// the story writes it as a name word ("Velmora Wings Set To …" after "fans of the Velmora Wings").
import { lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, singularsOf, tagsOf } from '../lexicon.js';
import { type Token, wordsOf } from '../tokens.js';
import { COMPANY_FORMS, ORGANIZATION_HEADS } from './organization-vocabulary.js';

const CAPITALISED_IN_S = /^\p{Lu}\p{Ll}+[^s]s$/u;
const SIBILANT_ES = /(?:s|x|z|ch|sh)es$/u;
const SHORT_VOWEL_CONSONANT = /[^aeiou][aeiou][bdgklmnprt]$/u;

/** The stem of a present in -s: "denies" → "deny", "pushes" → "push", "praises" → "praise" (not "Seles" → "sel"). */
const presentStem = (lower: string) => (lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, SIBILANT_ES.test(lower) ? -2 : -1));

/** The -ing forms a verb's stem may take: "beat" → "beating", "praise" → "praising", "win" → "winning", "tie" → "tying". */
function gerundsOf(stem: string): string[] {
  const forms = [`${stem}ing`];
  if (stem.endsWith('ie')) forms.push(`${stem.slice(0, -2)}ying`);
  else if (stem.endsWith('e')) forms.push(`${stem.slice(0, -1)}ing`);
  if (SHORT_VOWEL_CONSONANT.test(stem)) forms.push(`${stem}${stem[stem.length - 1]}ing`);
  return forms;
}

/** Whether a capitalised word in -s is a verb's present by the lexicon, which may list it only as a
 *  plural: one of its stems has an -ing form the lexicon knows ("Beats": "beating"; "Vows": "vowing"). */
export function isPresentInS(word: string): boolean {
  if (!CAPITALISED_IN_S.test(word)) return false;
  return gerundsOf(presentStem(word.toLowerCase())).some((form) => tagsOf(form).includes('Gerund'));
}

/** Whether the word at `i` of a title-case line ends `run` as the headline's verb: a present in -s
 *  (isPresentInS) after a name word, no body's word ("Velmora Holdings", "Harlow Services"), none the
 *  story writes inside a sentence alone or after the run's words ("of the Velmora Wings"), and no name
 *  the gazetteer or the lexicon knows with the run. */
export function endsRunAsHeadlineVerb(run: Token[], tokens: Token[], i: number, writtenInside: (phrase: string, at: number) => boolean): boolean {
  const verb = tokens[i]!;
  // "Monica Seles", "Ann Burns": a word in -s after a given name is a surname.
  if (!run.length || isFirstName(run[run.length - 1]!.text) || !isPresentInS(verb.text)) return false;
  const lower = verb.text.toLowerCase();
  if (ORGANIZATION_HEADS.has(lower) || COMPANY_FORMS.has(lower) || singularsOf(lower).some((s) => ORGANIZATION_HEADS.has(s))) return false;
  const withVerb = [...run, verb];
  for (let from = 0; from < withVerb.length; from++) {
    const phrase = wordsOf(withVerb, from);
    if (writtenInside(phrase, withVerb[from]!.start)) return false;
    if (from < run.length && (lookupLocation(phrase) || isKnownOrganization(phrase))) return false;
  }
  return true;
}

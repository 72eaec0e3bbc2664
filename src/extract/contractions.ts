// Contracted verbs, which the lexicon lists nowhere: an auxiliary with "n't" ("don't", "won't",
// "isn’t") and a subject pronoun written as one word with its clitic ("he'd", "they’re", "I'm"). Each
// holds a finite verb, so the words a cue reports are a clause with one as with the full form: "told
// the Gazette he'd back Holt", "said they're leaving", "said voters don't care".

const PRESENT = ['PresentTense'];
const PAST = ['PastTense'];
const MODAL = ['Modal'];
const BE_PRESENT = ['Copula', 'PresentTense'];
const BE_PAST = ['Copula', 'PastTense'];

/** The tags of an auxiliary before "n't", by the word left when "n't" is taken off ("wo" of "won't"). */
const NEGATED: Record<string, string[]> = {
  do: PRESENT,
  does: PRESENT,
  did: PAST,
  has: PRESENT,
  have: PRESENT,
  had: PAST,
  is: BE_PRESENT,
  are: BE_PRESENT,
  ai: BE_PRESENT,
  was: BE_PAST,
  were: BE_PAST,
  wo: MODAL,
  ca: MODAL,
  sha: MODAL,
  could: MODAL,
  would: MODAL,
  should: MODAL,
  must: MODAL,
  might: MODAL,
};

/** The auxiliaries written with "n't", as the word left when it is taken off ("wo" of "won't", "ca" of "can't"). */
export const NEGATABLE_AUXILIARIES = Object.keys(NEGATED);

/** The tags of a clitic after a subject pronoun: "’s" and "’re" are "is" and "are" (or "has"), "’d" is "would" (or "had"). */
const CLITIC: Record<string, string[]> = { s: BE_PRESENT, re: BE_PRESENT, m: BE_PRESENT, ll: MODAL, d: MODAL, ve: PRESENT };

const NEGATION = /^(\p{Ll}+)n['’]t$/u;
const SUBJECT_CLITIC = /^(?:i|you|he|she|it|we|they|there|that|who|what)['’](s|re|m|ll|d|ve)$/u;

/** The tags of a lower-case contracted verb ("didn't" → a past, "she’ll" → a modal), or undefined. */
export function contractionTags(lower: string): string[] | undefined {
  const negated = NEGATION.exec(lower);
  if (negated) return NEGATED[negated[1]!];
  const clitic = SUBJECT_CLITIC.exec(lower);
  return clitic ? CLITIC[clitic[1]!] : undefined;
}

/** A subject pronoun and its verb written as one word: "they’re", "he'd", "I'm" ("it's" too; "Holt's" is a name's). */
export const isSubjectWithClitic = (word: string) => SUBJECT_CLITIC.test(word.toLowerCase());

/** A clitic a subject pronoun's verb is written as when the pronoun stands as a word of its own:
 *  "it" "’s", "they" "’re", "he" "’d" ("Holt" "’s" is a name's). */
const CLITIC_VERB = /^['’](s|re|m|ll|d|ve)$/iu;
const CLITIC_SUBJECT = /^(i|you|he|she|it|we|they|there|that)$/iu;

/** Whether the token at `n` is a subject pronoun's verb written as its clitic: "it" "’s", "they" "’re". */
export const cliticVerbAt = (tokens: readonly { text: string }[], n: number): boolean =>
  n > 0 && CLITIC_VERB.test(tokens[n]!.text) && CLITIC_SUBJECT.test(tokens[n - 1]!.text);

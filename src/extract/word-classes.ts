// The closed word classes: pronouns, determiners, conjunctions, the prepositions the lexicon tags
// otherwise, and the auxiliaries. Short fixed lists, each test taking a word in any case unless it says.
import { NEGATABLE_AUXILIARIES } from './contractions.js';

// Pronouns.
/** The gender a personal pronoun tells (a Map: a word of the text such as "constructor" finds nothing). */
export const GENDER = new Map<string, 'MALE' | 'FEMALE'>(Object.entries({ he: 'MALE', him: 'MALE', his: 'MALE', she: 'FEMALE', her: 'FEMALE' }));
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const SUBJECT_PRONOUNS = new Set([...PRONOUNS, 'you']);
/** A subject pronoun in any case: one of PRONOUNS, or "you" ("He", "I", "you"). */
export const isSubjectPronoun = (word: string) => SUBJECT_PRONOUNS.has(word.toLowerCase());
const HE_OR_SHE = /^(he|she)$/iu;
/** "he" or "she" in any case: one person's subject pronoun, with the gender it tells. */
export const isHeOrShe = (word: string) => HE_OR_SHE.test(word);
/** A person's or people's subject pronoun in any case ("He", "they", "I"; not "it"): the subject of a clause someone reports. */
export const isPersonalSubject = (word: string) => PRONOUNS.has(word.toLowerCase()) && word.toLowerCase() !== 'it';
const WHO_OR_WHICH = /^(who|which)$/u;
/** "who" or "which", the relative pronouns that are their clause's subject, in lower case only: "WHO" is
 *  the health organisation, and a capitalised "Who" opens a question. */
export const isWhoOrWhich = (word: string) => WHO_OR_WHICH.test(word);

const RELATIVE_PRONOUN = /^(who|which|that|whom|whose)$/iu;
/** Words that open a relative clause: "the firm, which …", "a poll that shows …". */
export const isRelativePronoun = (word: string) => RELATIVE_PRONOUN.test(word);

/** "with whom", "for whom", "to whom" at `n`: a preposition opening a relative clause on a person. */
export const prepositionWhomAt = (tokens: readonly { text: string }[], n: number) =>
  PREPOSITION_BEFORE_WHOM.test(tokens[n]?.text ?? '') && /^whom$/iu.test(tokens[n + 1]?.text ?? '');
const PREPOSITION_BEFORE_WHOM = /^(with|for|to|of|from|about|against|by|on|at|under|among|behind|beside|through|without)$/iu;

// Days.
/** The days of the week, as the alternatives of a regular expression: "Monday" … "Sunday". */
export const WEEKDAY_ALTERNATIVES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

// Determiners.
/** The articles, as the alternatives of a regular expression: "a", "an", "the". */
export const ARTICLE_ALTERNATIVES = 'a|an|the';
const ARTICLE = new RegExp(`^(${ARTICLE_ALTERNATIVES})$`, 'iu');
/** An article in any case: "a", "An", "the". */
export const isArticle = (word: string) => ARTICLE.test(word);

/** The possessive determiners: "his", "their", "your". */
export const POSSESSIVE_DETERMINERS = new Set('his her their its my our your'.split(' '));
// Words that open a noun phrase but never end one ("have a say", "the said").
export const ARTICLES = new Set([...ARTICLE_ALTERNATIVES.split('|'), ...POSSESSIVE_DETERMINERS]);
/** The articles, the possessive determiners and the demonstratives, lower case: after one a word is a noun's ("the plan", "their call"). */
const DETERMINERS = new Set([...ARTICLES, 'this', 'that', 'these', 'those']);
/** Whether a word in any case is a determiner (DETERMINERS). */
export const isDeterminer = (word: string) => DETERMINERS.has(word.toLowerCase());
/** A determiner other than "that", which may as well open a clause ("the posting", not "said that reporting …"). */
export const determinerNotThat = (word: string) => isDeterminer(word) && word.toLowerCase() !== 'that';

// Conjunctions.
/** The conjunctions that open a subordinate clause, its subject after them ("although aides said …"), as
 *  the alternatives of a regular expression: the core of CLAUSE_OPENERS (document-subjects.ts) and
 *  SUBORDINATORS (noun-phrases.ts), which each add the words of their own reading. */
export const SUBORDINATING_CONJUNCTIONS = 'although|though|because|while|whereas|unless|if|since|when|until|where';
/** Those that open a clause set before its main clause ("When aides said …, the mayor …"), the same
 *  alternatives but "where" (which opens a relative clause: "…, where he said …"), with "once". */
export const OPENING_SUBORDINATORS = [...SUBORDINATING_CONJUNCTIONS.split('|').filter((w) => w !== 'where'), 'once'].join('|');
const AND_OR_BUT = /^(and|but)$/iu;
/** "and" or "but", which join a clause to the one before. */
export const isAndOrBut = (word: string) => AND_OR_BUT.test(word);
const THAT_WHETHER_IF = /^(that|whether|if)$/iu;
/** "that", "whether" or "if", which open a clause a verb reports or asks ("said that …", "asked whether …"). */
export const isThatWhetherOrIf = (word: string) => THAT_WHETHER_IF.test(word);

/** Adverbs that tie a sentence to the one before: "still", "however", "nevertheless", "moreover". */
const CONNECTIVE_ADVERB = /^(still|however|nevertheless|nonetheless|moreover|furthermore)$/iu;
/** Whether the word at `k` ties its sentence to the narration before it: a conjunction, or a
 *  connective adverb with its comma ("Still, …"; not "Still waters …"). */
export const linksNarrationAt = (tokens: readonly { text: string }[], k: number) =>
  /^(and|but|so|or|yet)$/iu.test(tokens[k]?.text ?? '') || (CONNECTIVE_ADVERB.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',');

// Counts spelt out.
const SPELT_COUNTS = new Set('two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety'.split(' '));
/** The counts news spells out, "two" to "twelve" and the tens, as the alternatives of a regular expression
 *  ("one" is left to each reading: it is also a pronoun). */
export const SPELT_COUNT_ALTERNATIVES = [...SPELT_COUNTS].join('|');
/** A count spelt out, in any case: "Four", "twelve", "twenty". */
export const isSpeltCount = (word: string) => SPELT_COUNTS.has(word.toLowerCase());

// Prepositions the lexicon tags otherwise ("under" as an adjective), for its isPreposition.
export const PREPOSITIONS_TAGGED_OTHERWISE = new Set(
  'under over after before between against among without within through into onto upon across behind'.split(' '),
);

// The auxiliaries, by class.
const MODALS = 'would|will|could|can|should|may|might|must';
const COPULAS = 'is|are|was|were';
const FINITE_AUXILIARIES = `${MODALS}|did|does|do|has|have|had|${COPULAS}`;

const MODAL_VERB = new RegExp(`^(${MODALS})$`, 'iu');
const COPULA = new RegExp(`^(${COPULAS})$`, 'iu');
const BE_PARTICIPLE = /^(been|being)$/iu;
const NON_FINITE_BE = /^(be|been|being)$/iu;
// ("didn't", "can’t", "won't": an auxiliary negated in one word is one still; contractions.ts lists them.)
const NEGATED_AUXILIARIES = `(?:${NEGATABLE_AUXILIARIES.join('|')})n['’]t`;
const FINITE_AUXILIARY = new RegExp(`^(${FINITE_AUXILIARIES}|${NEGATED_AUXILIARIES})$`, 'iu');
const AUXILIARY = new RegExp(`^(${FINITE_AUXILIARIES}|${NEGATED_AUXILIARIES}|am|shall|be|been)$`, 'iu');
const PERFECT_AUXILIARY = /^(has|have|had|['’](?:s|ve|d))$/iu;
const PLURAL_AUXILIARY = /^(are|were|have)$/iu;

/** The modal verbs: "would", "could", "must". */
export const isModal = (word: string) => MODAL_VERB.test(word);

/** "be" in the present or past: "is", "were". */
export const isCopula = (word: string) => COPULA.test(word);

/** The participles of "be": "been", "being". */
export const isBeParticiple = (word: string) => BE_PARTICIPLE.test(word);

/** "be" as no finite verb: "be", "been", "being". */
export const isNonFiniteBe = (word: string) => NON_FINITE_BE.test(word);

/** A form of "be" but "am" and the contracted ones: "is", "were", "be", "been", "being". */
export const isFormOfBe = (word: string) => isCopula(word) || isNonFiniteBe(word);

/** The finite auxiliaries and modals: a verb after which another verb carries the clause ("would", "has", "did"). */
export const isFiniteAuxiliary = (word: string) => FINITE_AUXILIARY.test(word);

/** Any auxiliary, finite or not: the finite ones, "am", "shall", "be" and "been" ("said it was", "said he did"). */
export const isAuxiliary = (word: string) => AUXILIARY.test(word);

/** The auxiliary of the perfect, also contracted: "has since said", "’ve", "'d". */
export const isPerfectAuxiliary = (word: string) => PERFECT_AUXILIARY.test(word);

/** The auxiliaries only a plural subject takes in the third person: "are", "were", "have". */
export const isPluralAuxiliary = (word: string) => PLURAL_AUXILIARY.test(word);

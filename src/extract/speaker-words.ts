// The word classes a speaker is made of: pronouns and determiners (word-classes.ts's), nouns that
// can speak, and the words that may stand between a subject and its cue.
import { cueLemma } from './cues.js';
import { isAdverb, isFiniteVerb, isLeadingWord, tagsOf, isPluralNoun } from './lexicon.js';
import { isPossessiveMark, pluralPossessiveAt, type Token, isLowerCaseWord } from './tokens.js';
import { isAuxiliary, SPELT_COUNT_ALTERNATIVES } from './word-classes.js';
import { PARTITIVE } from './phrase-heads.js';

// The pronouns and determiners, which the speaker readers have always taken from here.
export { ARTICLES, GENDER, isPersonalSubject, isSubjectPronoun, POSSESSIVE_DETERMINERS, PRONOUNS } from './word-classes.js';

/** Courtesy titles before a person's surname ("Mr Read", "Mme Lagarde"), as regex alternatives. */
export const COURTESY_TITLES = 'Mr|Mrs|Ms|Miss|Mme';
/** Titles of a knight, a dame or a peer ("Sir Keir", "Lady Hale"), as regex alternatives. */
export const NOBLE_TITLES = 'Sir|Dame|Lady|Lord';
// Words that may stand between a subject and its verb: "Shamkhani also said", "he has repeatedly warned",
// "the board did not say" (an auxiliary of emphasis or negation: "do", "does", "did").
const BETWEEN = new Set(
  (
    'also now later then further again previously once already recently reportedly repeatedly publicly separately earlier ' +
    'has have had will would could may might must shall should can is was were been be often frequently are am do does did ' +
    'long always never still even just only firmly strongly privately openly explicitly clearly subsequently initially finally ' +
    'together jointly collectively ' +
    "'s 're 've 'd 'll 'm isn't wasn't aren't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't not"
  ).split(' '),
);
/** Apostrophes folded, so "isn’t" and "isn't" are one word. */
export function between(word: string): boolean {
  const lower = word.toLowerCase();
  return BETWEEN.has(lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower);
}
const CURLY_APOSTROPHE = /’/gu;
// Prepositions that open the place a participle names: "marching through the streets".
export const PREPOSITION = /^(through|across|into|onto|over|under|in|on|at|from|with|without|near|outside|inside|around|along|behind)$/iu;
export const DETERMINERS = new Set('the a an two three both several some many most other another his her their its this that these those one'.split(' '));
// Heads of noun phrases that can speak: people by role, groups, organizations, documents.
export const SPEAKER_NOUNS = new Set(
  (
    'republican republicans democrat democrats two both official officials spokesman spokeswoman spokesperson spokespeople minister ministers president ' +
    'secretary envoy leader leaders chief ambassador governor senator candidate mayor premier general commander director ' +
    'chairman chairwoman head lawmaker lawmakers diplomat diplomats prosecutor prosecutors judge lawyer lawyers attorney ' +
    'analyst analysts expert experts source sources police ministry government agency authorities authority company ' +
    'report statement campaign aide aides adviser advisers advisor advisors witness witnesses resident residents ' +
    'officer officers researchers scientists critics supporters fans backers organizers activists group army military council ' +
    'committee court board party administration department office team economists investigators doctors man woman ' +
    'people person persons members member executive executives manager spokesmen representative representatives observers sides opponents proponents ' +
    'commissioner nominee host anchor narrator announcer reporter reporters writer author founder ceo owner coach player ' +
    'letter memo study survey poll polls paper newspaper network website editorial article document filing lawsuit complaint ' +
    'ad clip video tweet post release data figures bank firm city state county country nation embassy union ' +
    'companies banks governments countries states cities agencies groups parties unions ' +
    'nurse nurses doctor teacher teachers worker workers student students farmer farmers soldier soldiers victim victims ' +
    'survivor survivors driver drivers employee employees parent parents voter voters protester protesters ' +
    'opposition coalition alliance regime rebels militants movement association federation organization organisation institute ' +
    'foundation charity league broadcaster regulator watchdog prosecution defense defence family families relatives ' +
    'airline carmaker automaker manufacturer retailer insurer lender operator ' +
    'analysis analyses studies surveys reports estimates findings records documents ' +
    'commission commissions panel tribunal bureau cabinet assembly legislature university hospital school college club inquiry ' +
    // those around a person or a campaign, who speak for it without office: "Holt allies insist …", "the mayor's confidants argue …"
    'allies associates confidants loyalists surrogates friends detractors boosters insiders operatives donors staffers strategists'
  ).split(' '),
);
// Counts that open a part of a group: "Four of the commission's members".
export const NUMBER_WORD = new RegExp(`^(\\p{N}+|${SPELT_COUNT_ALTERNATIVES}|dozens|hundreds|thousands)$`, 'u');
/** A word counting a part of a group whose members follow "of": "a handful of", "two of", "dozens of". */
export const countsAPart = (word: string) => PARTITIVE.has(word) || NUMBER_WORD.test(word) || FRACTION.test(word);
/** A fraction written as a word: "three-fourths", "two-thirds" (of them). */
const FRACTION = /^\p{L}+-(?:thirds|fourths|quarters|fifths|tenths)$/u;
/** Documents that speak for those who made them, as a phrase's head ("a survey of voters") and before a
 *  headline's colon ("Poll: Holt leads in Kelso"); each reader adds the words only it takes. */
export const SPEAKING_DOCUMENTS = ['survey', 'surveys', 'study', 'analysis', 'audit', 'poll', 'polls', 'report'];
/** A pattern matching exactly one of `words`, whole. */
export const wordOf = (words: string[], flags: string) => new RegExp(`^(${words.join('|')})$`, flags);
/** Documents issued in someone's name, which speak for whoever issued them: "the statement", "the report". */
/** Speaker nouns for what was written or recorded rather than who wrote it: a letter, an ad, a statement,
 *  which speak as a subject but make no demand and are sent to do nothing of their own. */
export const WRITINGS = new Set(
  'letter memo paper editorial article document filing lawsuit complaint ad clip video tweet post release data figures statement'.split(' '),
);
export const ISSUED_DOCUMENTS = 'statement letter memo release email post tweet report study survey filing complaint lawsuit'.split(' ');
// Verbs that put out a message: "issued a statement saying …".
export const ISSUING =
  /^(issued|released|posted|published|sent|put|unleashed|fired|tweeted|circulated|shared|distributed|signed|filed|delivered|made|gave|started|launched|wrote|penned|authored|drafted|co-wrote|co-authored|co-signed)$/iu;
// The same verbs in their other forms, and those that put out an advertisement: "is releasing an
// ad that urges …", "backtracked, issuing a statement saying …", "to air an ad calling …".
export const ISSUING_FORMS =
  /^(issu(e|es|ing)|releas(e|es|ing)|post(s|ing)?|publish(es|ing)?|sen(d|ds|ding)|puts|putting|tweet(s|ing)?|circulat(e|es|ing)|shar(e|es|ing)|distribut(e|es|ing)|sign(s|ing)?|fil(e|es|ing)|ma(ke|kes|king)|gi(ve|ves|ving)|launch(es|ing)?|writ(e|es|ing)|air(s|ed|ing)?|ran|run(s|ning)?)$/iu;
export const NOT_NOUN = new Set(
  'and but or that which who whom whose what when while because if as than to of in into on at for with by from about after before across around throughout near outside inside within'.split(
    ' ',
  ),
);

/** A person by age: "the 45-year-old". */
export const AGED = /^\d{1,3}-year-old$/iu;

export const POSTNOMINAL = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'loyal', 'opposed', 'privy', 'sympathetic']);

export const lastWord = (phrase: { text: string }) => phrase.text.split(/\s+/u).pop()!.toLowerCase();

/** "The minister hit back, saying …", "the firm cut back on …": a verb the lexicon knows only as a noun,
 *  with its particle, then no more of the phrase. */
function phrasalVerbAt(tokens: Token[], n: number): boolean {
  const after = tokens[n + 2]?.text.toLowerCase() ?? '.';
  return (
    isLowerCaseWord(tokens[n]!.text) &&
    /^(back|out|off|down|up|away)$/u.test(tokens[n + 1]?.text ?? '') &&
    (!/^\p{L}/u.test(after) || DETERMINERS.has(after) || /^(on|at|against|with|in|by|from|to|over)$/u.test(after))
  );
}

/** The last token of the noun phrase opening at `k`: up to a verb, a preposition, an adverb or punctuation. */
export function nounPhraseEnd(tokens: Token[], k: number): number {
  let j = k;
  while (j + 1 < tokens.length && j - k < 6) {
    const next = tokens[j + 1]!.text;
    // "the company's chief", and a plural's possessive: "A tenants' group".
    if (isPossessiveMark(next) || pluralPossessiveAt(tokens, j + 1)) {
      j++;
      continue;
    }
    if (modifiedParticipleAfter(tokens, j)) {
      j += 2;
      continue;
    }
    const object = tokens[j + 2]?.text.toLowerCase() ?? '';
    const verbBeforeObject = /\p{Ll}ed$/u.test(next) && (DETERMINERS.has(object) || /^(it|them|him|her|us|me)$/u.test(object));
    // ("Some of the aides have been …": an auxiliary the lexicon lists as no finite verb ends it too.)
    const closed = isFiniteVerb(next) || isAuxiliary(next) || isLeadingWord(next) || tagsOf(next).some((t) => t === 'Pronoun' || t === 'Determiner');
    if (!/^\p{L}/u.test(next) || closed || isAdverb(next) || verbBeforeObject || cueLemma(next) || phrasalVerbAt(tokens, j + 1)) break;
    j++;
  }
  return j;
}

/** "the newly elected mayor", "Ann Holt's recently hired aide": an adverb in -ly and a participle
 *  after a determiner or a possessive mark at `j` modify the noun that follows, no verb of the clause. */
function modifiedParticipleAfter(tokens: Token[], j: number): boolean {
  const opens = DETERMINERS.has(tokens[j]!.text.toLowerCase()) || isPossessiveMark(tokens[j]!.text);
  const [adverb, participle, noun] = [tokens[j + 1]?.text ?? '', tokens[j + 2]?.text ?? '', tokens[j + 3]?.text ?? ''];
  return opens && /^\p{Ll}+ly$/u.test(adverb) && isAdverb(adverb) && /^\p{Ll}+(ed|en)$/u.test(participle) && isLowerCaseWord(noun);
}

/** What says a source is in the know, after the noun for it: "people familiar with the matter",
 *  "a person close to the talks", "officials briefed on the plan", "sources with knowledge of the deal". */
export const IN_THE_KNOW =
  /^(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|involved\s+in|privy\s+to|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of)\b/iu;

/** Whether a phrase ends in a plural noun: "officials", and those not in -s ("the people", "two men", "police"). */
export const endsInPlural = (phrase: string) => /\p{Ll}s$/iu.test(phrase.trim()) || isPluralNoun(phrase.trim().split(/\s+/u).pop()!);

/** A parent known by their children's count, as tabloids write: "the mum-of-two", "the father-of-three". */
export const PARENT_OF_COUNT = new RegExp(
  `^(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandma|grandad|grandpa)-of-(?:one|${SPELT_COUNT_ALTERNATIVES}|\\d{1,2})$`,
  'u',
);

/** The sex a description's head word tells: "the woman", "the actress", "the boys' mother", "her husband", "the mum-of-two". */
export function genderOfHead(description: string): 'MALE' | 'FEMALE' | null {
  const phrase = description.replace(/-of-\w+$/u, '');
  if (/(woman|actress|mother|wife|daughter|sister|widow|grandmother|aunt|niece|girlfriend|\bmum|\bmom|\bgran|grandma)$/u.test(phrase)) return 'FEMALE';
  return /(man|father|husband|\bson|grandson|brother|widower|uncle|nephew|boyfriend|\bdad|grandad|grandpa)$/u.test(phrase) ? 'MALE' : null;
}

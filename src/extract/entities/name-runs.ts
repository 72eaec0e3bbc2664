// Runs of capitalised words in a block: where a name may start, continue and end.
import { cueLemma } from '../cues.js';
import { isWaterHead, lookupLocation } from '../gazetteer.js';
import { breaksHeadlineName, isCalendarWord, isCommonWord, isFirstName, isKnownPerson, MONTH_NAMES } from '../lexicon.js';
import { isAllCaps, type Token, wordsOf } from '../tokens.js';
import { isParticleAt, isTitle, nameLike } from './name-words.js';
import { joinsOrganization } from './organization-connectors.js';
import { joinsPairedFirmName } from './paired-firm-names.js';
import { joinsHeadedName } from './lower-case-name-words.js';
import { joinsArticleName } from './article-names.js';
import { joinsOrdinaryBody } from './ordinary-word-bodies.js';
import { joinsSideOfPlace, joinsTownSide } from './joined-town-sides.js';
import { joinsConjoinedName } from './conjoined-names.js';
import { joinsLeagueGrade } from './league-names.js';
import { joinsStateOfPlace } from './state-forms.js';
import { joinsRegnalNumeral } from './regnal-numerals.js';
import { verbAfterFullName } from './verbs-after-names.js';
import { endsRunAsHeadlineVerb } from './headline-verbs.js';
import { opensPlaceWithArticle } from './places-with-article.js';
import { PARTY_MEMBER, POSTNOMINALS } from './person-vocabulary.js';

const HAS_CAPITAL = /\p{Lu}/u;
/** Whether a word holds a capital: most words are plain ASCII, read without a regex (asked of every token). */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return HAS_CAPITAL.test(word);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}
const MONTH_GIVEN_NAME = /^(Jan|June|April|August)$/u;
/** Words before a month that make it a date: "in June", "since May", "last April", "the August …". */
const DATING_WORD = /^(in|on|of|since|until|till|from|during|before|after|last|next|this|that|early|late|mid|the|a|each|every|between)$/iu;
/** Words that date a month only after a date: "April and May", "from 3 to May"; "according to Jan
 *  Harvey" and "Mark Potter and Jan Harvey" name people ("by" no more dates one: "Editing by Jan Harvey"). */
const LINKING_WORD = /^(and|or|to|through)$/iu;

/** Whether the word before a month makes it a date. */
function datesMonth(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  if (DATING_WORD.test(before)) return true;
  const earlier = tokens[i - 2]?.text ?? '';
  return LINKING_WORD.test(before) && (/^\d/u.test(earlier) || isCalendarWord(earlier));
}

/** "Jan Peter Balkenende": the short months that are given names too. */
const SHORT_MONTH_GIVEN = /^(?:Jan|Jun)$/u;
// Tests asked of every token of a run (made once: a pattern written in the loop is a new object each time).
const DIGIT_OR_PERIOD_FIRST = /^(\d|\.)/u;
const OF_OR_FOR = /^(of|for)$/u;
const AL_NAME = /^al-\p{Lu}/u;
const SHORT_LOWER_WORD = /^\p{Ll}{1,4}$/u;

/** "said June Raine", "April Ryan reported", "Jan Peter Balkenende praised", "Jan de Boer said": a
 *  month opening a run, before a capitalised word of no ordinary use or a family name's particle, is
 *  a given name, unless a word before it makes it a date ("In May Smith said"). */
const monthAsGivenName = (tokens: Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return (
    (MONTH_NAMES.has(tokens[i]!.text) || SHORT_MONTH_GIVEN.test(tokens[i]!.text)) &&
    !datesMonth(tokens, i) &&
    !!next &&
    (isParticleAt(tokens, i + 1) ||
      (nameLike(next) && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCalendarWord(next.text) && (isFirstName(next.text) || !isCommonWord(next.text.toLowerCase()))))
  );
};

const isHandleOrTag = (tokens: Token[], i: number) => {
  const before = tokens[i - 1];
  return !!before && (before.text === '@' || before.text === '#') && before.end === tokens[i]!.start;
};

/** In a title-case headline, a word in -s after a given name and a surname is the verb: "Donald
 *  Trump Rampages Against …", "Mary Smith Wins …" (a surname of three words is rare; "Mary Beth
 *  Williams" has a given name second). */
function headlineVerbAfterName(run: Token[], t: Token): boolean {
  return (
    run.length === 2 &&
    isFirstName(run[0]!.text) &&
    !isFirstName(run[1]!.text) &&
    /^\p{Lu}\p{Ll}+[^sui]s$/u.test(t.text) &&
    !isKnownPerson(t.text) &&
    !isFirstName(t.text)
  );
}

/** "Sheffield Wednesday 2", "Sheffield Wednesday v Leeds": a weekday after a town, before a score,
 *  names a side (elsewhere it dates: "Leeds Wednesday said"). */
const sideNamedByDay = (run: Token[], t: Token, next: Token | undefined, before: Token | undefined) =>
  run.length === 1 &&
  /day$/u.test(t.text) &&
  !!lookupLocation(run[0]!.text) &&
  ((!!next && /^(\d{1,3}|v|vs\.?)$/u.test(next.text)) || namedSide(run[0]!, t, next, before));

// Sides whose names end in a weekday, named so wherever they stand ("beaten by Sheffield Wednesday on
// Saturday"), unless the words around make the day a date ("in Sheffield Wednesday night").
const SIDES_NAMED_BY_DAY = new Set(['sheffield wednesday']);
const namedSide = (town: Token, day: Token, next: Token | undefined, before: Token | undefined) =>
  SIDES_NAMED_BY_DAY.has(`${town.text} ${day.text}`.toLowerCase()) &&
  !/^(?:morning|afternoon|evening|night)$/u.test(next?.text ?? '') &&
  !/^(?:in|at|from|near)$/iu.test(before?.text ?? '');

/** "Gulf of Oman", "Sea of Japan": "of" joins a body of water to the place (of one or two words) it borders,
 *  one the gazetteer lacks too ("the Straits of Hormuz"). */
const joinsWaterOfPlace = (run: Token[], tokens: Token[], i: number) =>
  run.length === 1 &&
  tokens[i]!.text === 'of' &&
  [1, 2].some((n) => {
    const place = tokens.slice(i + 1, i + 1 + n);
    return place.length === n && place.every(nameLike) && (!!lookupLocation(`${run[0]!.text} of ${wordsOf(place)}`) || (n === 1 && isWaterHead(run[0]!.text)));
  });

/** "Dar es Salaam", "Trinidad and Tobago": a short lower-case word inside a place the gazetteer knows
 *  whole joins the words around it (a run of up to three words, then one or two). */
const joinsKnownPlace = (run: Token[], tokens: Token[], i: number) =>
  run.length > 0 &&
  run.length <= 3 &&
  SHORT_LOWER_WORD.test(tokens[i]!.text) &&
  [1, 2].some((n) => {
    const after = tokens.slice(i + 1, i + 1 + n);
    const name = wordsOf([...run, tokens[i]!, ...after]);
    return after.length === n && after.every(nameLike) && lookupLocation(name) !== undefined && lookupLocation(name) !== lookupLocation(wordsOf(after));
  });

/** Whether the story writes a phrase inside a sentence elsewhere than at the offset given (ordinary-words.ts). */
type WrittenInside = (phrase: string, at: number) => boolean;

/** Maximal runs of name words; connectors join words only inside organization names. In a
 *  title-case headline ("Ann Holt Was Taken to Hospital") verbs and function words end a run, and
 *  in a headline line (`headlineWrites` given, see headline-verbs.ts) a verb in -s does too. */
export function runs(tokens: Token[], titleCase: boolean, headlineWrites?: WrittenInside): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  // Whether each token is a name word, asked of most words twice (as the next word, then as the word): once each.
  const nameLikeAt: Array<boolean | undefined> = [];
  const isNameLike = (i: number) => (nameLikeAt[i] ??= nameLike(tokens[i]!));
  for (let i = 0; i < tokens.length; i++) {
    // With no run open, a word without a capital letter changes nothing: every rule below that adds a
    // word to an empty run asks for a name word or a month, and closing no run is nothing. Most words
    // of a text are passed over so, without the tests below (asked of every token, they cost).
    if (!run.length && !hasCapital(tokens[i]!.text)) continue;
    if (!breaksRun(run, tokens, i, titleCase, isNameLike, headlineWrites) && joinsRun(run, tokens, i, titleCase, isNameLike)) run.push(tokens[i]!);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/** "… Captain Velmora Image: Ann Holt", "Photo: …": the label of a picture's credit before its colon. */
const CREDIT_LABEL = /^(?:Image|Images|Photo|Photos|Photograph|Picture|Video|Audio|Credit|Illustration|Graphic)$/u;
/** "… of Velmora's DAB In the East, …": a preposition written with a capital before a word in lower case. */
const OPENING_PREPOSITION = /^(?:In|On|At|From|With|After|During)$/u;

/** Whether the word at `i` opens a line or a sentence a caption runs into, after a name: a credit's label
 *  before its colon, or a preposition written with a capital before a word in lower case ("DAB In the East"),
 *  a day, a month or a figure ("Harlow, Velmora On Saturday, …", "Korvath In 2019 …"). */
export const opensCaptionLine = (run: Token[], t: Token, next: Token | undefined) =>
  !!run.length &&
  !!next &&
  ((CREDIT_LABEL.test(t.text) && next.text === ':') || (OPENING_PREPOSITION.test(t.text) && (/^[\p{Ll}\d]/u.test(next.text) || isCalendarWord(next.text))));

/** "Ann de Holt (Velmora) 12.92", "Player of the Day: Tom van Pike": a family name's particle in lower case inside a
 *  line of capitalised words (a results table's, a caption's) joins the name as it does in running text, though the
 *  line reads as a headline, where a lower-case preposition breaks a name; not after an ordinary word ("Tour de France"). */
const particleInName = (run: Token[], tokens: Token[], i: number) =>
  !!run.length && /^\p{Ll}/u.test(tokens[i]!.text) && isParticleAt(tokens, i) && !isCommonWord(run[run.length - 1]!.text);

/** Whether the word at `i` is no name word whatever else it is, and closes the run before it: a
 *  handle, a verb of a headline, an honour or a party's member after the name, a caption's next line. */
function breaksRun(
  run: Token[],
  tokens: Token[],
  i: number,
  titleCase: boolean,
  isNameLike: (i: number) => boolean,
  headlineWrites: WrittenInside | undefined,
): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // "(@SenDelgado)", "#Brexit": a handle or a hashtag is no name as written.
  if (isHandleOrTag(tokens, i)) return true;
  // "Superheroes Captain Velmora Image: Ann Holt.": a caption runs into its credit's line (see opensCaptionLine).
  if (opensCaptionLine(run, t, next)) return true;
  // "Christie Calls Clinton …", "Graham Says …": a speech verb in a headline is no name ("Tom de Pike" keeps its particle).
  if (
    titleCase &&
    !particleInName(run, tokens, i) &&
    (((breaksHeadlineName(t.text) || cueLemma(t.text)) && !isFirstName(t.text)) || headlineVerbAfterName(run, t))
  )
    return true;
  // "Velmora Beats Harlow": a verb in -s the lexicon lists as a plural (see headline-verbs.ts).
  if (titleCase && headlineWrites && endsRunAsHeadlineVerb(run, tokens, i, headlineWrites)) return true;
  // "Paul Ryan Joins Growing List …" written in capitals inside a sentence: see verbs-after-names.ts.
  if (verbAfterFullName(run, t)) return true;
  // "CONGRESS HAS INVESTIGATED HIM — …": a verb or function word in capitals is a shouted label.
  if (isAllCaps(t.text) && t.text.length >= 3 && breaksHeadlineName(t.text[0] + t.text.slice(1).toLowerCase())) return true;
  // "Sarah Quinn KC", "Tom Hale MP said": an honour or a seat after a name is no part of it.
  if (run.length >= 2 && POSTNOMINALS.test(t.text) && !(next && isNameLike(i + 1))) return true;
  // "the Ohio Democrat said": a party's member after the place they come from is no part of its name.
  return PARTY_MEMBER.test(t.text) && !!run.length && run.length <= 2 && !(next && isNameLike(i + 1)) && !!lookupLocation(wordsOf(run));
}

/** Whether the word at `i` goes on the run (or opens one): a name word, a month as a name, a place's
 *  article, a particle, or a connector inside a body's or a place's name. */
function joinsRun(run: Token[], tokens: Token[], i: number, titleCase: boolean, isNameLike: (i: number) => boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (isNameLike(i) && !isCalendarWord(t.text)) return true;
  if (sideNamedByDay(run, t, next, tokens[i - 2])) return true;
  // A month after a given name or a title is a surname: "Theresa May", "Mrs May".
  if (MONTH_NAMES.has(t.text) && i > 0 && (isFirstName(tokens[i - 1]!.text) || isTitle(tokens[i - 1]!))) return true;
  // "Zhai Jun", "Li Jan": a short month after a name, no date after it, is a given name.
  if (SHORT_MONTH_GIVEN.test(t.text) && run.length && !DIGIT_OR_PERIOD_FIRST.test(next?.text ?? '')) return true;
  // ... and a given name between a title and a surname: "Chief Economist Jan Hatzius".
  if (MONTH_GIVEN_NAME.test(t.text) && i > 0 && isTitle(tokens[i - 1]!) && next && isNameLike(i + 1) && !isCalendarWord(next.text)) return true;
  if (!run.length && monthAsGivenName(tokens, i)) return true;
  // "talks in The Hague": see places-with-article.ts.
  if (!run.length && opensPlaceWithArticle(tokens, i)) return true;
  if (run.length && isParticleAt(tokens, i)) return true;
  return joinsByConnector(run, tokens, i, titleCase, isNameLike);
}

/** Whether the word at `i` joins the run as a connector or a word inside a longer name: a league's
 *  grade, "&", a paired firm's, a headed or an article's name, a body of ordinary words, a side, a
 *  conjoined name, an organization's connector, a water's, a known place's or a state's, "al-", a numeral. */
function joinsByConnector(run: Token[], tokens: Token[], i: number, titleCase: boolean, isNameLike: (i: number) => boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (joinsLeagueGrade(run, t)) return true;
  if (run.length && next && isNameLike(i + 1) && t.text === '&') return true;
  if (joinsPairedFirmName(run, tokens, i) || joinsHeadedName(run, tokens, i) || joinsArticleName(run, tokens, i)) return true;
  if (!titleCase && joinsOrdinaryBody(run, tokens, i)) return true;
  if (joinsTownSide(run, tokens, i) || joinsSideOfPlace(run, tokens, i)) return true;
  if (joinsConjoinedName(run, tokens, i)) return true;
  if (run.length && next && isNameLike(i + 1) && joinsOrganization(run, t, tokens, i + 1)) return true;
  // "Organisation of the Islamic Conference": "of the" as one connector.
  if (run.length && OF_OR_FOR.test(t.text) && next?.text === 'the' && tokens[i + 2] && isNameLike(i + 2) && joinsOrganization(run, t, tokens, i + 2))
    return true;
  if (joinsWaterOfPlace(run, tokens, i) || joinsKnownPlace(run, tokens, i) || joinsStateOfPlace(run, tokens, i)) return true;
  if (run.length && AL_NAME.test(t.text)) return true;
  return joinsRegnalNumeral(run, tokens, i);
}

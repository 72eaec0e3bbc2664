// Sides in sports news: a place or a name that plays ("Essex 372", "Surrey beat Kent", "the Chicago
// Bulls"), a nation's side (still the nation), a sport's governing body, a league as the competition,
// and whether a text reads as a sports report at all. The words around a name decide, not its letters.
import { cueLemma } from '../cues.js';
import { isCountry, isDemonymWord, isLargeCity, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isPluralNoun, isVerbForm, tagsOf } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { TEAM_WORDS, SPORT_NAMES } from './organization-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { isPossessiveMark } from '../tokens.js';

const SCORE = /^\d{1,3}(-\d{1,2})?$/u;
const VERSUS = new Set(['v', 'vs', 'vs.', 'beat', 'beats', 'drew', 'lost', 'defeated', 'routed', 'edged', 'thrashed']);

const INNINGS_ORDER = /^(?:first|second|1st|2nd)$/u;

// Who plays for a side: "Surrey captain Chris Lewis", "Milan striker George Weah".
export const SIDE_ROLES = new Set([
  'captain',
  'skipper',
  'coach',
  'manager',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'bowler',
  'batsman',
  'all-rounder',
  'opener',
  'quarterback',
  'pitcher',
  'goaltender',
  'goalie',
  'winger',
  'defenceman',
  'defenseman',
  'wicketkeeper',
  'playmaker',
  // The other positions of a side's players: "Atlanta starter Greg Maddux", "Orlando center Shaquille O'Neal",
  // "Leicester scrum-half Austin Healey", "Lancashire spinner Gary Keedy", "Leeds keeper Nigel Martyn".
  ...'forward centre-forward centre-back centre-half full-back fullback sweeper keeper guard center starter reliever closer shortstop outfielder infielder catcher slugger left-hander right-hander linebacker tailback scrum-half fly-half flanker hooker spinner paceman seamer'.split(
    ' ',
  ),
]);

// The other side of a match: "lost to Hamburg", "drew with Lazio", "a win over Porto".
const PLAYED_AGAINST = new Set([
  'lost to',
  'losing to',
  'drew with',
  'draw with',
  'win over',
  'victory over',
  'defeat to',
  'defeat by',
  'beaten by',
  'lose to',
  'loses to',
  'draws with',
  'draw against',
  'win against',
  'victory against',
  'defeat against',
  'match against',
  'loss to',
  'match between',
  'game between',
]);
// Nations that field their own sides without being states the country data lists: "England beat
// Pakistan" is England's side, named as the nation, like any country's. So are states of the news
// that the data names otherwise or no longer lists ("Turkey" is "Türkiye" there).
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'Turkey', 'Yugoslavia', 'Zaire', 'Burma', 'Soviet Union', 'Czechoslovakia']);
/** A country, or a nation that plays as one: its side is named as the place. */
export const isNation = (place: string) => isCountry(place) || HOME_NATIONS.has(place);
/** Whether a name is a nation's as the gazetteer spells it ("England", "the U.S."): the place it names is one. */
export const namesNationPlace = (name: string) => isNation(lookupLocation(name) ?? '');

/** A place named as a sports side: "Essex 372", "Surrey beat Kent", "Somerset v Derbyshire", "Surrey captain",
 *  "the match between Kent and …", "Kent first innings". */
export function playsAsTeam(c: Candidate): boolean {
  return (
    SIDE_ROLES.has(c.next) ||
    (INNINGS_ORDER.test(c.next) && c.nextAfter === 'innings') ||
    PLAYED_AGAINST.has(`${c.prevBefore} ${c.prev}`) ||
    (SCORE.test(c.next) && !/^(per|percent|km|miles|people|years|kg|metres|meters|degrees)$/u.test(c.nextAfter)) ||
    VERSUS.has(c.next) ||
    VERSUS.has(c.prev) ||
    afterScore(c)
  );
}

/** "Japan's Akane Yamaguchi beat …": after a nation's possessive, a name whose place is no major one
 *  ("Yamaguchi" is a city and a surname) is the nation's player, not a club ("Russia's Spartak Moscow"). */
export const playerOfNation = (c: Candidate) =>
  isPossessiveMark(c.prev) && namesNationPlace(c.prevBefore) && !c.words.some((w) => isMajorPlace(w) || TEAM_WORDS.has(w.toLowerCase()));

/** "drew 0-0 with Altay", "a 2-1 win over Porto": the other side, after the score. */
export const afterScore = (c: Candidate) => /^(with|against|over|by|to)$/u.test(c.prev) && /^\d{1,2}-\d{1,2}$/u.test(c.prevBefore);

/** "indians", "bulls", "riders": a plural noun, or a people's in the plural. */
const isPluralOrDemonyms = (lower: string) => isPluralNoun(lower) || (lower.endsWith('s') && isDemonymWord(lower));

/** "chiefs", "pirates", "sundowns": a plural noun, or a word the lexicon does not know with a plural's ending. */
export const looksPlural = (lower: string) => isPluralNoun(lower) || (tagsOf(lower).length === 0 && /[^aiosu]s$/u.test(lower));

/** "Cricket Namibia", "Athletics Kenya", "USA Swimming", "British Cycling": a sport and a nation or region
 *  (its name, initials or demonym) name the sport's governing body, whatever a given name or place in it suggests. */
export function namesSportsBody(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const sportFirst = SPORT_NAMES.has(words[0]!.toLowerCase());
  if (!sportFirst && !SPORT_NAMES.has(words[words.length - 1]!.toLowerCase())) return false;
  const rest = sportFirst ? words.slice(1) : words.slice(0, -1);
  return !!lookupLocation(rest.join(' ')) || (!sportFirst && rest.length === 1 && isDemonymWord(rest[0]!));
}

/** Whether the first one to three words of a longer name are a nation's name or initials ("SA", "New Zealand"). */
export const nationOpens = (words: string[]) => [1, 2, 3].some((k) => k < words.length && namesNationPlace(words.slice(0, k).join(' ')));

/** "top of the American League", "SCOTTISH LEAGUE RESULTS", a table's "ATLANTIC DIVISION", "the Gallagher
 *  Premiership", "the Big Ten": in a sports report a league or its division is the competition, no body nor
 *  place, unless it acts ("The Eastern League fined Ottawa", "the Premier League said"). */
export const namesCompetition = (c: Candidate) =>
  c.words.length > 1 &&
  (/^(?:league|division|premiership)$/iu.test(c.words[c.words.length - 1]!) || namesConference(c.words)) &&
  !isVerbForm(c.next) &&
  !cueLemma(c.next);

/** "the Big Ten", "the Big East", "Big Sky": American college sports' conferences named "Big" and a number or a
 *  quarter of the country. */
const namesConference = (words: string[]) => words.length === 2 && words[0] === 'Big' && /^(?:Ten|Twelve|East|West|South|Sky)$/u.test(words[1]!);

/** "Mumbai Indians", "Chicago Bulls", "Kolkata Knight Riders": a city, then words ending in a plural,
 *  names a side or a firm ("Golan Heights", "Cayman Islands" end in a place's head); after "the", so
 *  does a word the lexicon lacks with a plural's ending ("the Houston Rockets"). */
export function namesCitySide(c: Candidate): boolean {
  const { words } = c;
  const last = words[words.length - 1]!.toLowerCase();
  return (
    words.length > 1 &&
    words.length <= 3 &&
    isLargeCity(words[0]!) &&
    (isPluralOrDemonyms(last) || (c.prev === 'the' && looksPlural(last))) &&
    !LOCATION_HEADS.has(last.replace(/s$/u, '')) &&
    !LOCATION_HEADS.has(last)
  );
}

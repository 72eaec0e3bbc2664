// Sides named in a league table row or a results line, and the scorers a match summary lists.
import type { Token } from '../tokens.js';
import { isFirstName } from '../lexicon.js';
import { scorecardPlayers } from './scorecard-players.js';

// A side's name: capitalised words, after the year a club was founded ("1860 Munich") or before its
// number ("Schalke 04", "Hannover 96"; a number of two digits before the score).
const NAMED = "(?:\\d{4}\\s+)?\\p{Lu}[\\p{L}'’.() -]*?";
const SIDE = `${NAMED}(?:\\s+\\d{2})?`;
// A league table row: a name and at least five counts, some small ("Puchon 3 1 0 6 1 10"); or counts, a
// share of games won and the games behind ("Hanwha 58 1 49 .542 6 1/2", "Haitai 64 2 43 .596 -"); or six
// counts and more, a percentage and the points ("Sydney 21 15 1 5 2067 1687 122.5 62"). (A player's
// averages have two decimals: "Stewart 3 5 0 396 170 79.20".)
const COUNTS = '(?:\\s+\\d+){5,}|(?:\\s+\\d+){2,}\\s+\\.\\d{3}(?:\\s+(?:\\d+|1/2|-))*|(?:\\s+\\d+){6,}\\s+\\d+\\.\\d(?:\\s+\\d+)*';
const STANDING = new RegExp(`^(${NAMED})(${COUNTS})$`, 'u');
const isCount = (column: string) => /^\d+$/u.test(column);
// One result: two sides and their scores ("Stoke 2 Tranmere 1", "Partizan 81 Cibona Zagreb 79"), maybe
// more sentences after it ("… Leverkusen 1. Half-time 0-1. Attendance 32,000").
const RESULT = new RegExp(`^(${SIDE})\\s+\\d{1,3}\\s+(${SIDE})\\s+\\d{1,3}(?:\\s*\\.(?:\\s.*)?)?$`, 'du');
// A match and its half-time scores in brackets, blanked: "Velmora (3) v Korvena (1)" (a player's seed
// in brackets, "Tom Pike (3) v Jon Reyes", is no side's score: a given name opens no side here).
const HALF_TIMES = /\(\d{1,2}\)\s+(?:v|vs\.?)\s+\p{Lu}[^()]*\(\d{1,2}\)/u;
const MATCH = new RegExp(`^(${SIDE})\\s+(?:v|vs\\.?)\\s+(${SIDE})$`, 'du');
// A line may hold several results, after a label: "Saturday: Lanus 1 Huracan 0, Boca 2 Velez 2",
// "Group A: In Athens: Panathinaikos 76 Maccabi 70".
const PIECE = /[^,;:]+/gu;

const BRACKETED = /\([^()]*\)/gu;

const namesNoPlayer = (side: string) => !isFirstName(side.split(' ')[0]!);

/** The spans of the sides the results of a line (brackets blanked) name; `halfTimes`: the line gave
 *  a match's scores in brackets, so its two sides alone are a result. */
function resultSides(line: string, from: number, halfTimes: boolean): Array<[number, number]> {
  const sides: Array<[number, number]> = [];
  for (const piece of line.matchAll(PIECE)) {
    const lead = piece[0].length - piece[0].trimStart().length;
    const match = halfTimes ? MATCH.exec(piece[0].trim()) : null;
    const result = RESULT.exec(piece[0].trim()) ?? (match && [match[1]!, match[2]!].every(namesNoPlayer) ? match : null);
    if (!result?.indices) continue;
    const at = from + piece.index + lead;
    for (const side of [1, 2]) sides.push([at + result.indices[side]![0], at + result.indices[side]![1]]);
  }
  return sides;
}

const NO_SIDES = { isSide: () => false, sideAround: () => undefined, any: false };
/** Whether a line holds a digit 0-9 (what \d matches), read by character code. */
function hasDigit(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Which names of a line are sides in a league table or results line: tells for the name at
 *  start..end, and gives the side whose number a name's words leave out ("1860 Munich", "Schalke 04")
 *  (`any`: whether the line names sides at all). The line is matched once, however many names it holds. */
export function tableSides(
  text: string,
  tokens: Token[],
): { isSide: (start: number, end: number) => boolean; sideAround: (start: number, end: number) => [number, number] | undefined; any: boolean } {
  const from = tokens[0]?.start ?? 0;
  const written = text.slice(from, tokens[tokens.length - 1]?.end ?? 0);
  // Tables and results give numbers: a line without a digit names no side (most lines of prose).
  if (!hasDigit(written)) return NO_SIDES;
  // "Minsk 1 Tirol 3 (halftime 1-2)", "Ajax 2 (Kluivert 12th) PSV 1": notes and scorers in brackets are
  // blanked, keeping the offsets, so the sides and their scores read as a results line.
  const line = written.replace(BRACKETED, (note) => ' '.repeat(note.length)).trimEnd();
  const standing = STANDING.exec(line);
  // (the counts, not the share, percentage or games behind)
  const leads = !!standing && Math.min(...standing[2]!.trim().split(/\s+/u).filter(isCount).map(Number)) < 10;
  const sides = resultSides(line, from, HALF_TIMES.test(written));
  if (leads) sides.push([from, from + standing[1]!.length]);
  return {
    isSide: (start, end) => sides.some(([s, e]) => s === start && e === end) || (leads && start === from),
    sideAround: (start, end) => sides.find(([s, e]) => s <= start && end <= e && /^[\d\s]*$/u.test(text.slice(s, start) + text.slice(end, e))),
    any: leads || sides.length > 0,
  };
}

// A side's score and the scorers after it: "Falkirk 1 (Robertson 55)", "(Denny 7, McQuarrie 80 pen)".
const SCORERS = /\d\s*\(([^()]{1,200})\)/gu;
const ENTRY = /[^,;]+/gu;
// One scorer: a name of up to four words, its last capitalised ("van Hooijdonk"), and the minute.
const NAME = "((?:\\p{L}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)";
const SCORER = new RegExp(`^\\s*${NAME}\\s+\\d{1,3}(?:\\s+(?:pen|og|penalty))?\\s*$`, 'u');
// A batsman's runs, not out ("Elliott 20 not out"), and a bowler after the batsmen and a semicolon, his
// wickets and runs ("(Langer 104; Reiffel 4-66)"): the group after the name tells them from a scorer.
const RUNS = new RegExp(`^\\s*${NAME}\\s+\\d{1,3}(\\s+not\\s+out|\\*)\\s*$`, 'u');
const BOWLER = new RegExp(`^\\s*${NAME}\\s+(\\d{1,2}-\\d{1,3})\\s*$`, 'u');

/** Which names of a line are scorers listed in brackets after a score, each with a minute (a name inside
 *  one too), or, named whole, the batsmen and bowlers a cricket score lists there or the players of a
 *  scorecard's line (scorecard-players.ts; "T.O'Gorman" and "A.de Silva" are no "T" nor "Silva"): tells
 *  for the name at start..end. The line is matched once. */
export function lineScorers(text: string, tokens: Token[]): (start: number, end: number) => boolean {
  const from = tokens[0]?.start ?? 0;
  const line = text.slice(from, tokens[tokens.length - 1]?.end ?? 0);
  const whole = new Set(scorecardPlayers(line).map(([s, e]) => `${from + s}:${from + e}`));
  const within: Array<[number, number]> = [];
  if (hasDigit(line))
    for (const list of line.matchAll(SCORERS)) {
      const at = from + list.index + list[0].indexOf('(') + 1;
      for (const entry of list[1]!.matchAll(ENTRY)) {
        const batting = list[1]!.lastIndexOf(';', entry.index) < 0;
        const scorer = batting ? (SCORER.exec(entry[0]) ?? RUNS.exec(entry[0])) : BOWLER.exec(entry[0]);
        if (!scorer) continue;
        const start = at + entry.index + entry[0].indexOf(scorer[1]!);
        if (scorer.length > 2) whole.add(`${start}:${start + scorer[1]!.length}`);
        else within.push([start, start + scorer[1]!.length]);
      }
    }
  if (!whole.size && !within.length) return () => false;
  return (start, end) => whole.has(`${start}:${end}`) || within.some(([s, e]) => start >= s && end <= e);
}

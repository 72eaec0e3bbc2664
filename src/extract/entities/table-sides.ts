// Sides named in a league table row or a results line, and the scorers a match summary lists.
import type { Token } from '../tokens.js';

// A league table row: a name and at least five counts, some small ("Puchon 3 1 0 6 1 10").
const STANDING = /^(\p{Lu}[\p{L}'’.() -]*?)((?:\s+\d+){5,})$/u;
// A results line: two sides and their scores ("Stoke 2 Tranmere 1").
const RESULT = /^(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}\s+(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}$/u;

const BRACKETED = /\([^()]*\)/gu;

/** Which names of a line are sides in a league table or results line: tells for the name at
 *  start..end. The line is matched once, however many names it holds. */
export function tableSides(text: string, tokens: Token[]): (start: number, end: number) => boolean {
  const from = tokens[0]?.start ?? 0;
  // "Minsk 1 Tirol 3 (halftime 1-2)", "Ajax 2 (Kluivert 12th) PSV 1": notes and scorers in brackets are
  // blanked, keeping the offsets, so the sides and their scores read as a results line.
  const line = text
    .slice(from, tokens[tokens.length - 1]?.end ?? 0)
    .replace(BRACKETED, (note) => ' '.repeat(note.length))
    .trimEnd();
  const standing = STANDING.exec(line);
  const leads = !!standing && Math.min(...standing[2]!.trim().split(/\s+/u).map(Number)) < 10;
  const result = RESULT.exec(line);
  return (start, end) => {
    if (leads && start === from) return true;
    if (!result) return false;
    const lead = line.slice(0, start - from).trim();
    return (lead === '' || /^\S.*\s\d{1,2}$/u.test(lead)) && [result[1], result[2]].includes(text.slice(start, end));
  };
}

// A side's score and the scorers after it: "Falkirk 1 (Robertson 55)", "(Denny 7, McQuarrie 80 pen)".
const SCORERS = /\d\s*\(([^()]{1,200})\)/gu;
// One scorer: a name of up to four words, its last capitalised ("van Hooijdonk"), and the minute.
const SCORER = /^\s*((?:\p{L}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+\d{1,3}(?:\s+(?:pen|og|penalty))?\s*$/u;

/** Which names of a line are scorers listed in brackets after a score, each with a minute: tells for
 *  the name at start..end. The line is matched once. */
export function lineScorers(text: string, tokens: Token[]): (start: number, end: number) => boolean {
  const from = tokens[0]?.start ?? 0;
  const line = text.slice(from, tokens[tokens.length - 1]?.end ?? 0);
  const names: Array<[number, number]> = [];
  for (const list of line.matchAll(SCORERS)) {
    let at = from + list.index + list[0].indexOf('(') + 1;
    for (const entry of list[1]!.split(',')) {
      const scorer = SCORER.exec(entry);
      if (scorer) names.push([at + entry.indexOf(scorer[1]!), at + entry.indexOf(scorer[1]!) + scorer[1]!.length]);
      at += entry.length + 1;
    }
  }
  return (start, end) => names.some(([s, e]) => start >= s && end <= e);
}

// Sides named in a league table row or a results line.
import type { Token } from '../tokens.js';

// A league table row: a name and at least five counts, some small ("Puchon 3 1 0 6 1 10").
const STANDING = /^(\p{Lu}[\p{L}'’.() -]*?)((?:\s+\d+){5,})$/u;
// A results line: two sides and their scores ("Stoke 2 Tranmere 1").
const RESULT = /^(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}\s+(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}$/u;

/** Which names of a line are sides in a league table or results line: tells for the name at
 *  start..end. The line is matched once, however many names it holds. */
export function tableSides(text: string, tokens: Token[]): (start: number, end: number) => boolean {
  const from = tokens[0]?.start ?? 0;
  const line = text.slice(from, tokens[tokens.length - 1]?.end ?? 0);
  const standing = STANDING.exec(line);
  const leads = !!standing && Math.min(...standing[2]!.trim().split(/\s+/u).map(Number)) < 10;
  const result = RESULT.exec(line);
  return (start, end) => {
    if (leads && start === from) return true;
    if (!result) return false;
    const lead = text.slice(from, start).trim();
    return (lead === '' || /^\S.*\s\d{1,2}$/u.test(lead)) && [result[1], result[2]].includes(text.slice(start, end));
  };
}

// Other names a story gives a body or a person right after the full one, set off by commas:
// "the Federal Financial Supervisory Authority, known as BaFin,", "Petroleo Brasileiro, or Petrobras,",
// "Mohamed Hamdan Dagalo, known as Hemedti,". The short name then means the one before it wherever
// the story uses it, whatever its own words look like ("Cocobod" is no place).
import type { Candidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';

/** ", known as", ", also known as", ", also called", ", or": what sets off the other name. */
const CALLED = /^\s*,\s*(?:(?:also\s+)?known\s+as|(?:also\s+)?called|or)\s+$/u;
/** What closes the other name: a comma, a stop or a bracket ("…, known as NICE, recommended"). */
const CLOSED = /^\s*[,.;)]/u;

/** Whether `short`'s letters stand in the full name in order ("Cocobod" in "Ghana Cocoa Board"). */
function lettersInOrder(short: string, full: string): boolean {
  const letters = full.toLowerCase();
  let at = 0;
  for (const ch of short.toLowerCase()) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The one-word names set off after a typed name of two words or more, each with the full name it
 *  stands for. After "or" (which may offer another thing) the short name must be drawn from the full
 *  one's letters; after "known as" any word will do. */
export function bindCalledNames(text: string, typed: TypedCandidate[]): Map<string, Candidate> {
  const bound = new Map<string, Candidate>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const { c: full, type } = typed[i]!;
    const short = typed[i + 1]!.c;
    const between = CALLED.exec(text.slice(full.end, short.start));
    if (!between || !type || full.words.length < 2 || short.words.length !== 1 || !CLOSED.test(text.slice(short.end, short.end + 2))) continue;
    if (/\bor\s+$/u.test(between[0]) && (type === 'PERSON' || !lettersInOrder(short.text, full.text))) continue;
    bound.set(short.text, full);
  }
  return bound;
}

// A lone surname the story names no other way reads to the typer as a body as often as a person:
// "The Elysee said Macron would attend the summit". What it does says which: attending, visiting,
// travelling, resigning or testifying are a person's acts, so a word of no other use that does them
// is a person's name, wherever the story uses it (unless the story shows it to be a company).
import { unknownWord } from './company-candidates.js';
import type { TypedCandidate } from './typed-candidates.js';

/** "would attend", "will visit", "is to travel", "plans to resign", "testified": a person's act, right after the name. */
const PERSON_ACT =
  /^\s+(?:(?:would|will|could|may|might|is\s+to|was\s+to|is\s+due\s+to|was\s+due\s+to|plans\s+to|planned\s+to|is\s+expected\s+to|was\s+expected\s+to|also|later|then)\s+)?(?:attend|attends|attended|visit|visits|visited|travel|travels|travelled|traveled|fly|flies|flew|resign|resigns|resigned|testify|testifies|testified|marry|married)\b/u;

/** Retypes (in place) as persons the lone unknown words the story shows acting as persons act,
 *  unless the context decided them (`decided`) or the story shows them to be companies or a sports
 *  report's sides (`companies`, lower case). */
export function personsByActs(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean, companies: Set<string>): void {
  const acting = new Set<string>();
  for (const t of typed) {
    const { c } = t;
    if (c.words.length !== 1 || t.type === 'LOCATION' || decided(t) || !unknownWord(c.text) || companies.has(c.text.toLowerCase())) continue;
    if (PERSON_ACT.test(text.slice(c.end, c.end + 60))) acting.add(c.text);
  }
  if (!acting.size) return;
  for (const t of typed) if (acting.has(t.c.text) && t.type !== 'LOCATION' && !decided(t)) t.type = 'PERSON';
}

// "Researchers at the University of Leeds followed 12,000 adults. … The researchers said": a plural
// description repeats the group the story introduced with that noun and the body or place it is at
// or from, and is named so, not left as "The researchers".
import type { Antecedents } from './antecedents.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { runTimePattern } from './run-time-patterns.js';

/** "the researchers", "the scientists": a plural noun after "the". */
const PLURAL_DESCRIPTION = /^the (\p{Ll}{3,}s)$/u;
/** Between the group's noun and the body it is at: "at the", "from", "of the". */
const AT_BODY = /^\s+(?:at|from|of|with)\s+(?:the\s+)?$/u;

/** The phrase introducing the group `phrase` describes before `pos` ("Researchers at the University of Leeds"). */
export function groupIntroducedBefore(a: Antecedents, phrase: string, pos: number): string | null {
  const noun = PLURAL_DESCRIPTION.exec(phrase)?.[1];
  if (!noun) return null;
  const word = runTimePattern(`\\b${noun}\\b`, 'giu');
  let found: string | null = null;
  for (const m of a.text.slice(0, pos).matchAll(word)) {
    const at = m.index + noun.length;
    const name = a.names[firstStartingAtOrAfter(a.names, at)];
    if (!name || name.e.type === 'PERSON' || !AT_BODY.test(a.text.slice(at, name.start))) continue;
    found = a.text.slice(m.index, name.end);
  }
  return found && `${found[0]!.toUpperCase()}${found.slice(1)}`;
}

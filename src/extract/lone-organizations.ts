// "Shares in Norland Gas fell 5 percent on Friday. It said demand was weak.": with no organization
// opening a sentence or speaking lately, "it" saying something is the one organization the sentence
// before names, wherever it stands in it (an object, after a preposition). Only with a plain verb of
// saying: "It shows …", "It does not explain why …" are most often about a thing.
import type { Antecedents } from './antecedents.js';
import type { Entity } from './types.js';
import { cueLemma } from './cues.js';
import { lastEndingBy } from './span-index.js';

const SAYING = new Set(['say', 'add', 'tell', 'state', 'announce', 'write', 'warn']);

/** The only organization named in the sentence before `before` (up to `before`), when `cue` is a
 *  plain verb of saying; null when the sentence names none or several. */
export function loneOrganizationBefore(a: Antecedents, before: number, cue: string | undefined): Entity | null {
  const previous = a.layout.sentences[lastEndingBy(a.layout.sentences, before)];
  if (!previous || !SAYING.has(cueLemma(cue ?? '') ?? '')) return null;
  let only: Entity | null = null;
  for (const { e } of a.mentionsBefore(before, (e) => e.type === 'ORGANIZATION', previous.start)) {
    if (only && only !== e) return null;
    only = e;
  }
  return only;
}

// A speaker described as someone's kin ("His son said", "her husband told …") is the person the
// text introduced as that kin ("his son Luke, 22,", "Her husband, Ray Pike,"), not someone unnamed.
import type { Antecedents } from './antecedents.js';
import { KIN } from './entities/vocabulary.js';
import type { Entity } from './types.js';

/** "his son", "her husband", "the couple's daughter": a kin word after a possessor. */
const KIN_DESCRIPTION = /^(?:his|her|their|the [\p{L}-]+['’]s?) (\p{Ll}+)$/u;

/** The person last introduced as the same kin ("his son Luke", "Her son, Robert Ellison,") before `pos`. */
export function kinNamedBefore(a: Antecedents, phrase: string, pos: number): Entity | null {
  const kin = KIN_DESCRIPTION.exec(phrase)?.[1];
  if (!kin || !KIN.has(kin)) return null;
  const introduced = new RegExp(`(?:\\b(?:his|her|their)|['’]s?)\\s+(?:\\p{Ll}+\\s+)?${kin},?\\s+$`, 'iu');
  for (const { e, m } of a.mentionsBefore(pos, (x) => x.type === 'PERSON')) {
    if (introduced.test(a.text.slice(Math.max(0, m.start - 40), m.start))) return e;
  }
  return null;
}

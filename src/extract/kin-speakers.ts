// A speaker described as someone's kin ("His son said", "her husband told …") is the person the
// text introduced as that kin ("his son Luke, 22,", "Her husband, Ray Pike,"), not someone unnamed;
// or the one the kin was introduced with: "His father said" after "Peter Lamb and his son Daniel".
import type { Antecedents } from './antecedents.js';
import { KIN } from './entities/person-vocabulary.js';
import type { Entity } from './types.js';
import { runTimePattern } from './run-time-patterns.js';

/** "his son", "her husband", "the couple's daughter": a kin word after a possessor. */
const KIN_DESCRIPTION = /^(?:his|her|their|the [\p{L}-]+['’]s?) (\p{Ll}+)$/u;

/** The kin a person's kin is of them: a father's son or daughter; a son's father or mother. */
const INVERSE_KIN = new Map<string, string>([
  ['father', 'son|daughter|child|children|sons|daughters'],
  ['mother', 'son|daughter|child|children|sons|daughters'],
  ['husband', 'wife'],
  ['wife', 'husband'],
  ['son', 'father|mother|parents'],
  ['daughter', 'father|mother|parents'],
]);

/** The person last introduced as the same kin ("his son Luke", "Her son, Robert Ellison,") before `pos`,
 *  else the one a kin was introduced with, if that kin is the person just named. */
export function kinNamedBefore(a: Antecedents, phrase: string, pos: number): Entity | null {
  const kin = KIN_DESCRIPTION.exec(phrase)?.[1];
  if (!kin || !KIN.has(kin)) return null;
  const introduced = runTimePattern(`(?:\\b(?:his|her|their)|['’]s?)\\s+(?:\\p{Ll}+\\s+)?${kin},?\\s+$`, 'iu');
  for (const { e, m } of a.mentionsBefore(pos, (x) => x.type === 'PERSON')) {
    if (introduced.test(a.text.slice(Math.max(0, m.start - 40), m.start))) return e;
  }
  return introducedWith(a, kin, pos);
}

/** "Peter Lamb, 61, and his son Daniel, 33, … Daniel Lamb said … His father said": the person named
 *  before "his son" in the sentence introducing the one named last before `pos`; the possessive is
 *  the kin's own ("his" for a father, "her" for a mother). */
function introducedWith(a: Antecedents, kin: string, pos: number): Entity | null {
  const inverse = INVERSE_KIN.get(kin);
  const gender = KIN.get(kin);
  const last = a.nearest(pos, (x) => x.type === 'PERSON');
  if (!inverse || !last) return null;
  const owner = gender === 'MALE' ? 'his' : gender === 'FEMALE' ? 'her' : '(?:his|her)';
  const introduced = runTimePattern(`\\b(?:and|with)\\s+${owner}\\s+(?:\\p{Ll}+\\s+)?(?:${inverse}),?\\s+$`, 'iu');
  for (const m of last.e.mentions) {
    if (m.start >= pos || !introduced.test(a.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const partner = a.nearest(m.start, (x) => x.type === 'PERSON' && x !== last.e);
    if (partner && m.start - partner.m.end < 60 && !/[.!?]\s/u.test(a.text.slice(partner.m.end, m.start))) return partner.e;
  }
  return null;
}

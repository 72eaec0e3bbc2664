// A plural title before names listed with "and" gives each of them its role: "Senators Ann Holt,
// Republican of Velmora, and Tom Reyes", "Sens. Ann Holt and Tom Pike", "Governors Ray Cole, Ed Lamb
// and Jo Park": the title run before the second name is only "and", yet Mr Reyes is a senator too.
import { personNames } from './name-mentions.js';
import { GENERIC, roleOf } from './roles.js';
import type { Entity } from './types.js';

/** Plural abbreviations of titles ("Sens. Ann Holt and Tom Pike"). */
const PLURAL_ABBREVIATIONS = new Map([
  ['Sens', 'senator'],
  ['Reps', 'representative'],
  ['Govs', 'governor'],
]);
/** What joins a name to the one before it in a list: "and", after an age or a role set off by commas
 *  ("Ann Holt, Republican of Velmora, and"), or a comma alone ("Ray Cole, Ed Lamb and Jo Park"). */
const LISTED = /^(?:(?:,[^,.;:“”"()]{1,30},|,)?\s+and\s+|,\s+)$/u;

/** The role a plural title right before `start` gives: "Senators ", "Sens. ", "fellow governors ". */
function pluralTitleBefore(text: string, start: number): string | null {
  const word = /(\p{L}+)(\.?)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!word) return null;
  const abbreviated = word[2] ? PLURAL_ABBREVIATIONS.get(word[1]!) : undefined;
  if (abbreviated) return abbreviated;
  if (word[2] || !/\p{Ll}s$/u.test(word[1]!)) return null;
  const role = roleOf(word[1]!);
  return role && !GENERIC.has(role) && role !== word[1]!.toLowerCase() ? role : null;
}

/** The role each person listed after a plural title holds by it. */
export function sharedTitleRoles(text: string, entities: Entity[]): Map<Entity, string> {
  const names = [...personNames(entities)].sort((x, y) => x.m.start - y.m.start);
  const roles = new Map<Entity, string>();
  for (let i = 0; i < names.length; i++) {
    const role = pluralTitleBefore(text, names[i]!.m.start);
    if (!role) continue;
    let j = i + 1;
    while (j < names.length && LISTED.test(text.slice(names[j - 1]!.m.end, names[j]!.m.start))) j++;
    // (A plural title before one name alone is no list: "Senators Ann Holt" is a typo or a team's name.)
    if (j - i < 2) continue;
    for (const { e } of names.slice(i, j)) roles.set(e, role);
  }
  return roles;
}

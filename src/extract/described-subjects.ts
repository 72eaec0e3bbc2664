// Whom a person's description opening a sentence stands for when the text titled nobody in its role:
// the name set beside it, or the person in view it may describe (antecedents.ts narrates them).
import type { Entity } from './types.js';
import type { Salience } from './coref.js';
import type { NameMentions } from './name-mentions.js';
import type { PersonTitles } from './person-titles.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { namesOnlyItsHolder, nationUntold, roleConflicts } from './role-fit.js';
import { REPRESENTATIVE } from './role-readings.js';
import { KIN } from './entities/person-vocabulary.js';
import { genderOfHead } from './speaker-words.js';

/** What stands between a description and the name set beside it: "The leader of the Harbour Trust, ". */
const APPOSITION_GAP = /^(?:\s+(?:of|for|at)\s+[^,.;:!?“”"]{1,60})?,\s+/u;

/** The name set in apposition right after a description ending at `end`: "The leader of the Harbour
 *  Trust, Tom Pike, warned …" is Tom Pike. */
export function personApposed(text: string, names: NameMentions['names']) {
  return (end: number): Entity | null => {
    const gap = APPOSITION_GAP.exec(text.slice(end, end + 80));
    const named = gap ? names[firstStartingAtOrAfter(names, end + gap[0].length)] : undefined;
    return named && named.start === end + gap![0].length ? named.e : null;
  };
}

/** "Ann Holt is moving staff … The former Velmora governor has trailed …": with nobody given the role,
 *  a description opening a sentence goes on about the person in view it may describe (no other role,
 *  party, nation or gender). Not a trade the story gives with the name ("The inspector found …" is
 *  someone new), one speaking for another ("The spokesman said …") nor kin: those are someone else. */
export function personInViewFitting(salience: Salience, titles: Map<Entity, PersonTitles>, parties: Map<Entity, Set<string>>) {
  return (pos: number, description: string, role: string): Entity | null => {
    // ("The officials said …" are several: no one person.)
    const plural = !description.toLowerCase().endsWith(role);
    if (plural || namesOnlyItsHolder(role) || REPRESENTATIVE.has(role) || KIN.has(role)) return null;
    const gender = genderOfHead(description.toLowerCase());
    const fits = (e: Entity) =>
      e.type === 'PERSON' &&
      (!gender || !e.gender || e.gender === gender) &&
      !roleConflicts(description, role, titles.get(e), parties.get(e)) &&
      !nationUntold(description, titles.get(e));
    return salience.best(pos, (e) => (fits(e) ? 1 : 0));
  };
}

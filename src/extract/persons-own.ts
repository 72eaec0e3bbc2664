// A role held towards a person ("Mr. Pike's campaign manager", "Ann Holt's lawyer"): the whole
// description speaks, not the person who owns it, wherever it stands beside the cue.
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { namesPeople } from './phrase-heads.js';
import { COURTESY_TITLES } from './speaker-words.js';
import type { Token } from './tokens.js';

/** The description from `first` to `last` when it opens with a possessor (starting at `possessorStart`)
 *  surely a person and its head names people: "Ann Holt's lawyer", "Mr. Pike's wife". Only a full name
 *  or one after a courtesy title is surely a person ("Velmora's chief surgeon" may be a place's). */
export function personsOwn(names: NameIndex, tokens: Token[], first: number, last: number, possessorStart: number): SpeakerSurface | null {
  const person = names.nameAt.get(possessorStart)?.entity;
  const surely = person?.type === 'PERSON' && (/\s/u.test(person.name) || isCourtesyTitle(tokens[first]!.text));
  return surely && namesPeople(tokens[last]!.text) ? names.surface(tokens[first]!.start, tokens[last]!.end, 'NOMINAL', null) : null;
}

/** "Mr.", "Ms", "Mrs.": a title that says its name is a person's. */
export const isCourtesyTitle = (word: string) => COURTESY.test(word);
const COURTESY = new RegExp(`^(?:${COURTESY_TITLES})\\.?$`, 'u');

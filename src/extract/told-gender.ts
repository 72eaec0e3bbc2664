// The gender the text tells of a speaker known only by a description or a given name: the head noun
// ("the man"), a pronoun in the relative clause after it ("A pensioner, who gave her name only as
// Margaret"), or the pronoun that spoke for them ("she said"). A "he" or "the man" is never them.
import type { SpeakerSurface } from './name-index.js';
import { GENDER, genderOfHead } from './speaker-words.js';
import type { Entity } from './types.js';

type Gender = Entity['gender'];

/** A relative clause after the description, up to its first "he", "she", "his" or "her": ", who gave her name". */
const RELATIVE_PRONOUN = /^,?\s+who\s+[^,.;:“”"]{0,80}?\b(he|she|his|her|him)\b/iu;

/** The gender the speaker words `surface` tell, with the relative clause after them in `text`. */
export function genderTold(text: string, surface: SpeakerSurface | null | undefined): Gender {
  if (!surface || surface.kind === 'NAME') return null;
  if (surface.kind === 'PRONOUN') return GENDER.get(surface.text.toLowerCase()) ?? null;
  const relative = RELATIVE_PRONOUN.exec(text.slice(surface.end, surface.end + 120))?.[1];
  return genderOfHead(surface.text.toLowerCase()) ?? (relative ? GENDER.get(relative.toLowerCase())! : null);
}

/** The genders told of speakers, by the name they were given. */
export class ToldGenders {
  private readonly byName = new Map<string, Exclude<Gender, null>>();

  tell(name: string | null, gender: Gender): void {
    if (name && gender && !this.byName.has(name)) this.byName.set(name, gender);
  }

  /** Whether the speaker called `name` was told to be other than `gender`. */
  otherThan(name: string | null | undefined, gender: Gender): boolean {
    const told = name ? this.byName.get(name) : undefined;
    return !!told && !!gender && told !== gender;
  }
}

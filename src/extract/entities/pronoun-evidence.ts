// A name the typer took for an organization that the text goes on to call "he" or "she" is a
// person's: "Nandi Mokoena leads the farmers' union. She spoke to …", "Tatu Banda said she would …".
// Organizations are "it" and "they"; a given name the lexicon lacks is no reason to doubt the pronoun, nor
// is a city closing the name as a surname ("Velka Paris said she …"). The person is so at every mention.
import { isDemonymWord, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isKnownPlace } from '../lexicon.js';
import { placeEndedType } from './place-ended-names.js';
import { opensSentence } from './plural-openings.js';
import type { TypedCandidate } from './typed-candidates.js';
import { COMPANY_FORMS, COMPANY_HEADS, ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** A sentence's end, then the first word of the next. */
const NEXT_SENTENCE = /[.!?][”"’]?\s+(\S+)/u;
/** "said she would", "says he has": the subject's cue, then its pronoun. */
const SAID_PRONOUN = /^\s+(?:said|says|told reporters|added)\s+(?:that\s+)?(?:he|she)\b/u;

export function personsByPronoun(text: string, typed: TypedCandidate[]): void {
  const persons = new Set<string>();
  for (const t of typed) {
    if (t.type !== 'ORGANIZATION' || !mayBePersonName(t.c.words) || !opensSentence(t)) continue;
    const next = NEXT_SENTENCE.exec(text.slice(t.c.end, t.c.end + 400));
    const sentenceEnd = next ? t.c.end + next.index : t.c.end;
    // "He" goes back to another person the sentence names, if there is one.
    const otherPerson = typed.some((o) => o !== t && o.type === 'PERSON' && o.c.start > t.c.end && o.c.start < sentenceEnd);
    const pronounNext = !!next && /^(He|She)$/u.test(next[1]!) && !otherPerson;
    if (pronounNext || SAID_PRONOUN.test(text.slice(t.c.end, t.c.end + 30))) persons.add(t.c.text);
  }
  // The person so shown is the person at every mention of the name the typer made a body of.
  for (const t of typed) if (t.type === 'ORGANIZATION' && persons.has(t.c.text)) t.type = 'PERSON';
}

/** Two or three capitalised words, none of them what names of bodies or places are made of. */
function mayBePersonName(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
    !words.some((w, i) => {
      const lower = w.toLowerCase();
      return ORGANIZATION_HEADS.has(lower) || COMPANY_HEADS.has(lower) || COMPANY_FORMS.has(lower) || (isKnownPlace(w) && !placeAsSurname(words, i));
    })
  );
}

/** "Velka Paris", "Mirela Dublin": a place closing a name of two words after a word that is no English word,
 *  place or people's name is a surname ("Healthwatch Birmingham", a body serving the city, is not; see
 *  place-ended-names.ts). */
function placeAsSurname(words: string[], i: number): boolean {
  const first = words[0]!;
  return (
    words.length === 2 &&
    i === 1 &&
    !isKnownPlace(first) &&
    !lookupLocation(first) &&
    !isDemonymWord(first) &&
    !isCommonWord(first.toLowerCase()) &&
    !placeEndedType(words)
  );
}

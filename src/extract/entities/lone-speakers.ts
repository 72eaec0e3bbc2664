// "Upjohn said the cuts would lift profits": in a business story, a word of no other use, speaking,
// that the story never gives a given name, a title or "he" or "she", is no person named by a surname
// alone (news names a person in full first) but a company known by one word. Elsewhere such a word
// stays a person's ("Okafor grounded the team … Okafor said"), as in sports reports, which name
// players by their surnames alone ("Ivanisevic said").
import { cueLemma } from '../cues.js';
import type { TypedCandidate } from './typed-candidates.js';
import { unknownWord } from './company-candidates.js';
import { evidenceAfter } from './evidence-after-name.js';

const WINDOW = 320;
// (It reads the whole text: (?<!\w), the same as \b before a word's first letter, fails faster at the other characters.)
const BUSINESS_STORY = /(?<!\w)(?:shares|stocks?|profits?|revenues?|earnings|dividends?|merger|takeover|company|companies|quarter|sales)\b/iu;
/** "Mokoena said … He added": the next sentence opens with a person's pronoun. */
const HE_OR_SHE_NEXT = /^[^.!?]*[.!?][”"’]?\s+(?:He|She)\b/u;

/** Retypes (in place) as organizations such lone speakers. */
export function loneSpeakersAsBodies(text: string, typed: TypedCandidate[], sports: boolean): void {
  if (sports || !BUSINESS_STORY.test(text)) return;
  // Words the story gives a person in full, or with a title or honorific.
  const personal = new Set<string>();
  for (const t of typed) {
    if (t.type === 'PERSON' && t.c.words.length > 1) for (const w of t.c.words) personal.add(w.toLowerCase());
    if (t.c.titles.length || t.c.honorific) personal.add(t.c.words[t.c.words.length - 1]!.toLowerCase());
  }
  const lone = typed.filter(
    (t) => t.type === 'PERSON' && t.c.words.length === 1 && !t.headline && !t.caps && !personal.has(t.c.text.toLowerCase()) && unknownWord(t.c.text),
  );
  const speaking = new Set<string>();
  const personally = new Set<string>();
  for (const t of lone) {
    const key = t.c.text.toLowerCase();
    const after = text.slice(t.c.end, t.c.end + WINDOW);
    if (evidenceAfter(after, false) === 'person' || HE_OR_SHE_NEXT.test(after)) personally.add(key);
    else if (cueLemma(t.c.next)) speaking.add(key);
  }
  for (const t of lone) if (speaking.has(t.c.text.toLowerCase()) && !personally.has(t.c.text.toLowerCase())) t.type = 'ORGANIZATION';
}

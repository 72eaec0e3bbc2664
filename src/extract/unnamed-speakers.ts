// An unnamed person who spoke just before a quote and goes on speaking as "he", "she" or a plain
// description: one described ("A nurse said … “…,” she said"), or one speaking for a body ("A
// spokeswoman for Parkview said …").
import type { Entity } from './types.js';
import { inAskedClause } from './clause-openings.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { describesOnePerson } from './speaker-phrases.js';
import { GENDER } from './speaker-words.js';
import type { Antecedents } from './antecedents.js';
import { questionBefore, type SpeechHistory } from './speech-history.js';

/** "One, a retired nurse, said … “I trusted him,” she said": an unnamed person of `gender` who
 *  spoke just before the quote `q` (its speaker words ending by `before`), with no one named since,
 *  goes on speaking. */
export function unnamedGoesOn(a: Antecedents, history: SpeechHistory, q: QuoteDraft, before: number, gender: Entity['gender']): boolean {
  const { layout, mentionsBefore } = a;
  const lastQuote = history.lastQuote;
  const unnamed =
    // "the charity's chairwoman said … “…,” she said": a person described, not named, goes on too.
    ((describesOnePerson(history.last?.surface, gender, true) || describedAsSomeone(layout.text, history.last?.surface)) && !history.last?.entity) ||
    // "A nurse said … She said … “…,” she said": the pronoun went on for the person described.
    (!history.last?.entity &&
      !!history.last?.name &&
      history.last.surface?.kind === 'PRONOUN' &&
      GENDER.get(history.last.surface.text.toLowerCase()) === gender) ||
    // "A spokeswoman for Parkview said …": the company spoke through one person, who goes on as "she".
    // ("a spokeswoman for the ministry said": a body known by a description, as one named.)
    ((history.last?.entity?.type === 'ORGANIZATION' || (!history.last?.entity && history.last?.surface?.kind === 'NOMINAL')) &&
      spokeThroughPerson(layout.text, history.last.surface, gender));
  // ("A pensioner, who gave her name only as Margaret, said … the man said": not her.)
  if (!lastQuote || lastQuote.sentence < q.sentence - 1 || !unnamed || history.genders.otherThan(history.last?.name, gender)) return false;
  // ("A reporter asked whether … “I don't believe so,” he said": who asked does not answer.)
  if (questionBefore(a, history, q)) return false;
  // "Asked whether Scholz was considering elections, he said": who was asked about is no one new.
  const sentence = layout.sentences[q.sentence];
  for (const { m } of mentionsBefore(before, (e) => e.type === 'PERSON', lastQuote.end)) if (!inAskedClause(sentence, m)) return false;
  return true;
}

/** "A cleaner at the hospital, who asked not to be named, said …": a description one indefinite
 *  article brings in, followed by "who", is one person whatever its noun (no list need know "cleaner"). */
const WHO_AFTER = /^(?:\s+(?:at|from|in|of|on|with)\s+[^,.;:“”"]{1,40})?,\s+who\s/u;
function describedAsSomeone(text: string, surface: SpeakerSurface | null | undefined): boolean {
  return (
    surface?.kind === 'NOMINAL' &&
    /^(an?|one)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/iu.test(surface.text) &&
    WHO_AFTER.test(text.slice(surface.end, surface.end + 60))
  );
}

/** One person speaking for an organization named right after: "A spokeswoman for Parkview", "an
 *  official at the ministry". */
const SPEAKS_FOR = '(spokes(?:wo)?man|spokesperson|representative|official|executive|lawyer|attorney)';
const FOR_ORGANIZATION = new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+)?${SPEAKS_FOR}\\s+(?:for|at|of|with|from)\\s+(?:the\\s+)?$`, 'iu');

/** ... or named before: "A Nimbus spokesman", "an Acme executive". */
const OF_ORGANIZATION = new RegExp(`^\\s+${SPEAKS_FOR}\\b`, 'iu');

function spokeThroughPerson(text: string, surface: SpeakerSurface | null | undefined, gender: Entity['gender']): boolean {
  const namedBefore = surface && /\b(?:an?|one)\s+$/iu.test(text.slice(Math.max(0, surface.start - 6), surface.start));
  const person = surface
    ? (
        FOR_ORGANIZATION.exec(text.slice(Math.max(0, surface.start - 60), surface.start))?.[1] ??
        (namedBefore ? OF_ORGANIZATION.exec(text.slice(surface.end, surface.end + 20))?.[1] : undefined)
      )?.toLowerCase()
    : undefined;
  if (!person) return false;
  const told = person === 'spokeswoman' ? 'FEMALE' : person === 'spokesman' ? 'MALE' : null;
  return !told || !gender || told === gender;
}

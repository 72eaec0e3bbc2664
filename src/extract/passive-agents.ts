// "Mrs Wells was told by the ombudsman that …": the agent of a passive is someone else than the
// subject the sentence opened with, so a description after "by" names nobody named before it there.
import type { Entity } from './types.js';
import type { Antecedents } from './antecedents.js';
import type { SpeakerSurface } from './name-index.js';

/** "was told by", "were later informed by", "had been warned by the": a passive's agent before the description. */
const PASSIVE_AGENT = /\b(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+|later\s+|earlier\s+|also\s+)?\p{Ll}+(?:ed|en|ld|ght)\s+by\s+$/u;

/** The persons named in the description's sentence before it when the description is a passive's
 *  agent; none otherwise. */
export function subjectsOfPassiveAgent(a: Antecedents, sentence: number, surface: SpeakerSurface): Set<Entity> {
  const subjects = new Set<Entity>();
  const opening = a.layout.sentences[sentence]?.start;
  if (opening === undefined || !PASSIVE_AGENT.test(a.text.slice(opening, surface.start))) return subjects;
  for (const { e } of a.mentionsBefore(surface.start, (e) => e.type === 'PERSON', opening)) subjects.add(e);
  return subjects;
}

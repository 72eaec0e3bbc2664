// A person known by a trade no list of roles holds ("the hooker", "the left-armer", "the barrister"):
// news names the person it was just about again by what they do, so the description is whoever spoke
// or acted just before; anyone further back a reader would find only by a trade the text gave.
import type { Entity } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { describesOrganization, describesPlace } from './description-heads.js';
import { isClosedClassWord, tagsOf } from './lexicon.js';
import { type SpeechHistory, subjectSinceLastQuote } from './speech-history.js';

/** A definite description headed by an agent noun: "the hooker", "the fast bowler", "the barrister". */
// ("the fly-half", "the full-back": a player's position by the part of the field.)
const AGENT_DESCRIPTION = /^the (?:[\p{L}-]+ ){0,3}(\p{Ll}[\p{Ll}-]*\p{Ll}(?:er|or|ist|man|woman)|\p{Ll}+-(?:half|back))$/u;

/** Whether a description is headed by an agent noun the lexicon knows as nothing else (not "the
 *  order", "the number"), naming no body or place ("the regulator", "the borough"). */
export function namesAgent(phrase: string): boolean {
  const head = AGENT_DESCRIPTION.exec(phrase)?.[1];
  if (!head || describesOrganization(head) || describesPlace(head) || isClosedClassWord(head)) return false;
  const tags = tagsOf(head);
  return tags.includes('Actor') || tags.every((t) => t === 'Comparative');
}

/** The person such a description names: the subject of the sentence before since the last quote, the
 *  person quoted in the sentence before, or ("Cummins took five wickets, and the fast bowler said …")
 *  the subject opening its own sentence. */
export function tradeHolder(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface): Entity | null {
  const person = (e: Entity) => e.type === 'PERSON';
  const last = history.lastQuote;
  const spokeJustBefore = last && last.sentence >= q.sentence - 1 && history.last?.entity?.type === 'PERSON' ? history.last.entity : null;
  const opensOwnSentence = a.layout.sentences[q.sentence]?.start === surface.start;
  return subjectSinceLastQuote(a, history, q, surface, person) ?? spokeJustBefore ?? (opensOwnSentence ? null : a.openingSubject(surface.start, person));
}

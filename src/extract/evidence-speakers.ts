// Who speaks for an evidence verb ("found", "showed"; reported-speakers.ts): the maker of the document
// before it or the document itself, a judging body's ruling, no one for a subject naming no evidence.
import { DOCUMENT_NOUNS } from './cues.js';
import { finiteVerbWithin } from './lexicon.js';
import { documentHeadBefore, madeBy } from './document-subjects.js';
import type { SpeakerSurface } from './name-index.js';
import { lastWord } from './speaker-words.js';
import { withoutReducedRelative } from './speaker-phrases.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';
import type { CueSpeaker } from './reported-speakers.js';

/** The speaker of an evidence verb whose subject names no evidence: a ruling's subject, the maker of
 *  the document before the verb, or the document itself. */
export function evidenceSpeaker(tokens: Token[], i: number, own: SpeakerSurface, speakers: SpeakerFinder): CueSpeaker | null {
  const document = documentHeadBefore(tokens, i);
  if (!document) return rulingSubject(tokens, i, own) ? { speaker: own, conjoined: false } : null;
  // "A Quinnipiac University poll showed", "A study by Shelter found": its maker speaks; "The average
  // of polls taken over the past two weeks shows", "Early results from Sunderland show": the document
  // does, not a noun inside it.
  const head = tokens[document.head]!;
  if (own.kind === 'NAME' && (own.end <= head.end || madeBy(tokens, document.head, own))) return { speaker: own, conjoined: false };
  const from = tokens[document.start]!;
  return { speaker: speakers.surface(from.start, head.end, 'NOMINAL', null), conjoined: false };
}

/** Whether a subject names evidence: "a survey", "a survey released Thursday", "A Franklin &
 *  Marshall College survey" (its maker found as the speaker, the document word after it). */
export function documentSubject(text: string, own: SpeakerSurface): boolean {
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(own.end, own.end + 20))?.[1] ?? '';
  return DOCUMENT_NOUNS.has(lastWord({ text: withoutReducedRelative(own.text) })) || DOCUMENT_NOUNS.has(after);
}

/** Bodies whose findings are rulings: "an arbitration panel found the United States was in breach". */
const JUDGING_BODIES = /^(court|tribunal|panel|jury|commission|auditors|inspectors|investigators|coroner|ombudsman|watchdog|regulator)$/u;

/** A judging body's finding of a clause with its own verb ("The court found the firm had broken the
 *  law"), not of a person or a thing ("The jury found him guilty", "found no evidence"). */
function rulingSubject(tokens: Token[], i: number, own: SpeakerSurface): boolean {
  return JUDGING_BODIES.test(lastWord(own).toLowerCase()) && finiteVerbWithin(tokens, i + 2, i + 12);
}

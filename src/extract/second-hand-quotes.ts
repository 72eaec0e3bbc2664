// "The council said the mill, which has long opposed the levy, would close": a quote found inside the
// words of another quote is that speaker's account of it, second hand. With a loose cue ("opposed",
// "welcomed", "called for") such a quote is as often no speech at all (a mill opposing a levy, a
// family welcoming a baby, a fund backing a candidate) as what the inner subject said, and news
// annotation counts the outer quote: the inner one is kept, below the default threshold. Inside the words
// of a relay ("According to the Velmora Gazette, Ann Holt said …", "…, the Gazette reported", "…, the
// report said", "…, people familiar with the talks said") any cue is second hand: the paper's, the
// document's or the unnamed source's account of what was said, which annotation counts once, as the relay's.
import { cueOf, SPEECH_CUES } from './confidence-features.js';
import { within } from './quote-draft.js';
import { ISSUED_DOCUMENTS, lastWord } from './speaker-words.js';
import type { Quote } from './types.js';

/** The most a loose-cue quote reported inside another quote's words can score: below the default threshold. */
export const SECOND_HAND_CAP = 0.3;

/** The lemma of `q`'s cue ("according" for "according to"), null without one. */
const cueLemmaOf = (q: Quote) => (q.cue ? cueOf({ ...q, continues: false, labelled: false }) : null);

/** Whether `q` reports with a loose cue: a cue word, but not one that is nothing but speech (nor "according to"). */
function looseCued(q: Quote): boolean {
  const lemma = cueLemmaOf(q);
  return lemma !== null && lemma !== 'according' && !SPEECH_CUES.has(lemma);
}

/** Speakers that pass on what others said: a document ("the report said") or a source the story keeps
 *  unnamed ("people familiar with the talks said", "the source added"). */
const RELAYING_SPEAKERS = new Set([...ISSUED_DOCUMENTS, 'source', 'people']);

/** Whether `q` relays another's report: its cue is "according to" or "report" ("reported", "reports"),
 *  or a document or an unnamed source (singular or plural) speaks with a verb that is nothing but
 *  speech ("the report said"; what "a survey found" or "court records show" is evidence of, no relay). */
function relays(q: Quote): boolean {
  const lemma = cueLemmaOf(q);
  if (lemma === 'according' || lemma === 'report') return true;
  const head = q.speaker.mention ? lastWord(q.speaker.mention) : '';
  return lemma !== null && SPEECH_CUES.has(lemma) && (RELAYING_SPEAKERS.has(head) || RELAYING_SPEAKERS.has(head.replace(/s$/u, '')));
}

/** Whether `inner` lies inside a piece of the words of `outer`, a longer quote. */
const insideWordsOf = (inner: Quote, outer: Quote) =>
  outer !== inner && outer.end - outer.start > inner.end - inner.start && outer.parts.some((p) => within(inner, p));

/** The quotes, each quote that is not verbatim and lies inside the words of another capped at
 *  `SECOND_HAND_CAP` when its cue is loose or the other relays a report. (Read in order of start,
 *  against the reported speech still open there: quotes seldom overlap, so that is a few at a time,
 *  however long the story.) */
export function capSecondHand(quotes: Quote[]): Quote[] {
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  const outers = byStart.filter((o) => o.kind !== 'DIRECT' && o.act === 'SPEECH');
  let open: Quote[] = [];
  let next = 0;
  for (const q of byStart) {
    while (next < outers.length && outers[next]!.start <= q.start) open.push(outers[next++]!);
    open = open.filter((o) => o.end > q.start);
    if (q.kind === 'DIRECT' || q.confidence <= SECOND_HAND_CAP || !q.cue) continue;
    const loose = looseCued(q);
    if (open.some((o) => (loose || relays(o)) && insideWordsOf(q, o))) q.confidence = SECOND_HAND_CAP;
  }
  return quotes;
}

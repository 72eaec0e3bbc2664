// "“…,” Ann Holt said, according to the Harbour Gazette", "Holt said the pier would close, according
// to the Gazette": an attribution that "according to" closes is passed on by that source; the story
// has the words from it, so the source is who reports them, and what it reports is the attribution
// whole, its speaker and cue with the words said ("Holt said the pier would close").
import { accordingTo } from './according-to.js';
import { cueLemma } from './cues.js';
import { ISSUED_DOCUMENTS, lastWord } from './speaker-words.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';
import type { Sentence } from './types.js';
import type { QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';

/** Words that open a clause or a quotation of their own between the attribution and "according to". */
const OWN_CLAUSE = /^(and|but|or|while|because|although|though|who|which|that|[“”"«»;:!?.])$/iu;

/** A source that passes an attribution on, and where the attribution's words end before "according to". */
export interface Relay {
  source: SpeakerSurface;
  end: number;
}

/** The source named by "according to" closing `sentence` (its words `tokens`) after the attribution
 *  ending at `from`, when only words on where, when or how the words were said stand between ("said at
 *  a press conference Monday, according to …"), with where those words end; else null. */
export function relayedSource(text: string, sentence: Sentence, tokens: Token[], speakers: SpeakerFinder, from: number): Relay | null {
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  const at = tokens.findIndex((t, n) => n >= first && /^according$/iu.test(t.text) && /^to$/iu.test(tokens[n + 1]?.text ?? ''));
  if (at < 0 || at - first > 12 || !tokens.slice(first, at).every((t) => !OWN_CLAUSE.test(t.text) && !cueLemma(t.text))) return null;
  if (!closesSentence(tokens, at + 2)) return null;
  const source = accordingTo({ text, sentence, tokens, speakers }, at, false)?.speaker;
  if (!source) return null;
  let last = at - 1;
  while (last >= 0 && /^[,;:]$/u.test(tokens[last]!.text)) last--;
  return { source, end: last >= 0 ? tokens[last]!.end : from };
}

/** Whether the source after "according to" (from token `k`) runs to the sentence's end: no comma,
 *  bracket or dash opens more words after it. */
function closesSentence(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < tokens.length && !/^([,;:(]|[-–—])$/u.test(tokens[n]!.text)) n++;
  return n === tokens.length;
}

/** Gives the quote whose attribution or content "according to" closes (`out`: the sentence's quotes
 *  so far) the source named after it, unless that source is the speaker's own document; the quote is
 *  then the attribution passed on, from its speaker (or its content, when that comes first) to the
 *  words before "according to" ("Holt said the pier would close", "the pier would close, Holt said"). */
export function relayThrough({ text, sentence, tokens, speakers }: ReportSentence, out: QuoteDraft[]): void {
  const last = out.findLast((q) => q.speaker && q.cue);
  if (!last?.speaker || !last.cue) return;
  const relay = relayedSource(text, sentence, tokens, speakers, Math.max(last.end, last.cue.end, last.speaker.end));
  if (!relay || ownDocument(text, relay.source)) return;
  if (!last.gaps?.length) {
    const start = Math.min(last.start, last.speaker.start);
    const end = Math.max(last.end, relay.end);
    Object.assign(last, { start, end, text: text.slice(start, end), relayed: true });
  }
  last.speaker = relay.source;
}

/** A quotation's draft `q` whose attribution a source passes on (`relay`), made the attribution passed
 *  on: the quotation and its attribution up to "according to" (“…,” Holt said at the meeting). */
export function relayedQuotation(text: string, q: QuoteDraft, relay: Relay): QuoteDraft {
  if (relay.end <= q.end || q.gaps?.length) return q;
  return Object.assign(q, { end: relay.end, text: text.slice(q.start, relay.end), kind: 'MIXED' as const, relayed: true });
}

/** "a statement from his office", "a letter by her lawyer": a document the speaker put out says what they said. */
const ownDocument = (text: string, source: SpeakerSurface) =>
  ISSUED_DOCUMENTS.includes(lastWord(source).toLowerCase()) && /^\s+(?:from|by|of)\s+(?:his|her|its|their)\b/iu.test(text.slice(source.end));

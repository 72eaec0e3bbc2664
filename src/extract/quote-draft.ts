// A quote as the detection stages find it, before its speaker words are resolved to an entity,
// and the span helpers those stages share.
import type { QuoteKind, Sentence, Span, TextSpan } from './types.js';
import type { SpeakerSurface } from './speakers.js';

export interface QuoteDraft extends TextSpan {
  kind: QuoteKind;
  cue: TextSpan | null;
  /** null with `continues` set: the previous quote's speaker goes on */
  speaker: SpeakerSurface | null;
  conjoined: boolean;
  continues: boolean;
  quoted: TextSpan[];
  sentence: number;
}

const TRAILING = /[\s,.;:!?…"“”'‘’»«)\]—–-]+$/u;
const LEADING = /^[\s,;:—–-]+/u;

export function trimmed(text: string, start: number, end: number): TextSpan | null {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  let body = slice.slice(lead);
  // Keep a closing quote mark that closes a mark inside the content.
  body = body.replace(TRAILING, (tail) => (/[”"’»]/u.test(tail) && /[“"‘«]/u.test(body) ? tail.replace(/[^”"’»]+$/u, '') : ''));
  if (!body.trim()) return null;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

export const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function draft(content: TextSpan, cue: TextSpan | null, speaker: SpeakerSurface | null, conjoined: boolean, sentence: Sentence): QuoteDraft {
  return { ...content, kind: 'INDIRECT', cue, speaker, conjoined, continues: false, quoted: [], sentence: sentence.index };
}


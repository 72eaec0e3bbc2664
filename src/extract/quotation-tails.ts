// A quotation that closes mid-clause: “…,” Ann Holt said. “We are finally free” to choose the route.
// The closing mark stands before "to", "of" or "because" and no punctuation, so the clause the quoted
// words open goes on past it, and the content with it, up to the clause's end: the sentence's stop,
// or a comma, semicolon, colon, dash, parenthesis or " and " before it.
import { spanAt } from './span-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { Layout } from './types.js';

/** A closing mark, a space and a word going on with the quoted words' clause ("to", "of", "because"),
 *  a lower-case word after it (not "which", "whom": "to which he replied" is the narrator's). */
const GOES_ON = /^(?:["”’]|'')[ \t]+(?:to|of|because)[ \t]+(?!which\b|whom\b)[\p{Ll}\p{N}]/u;
/** Where the clause after the closing mark ends: before punctuation, a quote mark or " and ". */
const CLAUSE_END = /[,;:()\u2014\u2013"“”]|[.!?](?=["”’]?\s|["”’]?$)|\s-{1,2}\s|\s(?:and|but)\s/u;
const MAX_WORDS = 20;

/** The quotes with each DIRECT or MIXED content that closes mid-clause run on to the clause's end. */
export function quotationTailsJoined(layout: Layout, quotes: QuoteDraft[]): QuoteDraft[] {
  const { text } = layout;
  return quotes.map((q) => {
    // (A MIXED content may end after its closing mark, a DIRECT one ends before it.)
    const mark = /["”’]$/u.test(text.slice(q.start, q.end)) && !/["”’]/u.test(text[q.end] ?? '') ? q.end - 1 : q.end;
    if (q.kind === 'INDIRECT' || !GOES_ON.test(text.slice(mark, mark + 40))) return q;
    const sentence = spanAt(layout.sentences, q.end);
    if (!sentence) return q;
    const from = mark + (text.startsWith("''", mark) ? 2 : 1);
    const rest = text.slice(from, sentence.end);
    const stop = CLAUSE_END.exec(rest);
    const end = from + (stop ? stop.index : rest.length);
    const tail = text.slice(from, end).trimEnd();
    if (tail.split(/\s+/u).filter(Boolean).length > MAX_WORDS || q.gaps?.some((g) => g.start >= q.end)) return q;
    const newEnd = from + tail.length;
    return { ...q, kind: 'MIXED', end: newEnd, text: text.slice(q.start, newEnd) };
  });
}

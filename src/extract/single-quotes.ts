// Quotations in straight single quotes ('We have cut to the bone,' she said), as British and many
// other papers print them. The stages read curly quotes (‘…’), and a straight ' is far more often an
// apostrophe ("can't", "the workers' union", "the '90s"): only pairs that open and close a quotation
// within a paragraph, or open one that a later paragraph goes on with, are read as quote marks. The
// text read keeps every offset (one character for one); the output's texts come from the text given.
import { saidText } from './quote-draft.js';
import type { Extraction, TextSpan } from './types.js';

/** May stand before an opening mark: nothing, white space, an opening bracket, a dash, a colon. */
const BEFORE_OPENING = /[\s([{—–:;,"“]/u;
/** Elisions that open with an apostrophe: "the '90s", "the '08 race", "'em", "rock 'n' roll", "'til", "'tis", "'bout". */
const ELISION = /^'(\p{N}|(em|n|til|tis|twas|cause|bout|round)\b)/iu;
/** After a plural's possessive apostrophe comes the noun it owns ("the workers' union"); after a
 *  closing mark, punctuation, a cue or a clause's next word. */
const AFTER_CLOSING_WORD =
  /^\s+(and|or|but|he|she|they|it|we|i|you|his|her|their|said|says|told|added|the|a|an|in|on|at|to|by|for|with|as|after|before|from|of|was|is|were|are|which|who|that)\b/iu;

/** Whether a straight ' at `i` may open a quotation. */
function opensAt(text: string, i: number): boolean {
  return (i === 0 || BEFORE_OPENING.test(text[i - 1]!)) && /[\p{L}\p{N}‘“"]/u.test(text[i + 1] ?? ' ') && !ELISION.test(text.slice(i, i + 6));
}

/** Whether a straight ' at `i` may close a quotation: after a word or punctuation, before white space,
 *  punctuation or the end; not a plural's possessive ("workers' union"). */
function closesAt(text: string, i: number): boolean {
  if (i === 0 || /\s/u.test(text[i - 1]!) || /[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) return false;
  if (text[i - 1] === 's' && /^\s+\p{L}/u.test(text.slice(i + 1, i + 3)) && !AFTER_CLOSING_WORD.test(text.slice(i + 1, i + 12))) return false;
  return true;
}

/** The text with straight single quotes that mark quotations made curly (‘ and ’); the text itself
 *  when it has none. One UTF-16 unit stands for one, so every offset holds. */
export function curlySingleQuotes(text: string): string {
  if (!text.includes("'")) return text;
  const marks: Array<[number, string]> = [];
  let open = -1;
  // Only apostrophes and line breaks matter: the search jumps from one to the next.
  for (const { index: i } of text.matchAll(/['\n]/gu)) {
    if (text[i] === '\n') {
      // A quotation left open goes on only into a paragraph that opens with the mark again.
      if (open >= 0 && /^\s*'/u.test(text.slice(i, i + 8))) marks.push([open, '‘']);
      open = -1;
      // Two apostrophes are a mark of their own ('').
    } else if (text[i + 1] !== "'" && text[i - 1] !== "'") {
      if (open < 0) {
        if (opensAt(text, i)) open = i;
      } else if (closesAt(text, i)) {
        marks.push([open, '‘'], [i, '’']);
        open = -1;
      }
    }
  }
  if (!marks.length) return text;
  let out = '';
  let from = 0;
  for (const [at, mark] of marks) {
    out += text.slice(from, at) + mark;
    from = at + 1;
  }
  return out + text.slice(from);
}

/** The extraction of the curly text with every text taken back from the text given. */
export function withTextsOf(original: string, x: Extraction): Extraction {
  const back = <T extends TextSpan>(span: T): T => {
    span.text = original.slice(span.start, span.end);
    return span;
  };
  x.layout.text = original;
  x.layout.blocks.forEach(back);
  x.layout.sentences.forEach(back);
  for (const e of x.entities) e.mentions.forEach(back);
  x.statements.forEach(back);
  for (const q of x.quotes) {
    q.parts.forEach(back);
    q.quoted.forEach(back);
    if (q.cue) back(q.cue);
    if (q.speaker.mention) back(q.speaker.mention);
    q.text = saidText(q.parts);
  }
  return x;
}

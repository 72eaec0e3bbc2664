// Sentence boundaries inside one block. A period ends a sentence unless it belongs to an
// abbreviation, an initial or a number; closing quote marks and brackets stay with their sentence.
import { NAME_ABBREVIATIONS } from './tokens.js';
import type { TextSpan } from './types.js';

const ABBREVIATIONS = new Set([
  ...NAME_ABBREVIATIONS.map((a) => a.toLowerCase()),
  ...(
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vol vols fig figs dept est approx v vs etc al cf ca op ed univ assn ave blvd rd'
  ).split(' '),
]);

// Words that open a sentence and never follow an initial in a name.
const CLAUSE_OPENER = /^(But|The|He|She|It|They|We|And|In|On|At|This|That|There|His|Her|Their|Its|However|Yet|So|Meanwhile|Still|After|When|While)\b/u;

const TERMINAL = /[.!?]+["'”’»)\]]*(?=\s+|$)/gu;

function endsWithAbbreviation(text: string, dot: number, next: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!word) return false;
  // "No. 5" abbreviates a number; "said no. Talks …" ends a sentence.
  if (/^nos?$/iu.test(word)) return /^\d/u.test(next);
  // An initial ("J. K. Rowling"), unless a clause opens after it: "a post on X. But he …".
  if (/^\p{Lu}$/u.test(word)) return !CLAUSE_OPENER.test(next);
  // "U.S", "a.m", unless a clause opens after it: "shortly after 10 a.m. They arrived".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !CLAUSE_OPENER.test(next);
  // "an inquiry into Kelmore Ltd. The watchdog said": a company form ends its name, and may end the sentence.
  if (COMPANY_FORM_ABBREVIATIONS.test(word)) return !CLAUSE_OPENER.test(next);
  // "and Sens. Ann Holt and Tom Pike": a title for two or more names (not "did ten reps. Then …").
  if (PLURAL_TITLES.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
const COMPANY_FORM_ABBREVIATIONS = /^(inc|corp|ltd|co|bros)$/iu;
const PLURAL_TITLES = /^(Sens|Reps|Govs|Drs|Messrs)$/u;

/** Longer than any sentence met in news (the longest of 37,785 in the evaluation texts: 1,094): every
 *  stage that reads a quote's whole sentence then reads a bounded stretch, so work stays linear in a
 *  text of one endless sentence ("“A,” he said, “B,” he said, …"). */
export const MAX_SENTENCE_CHARS = 2_000;

export function splitSentences(text: string, from: number, to: number): TextSpan[] {
  return punctuatedSentences(text, from, to).flatMap((s) => (s.end - s.start > MAX_SENTENCE_CHARS ? boundedPieces(text, s) : [s]));
}

/** A run-on sentence cut before MAX_SENTENCE_CHARS: after its last comma within the bound, so that no
 *  name is cut in two, else at its last space (or at the bound). */
function boundedPieces(text: string, sentence: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE_CHARS) {
    // Searched in the piece alone: a search back through the whole text would make the cuts quadratic.
    const piece = text.slice(start, start + MAX_SENTENCE_CHARS + 1);
    const comma = piece.lastIndexOf(', ', MAX_SENTENCE_CHARS - 1);
    const space = piece.lastIndexOf(' ');
    const end = start + (comma > 0 ? comma + 1 : space > 0 ? space : MAX_SENTENCE_CHARS);
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
    while (start < sentence.end && /\s/u.test(text[start]!)) start++;
  }
  if (start < sentence.end) out.push({ start, end: sentence.end, text: text.slice(start, sentence.end) });
  return out;
}

/** The sentences of a block as its stops end them. */
function punctuatedSentences(text: string, from: number, to: number): TextSpan[] {
  const out: TextSpan[] = [];
  const block = text.slice(from, to);
  let start = 0;
  TERMINAL.lastIndex = 0;
  const visible = /\S/gu;
  for (let m = TERMINAL.exec(block); m; m = TERMINAL.exec(block)) {
    const end = m.index + m[0].length;
    visible.lastIndex = end;
    const following = visible.exec(block)?.index ?? -1;
    if (following < 0) break;
    // only its first characters matter: the word that opens the next sentence
    const next = block.slice(following, following + 12);
    if (m[0][0] === '.' && m[0].length === 1 && endsWithAbbreviation(block, m.index, next)) continue;
    // A new sentence starts with a capital, a digit, or an opening quote or bracket.
    if (!/^["'“‘«([\p{Lu}\p{N}]/u.test(next)) continue;
    out.push({ start: from + start, end: from + end, text: block.slice(start, end) });
    start = following;
  }
  if (start < block.length) out.push({ start: from + start, end: to, text: block.slice(start) });
  return out;
}

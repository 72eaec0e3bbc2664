// A sentence or clause opened by a mark: "''If Weller wins …''" (quotation marks typed as two
// apostrophes), "(After the vote, …)", a line's bullet dash ("- After Holt resigned …") and a colon
// ("The county math: Why Dayton matters"). The word after the mark opens the sentence, so a
// conjunction, a preposition or a question word there (a modal may be a given name: "Will", "May") is no word of the name after it.
import { isClosedClassWord, isFirstName } from '../lexicon.js';
import { isModal } from '../word-classes.js';

// After a sentence's start: the marks it may open with. After a colon inside a sentence: the colon itself.
const OPENING_MARKS = /^(?:''|``|[(["“‘«]|[-–—]+[ \t])[ \t]*/u;
const COLON = /:[ \t]+/gu;
const WORD = /^\p{Lu}\p{Ll}*/u;

/** The starts of the closed-class words ("If", "After", "Why") a mark puts first in a sentence or clause. */
export function markedOpenings(text: string, sentenceStarts: Iterable<number>): number[] {
  const out: number[] = [];
  const keep = (at: number) => {
    const word = WORD.exec(text.slice(at, at + 20))?.[0];
    // ("[Will Pike, …]": a given name the lexicon knows as a modal stays one.)
    if (word && isClosedClassWord(word) && !isModal(word) && !isFirstName(word)) out.push(at);
  };
  for (const start of sentenceStarts) {
    const mark = OPENING_MARKS.exec(text.slice(start, start + 6));
    if (mark) keep(start + mark[0].length);
  }
  for (const colon of text.matchAll(COLON)) keep(colon.index + colon[0].length);
  return out;
}

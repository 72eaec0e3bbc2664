// A quoted title or nickname in the apposition of a sentence's subject ("Tom Pike, host of “Harbour
// Talk,” said …", "Ilse Varga, the trader known as "Goldfinger," stated …"): American copy sets the
// apposition's closing comma inside the closing mark, where the speaker stage looks for it after.
import { isClosingQuoteMark, isOpeningMarkOrApostrophe } from './quote-mark-tokens.js';
import { isPossessiveMark, type Token } from './tokens.js';

/** The index of a comma right inside the closing mark at `j` of a short title set in an apposition
 *  (“…,”, "…,", ''…,'' after "host of", "known as": a word before the opening mark, the one comma of
 *  the sentence before that), else `j`; a quotation attributed after it ("“…,” said Ann Holt") opens no apposition. */
export function commaInsideClosingMark(tokens: Token[], j: number): number {
  let comma = j;
  while (comma > j - 2 && isClosingQuoteMark(tokens[comma]?.text ?? '')) comma--;
  if (comma === j || tokens[comma]?.text !== ',') return j;
  let open = comma - 1;
  while (open > comma - 8 && open > 0 && !isOpeningMarkOrApostrophe(tokens[open]!.text)) open--;
  if (!isOpeningMarkOrApostrophe(tokens[open]?.text ?? '')) return j;
  // ('' opens as two apostrophes.)
  const before = isOpeningMarkOrApostrophe(tokens[open - 1]?.text ?? '') ? open - 2 : open - 1;
  // (One comma before it, the apposition's: past a second the phrase the title closes is not the subject's.)
  const word = tokens[before]?.text ?? '';
  const set = (/^\p{L}/u.test(word) || isPossessiveMark(word)) && tokens.slice(0, before).filter((t) => t.text === ',').length === 1;
  return set ? comma : j;
}

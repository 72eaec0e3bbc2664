// A paragraph of a newsletter may open with its item's headline in capitals and run on into the item
// in ordinary case: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Ann Holt writes …", "VERIZON TO
// BUY YAHOO FOR $4.83 BILLION The sale is …". Capitals say nothing in such a headline, as in a line
// written all in capitals, so it is read as one: only the names the story or the gazetteer knows.
import { isClosedClassWord, isCommonWord } from '../lexicon.js';
import { hasLetter, isAllCaps, type Token } from '../tokens.js';

/** A word of a headline in capitals that is plainly an ordinary English word ("POLLS", "WRONG", "BUY"):
 *  three letters or more, no closed-class word ("AND", "THE"), so "FBI, CIA AND NSA officials" is no headline. */
const ordinaryCapsWord = (word: string) => word.length >= 3 && isCommonWord(word.toLowerCase()) && !isClosedClassWord(word.toLowerCase());

/** How many tokens a block's opening headline in capitals takes: at least three words in capitals
 *  (one of them an ordinary word, see ordinaryCapsWord) before the first word in lower or mixed case,
 *  which must follow; 0 for none. Marks and figures between the words belong to the headline. */
export function capsLeadLength(tokens: Token[]): number {
  let words = 0;
  let ordinary = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!hasLetter(t.text)) continue;
    if (!isAllCaps(t.text)) return words >= 3 && ordinary ? i : 0;
    words++;
    ordinary ||= ordinaryCapsWord(t.text);
  }
  return 0;
}

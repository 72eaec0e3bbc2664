// Quote marks as tokens, for the stages that read a mark beside a word: a quoted title in an
// apposition, a clause closed by quoted words, a lead-in before a quotation. (quote-marks.ts pairs the
// marks of the text into passages; this is what a single token of them is.)
//
// Two kinds of closing mark differ. A straight apostrophe closes a quotation in plain ASCII copy only
// as two tokens (''), so a stage that reads one token for the close leaves it out. And a single
// closing mark (’ ') also ends a plural's possessive ("the workers’ union"): where that reading would
// take a word for quoted words, only the double marks close.

/** An opening quote mark of any style: “ " ‘ «. (Two apostrophes '' are two tokens, each an apostrophe.) */
const OPENING = new Set(['“', '"', '‘', '«']);
/** A closing quote mark of any style: ” " ’ ' ». */
const CLOSING = new Set(['”', '"', '’', "'", '»']);
/** A closing mark that is one token: ” " ’ ». */
const CLOSING_ALONE = new Set(['”', '"', '’', '»']);
/** A closing double quote mark: ” ". */
const CLOSING_DOUBLE = new Set(['”', '"']);

export const isOpeningQuoteMark = (word: string) => OPENING.has(word);
/** An opening mark, or an apostrophe, for a stage that reads the run of them: plain ASCII copy opens
 *  a quotation with two ('' … ''). */
export const isOpeningMarkOrApostrophe = (word: string) => OPENING.has(word) || word === "'";
/** A closing mark of any style, for a stage that passes over the run of them ('' is two). */
export const isClosingQuoteMark = (word: string) => CLOSING.has(word);
/** A closing mark a stage reading one token takes for the close: not the half of a plain-ASCII ''. */
export const isClosingMarkAlone = (word: string) => CLOSING_ALONE.has(word);
/** A closing mark that is no apostrophe: ” " ("said she was “sorry” and left", not "the workers’ and …"). */
export const isClosingDoubleMark = (word: string) => CLOSING_DOUBLE.has(word);

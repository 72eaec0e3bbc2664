// "Marks and Spencer fell 4 pence", "shares in Scottish and Newcastle", "Smith and Nephew Plc": two
// single names joined by "and" are one firm's name where what follows is a share's price, its shares
// or a company form, or shares are held in it ("Pharmacia and Upjohn said they …" stay two firms, and
// "Clinton and Dole rose 3 points" two persons). Only the tokens around the "and" are read.
import { isTitleCaseWord, type Token } from '../tokens.js';
import { nameLike } from './name-words.js';

const MOVES = /^(?:rose|fell|gained|lost|climbed|slipped|dropped|jumped|eased|added|shed|firmed|dipped)$/u;
/** A share's price change: "4 pence", "3p", "1-1/4", "3/8" ("3 points" and "2 percent" are polls' too). */
const PRICE_CHANGE = /^(?:\d+p|(?:\d+-)?\d\/\d{1,2})$/u;
const PRICE_UNIT = /^(?:pence|cents|pence\.|cents\.)$/u;
const AFTER_FIRM = /^(?:Plc|PLC|plc|shares|stock)$/u;
const HELD_IN = /^(?:shares|stake|stakes|holding)$/iu;

/** Whether "and" at `i`, between the one-word run before it and one name word after it, joins one firm's name. */
export function joinsPairedFirmName(run: Token[], tokens: Token[], i: number): boolean {
  const second = tokens[i + 1];
  const after = tokens[i + 2];
  if (run.length !== 1 || tokens[i]?.text !== 'and' || !second || !nameLike(second) || (after && nameLike(after) && !AFTER_FIRM.test(after.text))) return false;
  if (!isTitleCaseWord(run[0]!.text) || !isTitleCaseWord(second.text)) return false;
  // "shares in Scottish and Newcastle": the run's one word is tokens[i - 1].
  if (HELD_IN.test(tokens[i - 3]?.text ?? '') && /^(?:in|of)$/u.test(tokens[i - 2]?.text ?? '')) return true;
  if (!after) return false;
  if (AFTER_FIRM.test(after.text)) return true;
  const amount = tokens[i + 3]?.text ?? '';
  return MOVES.test(after.text) && (PRICE_CHANGE.test(amount) || (/^\d+(?:\.\d+)?$/u.test(amount) && PRICE_UNIT.test(tokens[i + 4]?.text ?? '')));
}

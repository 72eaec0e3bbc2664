// Asides between a subject and its cue, in brackets or dashes, left out so the subject meets the cue.
import { extended } from './extended.js';
import { isLeadingWord } from './lexicon.js';
import { lastIndexOfWord, type Token } from './tokens.js';

/** The words before the cue with the bracketed aside ending at `j` left out ("Gov. Mike Pence (R-IN)
 *  said"), and where the cue then stands; null when the brackets do not open after the first word. */
export function withoutBracketedAside(tokens: Token[], j: number, cue: number): { tokens: Token[]; cue: number } | null {
  const open = lastIndexOfWord(tokens, '(', j);
  return open > 0 ? { tokens: tokens.slice(0, open).concat(tokens[cue]!), cue: open } : null;
}

export const dashAt = (tokens: Token[], k: number) => DASH.test(tokens[k]?.text ?? '');
const DASH = /^[-—–]$/u;

/** The words before the cue with the dashed aside ending at `j` left out ("Kall -- co-editor of a
 *  book on debates -- said"), and where the cue then stands; null when `j` is no dash. */
export function withoutDashedAside(tokens: Token[], j: number, cue: number): { tokens: Token[]; cue: number } | null {
  if (!dashAt(tokens, j)) return null;
  let open = j;
  while (dashAt(tokens, open - 1)) open--;
  do open--;
  while (open > 0 && !dashAt(tokens, open));
  while (dashAt(tokens, open - 1)) open--;
  if (open <= 0) return null;
  // "Ann Cole, chief executive of Fabrikam -- the firm that … -- told": the aside closes an
  // apposition as a comma would.
  const apposition = commaBeforeSubject(tokens, open);
  const closing = apposition ? [extended(tokens[open]!, { text: ',' })] : [];
  return { tokens: [...tokens.slice(0, open), ...closing, tokens[cue]!], cue: open + closing.length };
}

/** Whether a comma before the dash at `open` sets off what stands before the dash from a subject, an
 *  apposition the aside closes; a comma closing a phrase opening the sentence ("In the last few days,
 *  union leaders -- and, above all, Ann Holt -- insisted", "Even if …, insiders -- two of them --
 *  said") sets off none. */
function commaBeforeSubject(tokens: Token[], open: number): boolean {
  const comma = tokens.slice(0, open).findLastIndex((x) => x.text === ',');
  if (comma < 0) return false;
  const first = tokens[tokens.slice(0, comma).findLastIndex((x) => x.text === ',') + 1]!.text;
  return !isLeadingWord(first);
}

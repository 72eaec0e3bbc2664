// A review of the press: the papers' names head the items taken from them.
import type { Layout } from '../types.js';
import type { Token } from '../tokens.js';

// A review of the papers: "PRESS DIGEST - Kenya", "main stories in Thursday's Pakistani newspapers".
const DIGEST = /\b(?:press digest|newspapers|editorials|the papers)\b/iu;

/** Whether the document reviews the press, as its title or first lines say. */
export function isPressDigest(layout: Layout): boolean {
  return layout.blocks.slice(0, 4).some((b) => DIGEST.test(b.text));
}

/** In a press review, a paper's name heads the items taken from it: a short line in capitals or
 *  title case without sentence punctuation ("DAWN", "THE NATION", "Jakarta Post"), then a line that
 *  opens with a dash ("- The government has decided …"). */
export function isMastheadLine(tokens: Token[], nextLine: string | undefined): boolean {
  if (!nextLine || !/^[-–—*]/u.test(nextLine) || /^[-–—*\s]+$/u.test(nextLine) || tokens.length > 5) return false;
  return tokens.every((t) => /^\p{Lu}[\p{L}'’&.-]*$/u.test(t.text) || /^\d{1,3}$/u.test(t.text)) && /\p{L}{2}/u.test(tokens[0]?.text ?? '');
}

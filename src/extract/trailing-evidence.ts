// Evidence named after what it shows: "Board members argued that the bank should wait, the minutes
// showed." The trailing ", the minutes showed" is the narrator's source for the whole sentence, not a
// part of what the board members argued, so the content they are quoted with ends at its comma.
import { DOCUMENT_NOUNS, evidenceLemma } from './cues.js';
import { onlyVenueAfter } from './speech-venues.js';
import type { Token } from './tokens.js';

/** Words that may stand before the document's noun: "the minutes", "a new poll", "court records". */
const MODIFIER = /^(the|a|an|its|their|his|her|new|latest|recent|court|police|bank|company|internal|official|public|federal|government|phone)$/iu;

/** Whether from token `k` (after a comma) a document and an evidence verb close the sentence:
 *  ", the minutes showed.", ", court records show.", ", a survey found on Monday." */
export function trailingEvidenceAt(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 3 && MODIFIER.test(tokens[n]?.text ?? '')) n++;
  if (!DOCUMENT_NOUNS.has(tokens[n]?.text.toLowerCase() ?? '')) return false;
  const verb = tokens[n + 1]?.text ?? '';
  return !!evidenceLemma(verb) && !/ing$/u.test(verb) && onlyVenueAfter(tokens, n + 2);
}

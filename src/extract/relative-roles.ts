// A role given in a relative clause after a name: "Petra Novak, who has been foreign minister since
// 2021,", "Tom Hale, who is the club's chairman," — a title as an apposition is, so that "the
// regional governor" is not the foreign minister quoted before.
import { ARTICLE_ALTERNATIVES } from './lexicon.js';

/** ", who is (the) …", ", who has been …", ", who became …", up to what ends the role. */
const RELATIVE_ROLE = new RegExp(
  String.raw`^,\s+who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+(?:(?:${ARTICLE_ALTERNATIVES})\s+)?((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)(?=\s+(?:since|until|for|from|at|in|of|and|when|during)\b|\s*[,.;)])`,
  'u',
);

/** The words of the role a relative clause right after `end` gives, or null. */
export function relativeRoleWords(text: string, end: number): string | null {
  return RELATIVE_ROLE.exec(text.slice(end, end + 90))?.[1] ?? null;
}

// An embedded post: a page shows a tweet (an X post) as its words, then a signature line with its
// author's name, handle and date ("— Jane Doe (@janedoe) May 3, 2024"). Readers take the words as
// the author's own, as they would a quotation: DIRECT speech of the name the signature gives, with
// no cue. The post's links ("pic.twitter.com/…", "https://t.co/…") are no part of what was said.
import { extended } from './extended.js';
import { trimmed, type QuoteDraft } from './quote-draft.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import { tokenize } from './tokens.js';
import type { Block } from './types.js';

/** "— Jane Doe (@janedoe) May 3, 2024", "&mdash; Sen. Maria Delgado (@SenDelgado) May 7, 2024":
 *  the author's name is the first group. */
export const POST_SIGNATURE = /^(?:[—–-]{1,2}|&mdash;)\s*(\p{Lu}[^()\n]{0,60}?)\s*\(@\w{1,30}\)\s*(?:\p{L}{3,9}\.? \d{1,2}, \d{4})?\s*$/u;
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;

/** The posts a page embeds, by the block of their words: each the words of the block right above
 *  its signature, said by the signature's author. */
export function embeddedPosts(text: string, blocks: Block[], speakers: SpeakerFinder): Map<number, QuoteDraft> {
  const posts = new Map<number, QuoteDraft>();
  for (const signature of blocks) {
    const m = signature.index > 0 && signature.text.includes('(@') ? POST_SIGNATURE.exec(signature.text) : null;
    const words = m ? blocks[signature.index - 1] : undefined;
    if (!m || words?.role !== 'BODY') continue;
    const links = TRAILING_LINKS.exec(words.text);
    const content = trimmed(text, words.start, links ? words.start + links.index : words.end);
    if (!content || !/\p{L}/u.test(content.text)) continue;
    const nameStart = signature.start + signature.text.indexOf(m[1]!);
    const who = authorOf(text, nameStart, nameStart + m[1]!.length, speakers);
    posts.set(
      words.index,
      extended(content, { kind: 'DIRECT' as const, cue: null, speaker: who, conjoined: false, continues: false, quoted: [], sentence: -1 }),
    );
  }
  return posts;
}

/** The author a signature names: the speaker phrase ending its name ("Sen. Maria Delgado"), or the
 *  name as written. */
function authorOf(text: string, start: number, end: number, speakers: SpeakerFinder): SpeakerSurface {
  const tokens = tokenize(text, start, end);
  const phrase = tokens.length ? speakers.phraseEndingAt(tokens, tokens.length - 1, true) : null;
  return phrase ?? { start, end, text: text.slice(start, end), kind: 'NAME', entityId: null };
}

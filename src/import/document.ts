// Turns raw article text into what the store writes: validated, normalized, laid out and extracted.
// Pure: no I/O, so every validation rule is testable on its own.
import { extract } from '../extract/index.js';
import type { Block, Extraction } from '../extract/types.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { ImportError, MAX_ARTICLE_CHARS, type ArticleInput } from './article-input.js';
import { articleText, checkUrl, contentHashOf } from './article-text.js';
import { readHeaderLines } from './metadata.js';

export { ImportError, MAX_ARTICLE_CHARS, type ArticleInput };

export interface PreparedArticle {
  contentHash: string;
  title: string;
  publication: string | null;
  credit: string | null;
  text: string;
  bodyStart: number;
  bodyEnd: number;
  url: string | null;
  publishedAt: Date | null;
  language: string | null;
  sourceName: string | null;
  extractorVersion: string;
  extraction: Extraction;
}

const WHITESPACE_RUN = /\s+/gu;

/** Whether the blocks hold at least `n` words, as splitting each block's text at its whitespace counts
 *  them (a block has one more than its runs of whitespace), counting no further than `n`: splitting the
 *  whole body into words allocated about 1 % of the bytes of an article's preparation. */
function hasWords(blocks: Block[], n: number): boolean {
  let words = 0;
  for (const b of blocks) {
    words++;
    WHITESPACE_RUN.lastIndex = 0;
    while (words < n && WHITESPACE_RUN.exec(b.text)) words++;
    if (words >= n) return true;
  }
  return false;
}

/**
 * Metadata comes from the input first (the mutation's fields), then the file's front matter, then
 * a PressReader export's header lines.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const { text, title, front, frontDate } = articleText(input);

  const extraction = extract(text);
  const blocks = extraction.layout.blocks;
  const body = blocks.filter((b) => b.role === 'BODY');
  if (body.length === 0 || !hasWords(body, 5)) {
    throw new ImportError('text', 'is not an article: it needs a title line and at least one body paragraph');
  }
  const joined = (role: string) =>
    blocks
      .filter((b) => b.role === role)
      .map((b) => b.text)
      .join('\n') || null;
  const header = readHeaderLines(blocks.filter((b) => b.role === 'MASTHEAD').map((b) => b.text));
  const url = input.url || front.url || header.url;
  if (url) checkUrl(url);

  return {
    contentHash: contentHashOf(text),
    title: title || joined('TITLE') || body[0]!.text.slice(0, 120),
    publication: input.publication?.trim() || front.publication || header.publication,
    credit: joined('CREDIT'),
    text,
    bodyStart: body[0]!.start,
    bodyEnd: body[body.length - 1]!.end,
    url: url || null,
    publishedAt: input.publishedAt ?? frontDate ?? header.publishedAt,
    language: input.language ?? front.language ?? null,
    sourceName: input.sourceName ?? null,
    extractorVersion: EXTRACTOR_VERSION,
    extraction,
  };
}

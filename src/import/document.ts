// Turns raw article text into what the store writes: validated, normalized, laid out and extracted.
// Pure: no I/O, so every validation rule is testable on its own.
import { createHash } from 'node:crypto';
import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import { ImportError, MAX_ARTICLE_CHARS, type ArticleInput } from './article-input.js';
import { parseDate, readHeaderLines, splitFrontMatter } from './metadata.js';

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
  extraction: Extraction;
}

function normalize(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

function checkText(text: string): void {
  if (!text.trim()) throw new ImportError('text', 'is empty');
  if (text.length > MAX_ARTICLE_CHARS) throw new ImportError('text', `is longer than ${MAX_ARTICLE_CHARS} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/u.test(text)) throw new ImportError('text', 'contains binary control characters');
  if (text.includes('\uFFFD')) throw new ImportError('text', 'is not valid UTF-8 (contains replacement characters)');
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ImportError('url', `"${url}" is not a URL`);
  }
  if (!/^https?:$/u.test(parsed.protocol)) throw new ImportError('url', 'must be an http or https URL');
}

/** A front-matter date, checked like the rest of the input. */
function frontMatterDate(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const date = parseDate(value);
  if (!date) throw new ImportError('publishedAt', `"${value}" is not a date (e.g. 2024-05-02 or 2024-05-02T08:00:00Z)`);
  return date;
}

/**
 * Metadata comes from the input first (the mutation's fields), then the file's front matter, then
 * a PressReader export's header lines.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const front = splitFrontMatter(normalize(input.text ?? ''));
  let text = front.text;
  checkText(text);
  const title = (input.title ?? front.fields.title)?.trim();
  if (title !== undefined && !title) throw new ImportError('title', 'is empty');
  // A separately given title heads the document, so title mentions index the same text.
  if (title && !text.trimStart().startsWith(title)) text = `${title}\n\n${text}`;
  if (input.publishedAt && Number.isNaN(input.publishedAt.getTime())) {
    throw new ImportError('publishedAt', 'is not a valid date');
  }
  const frontDate = frontMatterDate(front.fields.publishedAt);

  const extraction = extract(text);
  const blocks = extraction.layout.blocks;
  const body = blocks.filter((b) => b.role === 'BODY');
  const words = body.reduce((n, b) => n + b.text.split(/\s+/u).length, 0);
  if (body.length === 0 || words < 5) {
    throw new ImportError('text', 'is not an article: it needs a title line and at least one body paragraph');
  }
  const joined = (role: string) =>
    blocks
      .filter((b) => b.role === role)
      .map((b) => b.text)
      .join('\n') || null;
  const header = readHeaderLines(blocks.filter((b) => b.role === 'MASTHEAD').map((b) => b.text));
  const url = input.url || front.fields.url || header.url;
  if (url) checkUrl(url);

  return {
    contentHash: createHash('sha256').update(text).digest('hex'),
    title: title || joined('TITLE') || body[0]!.text.slice(0, 120),
    publication: input.publication?.trim() || front.fields.publication || header.publication,
    credit: joined('CREDIT'),
    text,
    bodyStart: body[0]!.start,
    bodyEnd: body[body.length - 1]!.end,
    url: url || null,
    publishedAt: input.publishedAt ?? frontDate ?? header.publishedAt,
    language: input.language ?? front.fields.language ?? null,
    sourceName: input.sourceName ?? null,
    extraction,
  };
}

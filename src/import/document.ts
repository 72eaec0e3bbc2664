// Turns raw article text into what the store writes: validated, normalized, laid out and extracted.
// Pure: no I/O, so every validation rule is testable on its own.
import { createHash } from 'node:crypto';
import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';

export const MAX_ARTICLE_CHARS = 1_000_000;

/** Bad input, naming the field (or file) and the reason. */
export class ImportError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export interface ArticleInput {
  text: string;
  title?: string | null;
  publication?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  language?: string | null;
  sourceName?: string | null;
}

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

export function prepareArticle(input: ArticleInput): PreparedArticle {
  let text = normalize(input.text ?? '');
  checkText(text);
  const title = input.title?.trim();
  if (title !== undefined && !title) throw new ImportError('title', 'is empty');
  // A separately given title heads the document, so title mentions index the same text.
  if (title && !text.trimStart().startsWith(title)) text = `${title}\n\n${text}`;
  if (input.url) checkUrl(input.url);
  if (input.publishedAt && Number.isNaN(input.publishedAt.getTime())) {
    throw new ImportError('publishedAt', 'is not a valid date');
  }

  const extraction = extract(text);
  const blocks = extraction.layout.blocks;
  const body = blocks.filter((b) => b.role === 'BODY');
  const words = body.reduce((n, b) => n + b.text.split(/\s+/u).length, 0);
  if (body.length === 0 || words < 5) {
    throw new ImportError('text', 'is not an article: it needs a title line and at least one body paragraph');
  }
  const joined = (role: string) => blocks.filter((b) => b.role === role).map((b) => b.text).join('\n') || null;

  return {
    contentHash: createHash('sha256').update(text).digest('hex'),
    title: title || joined('TITLE') || body[0]!.text.slice(0, 120),
    publication: input.publication?.trim() || joined('MASTHEAD'),
    credit: joined('CREDIT'),
    text,
    bodyStart: body[0]!.start,
    bodyEnd: body[body.length - 1]!.end,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? null,
    sourceName: input.sourceName ?? null,
    extraction,
  };
}

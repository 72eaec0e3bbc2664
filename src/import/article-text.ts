// The text an article is stored and identified by, derived from its input without extraction: an
// importer can then ask whether an article is already stored before paying for its extraction.
import { createHash } from 'node:crypto';
import { decodeHTMLStrict } from 'entities';
import { ImportError, MAX_ARTICLE_CHARS, type ArticleInput } from './article-input.js';
import { parseDate, splitFrontMatter, type FrontMatter } from './metadata.js';

export interface ArticleText {
  /** The stored text: the input's, without front matter, headed by a separately given title. */
  text: string;
  title: string | undefined;
  front: FrontMatter;
  /** The front matter's publication date. */
  frontDate: Date | null;
}

/** Line endings made Unix, a byte-order mark dropped, and HTML entities of scraped text decoded
 *  ("&quot;We are ready,&quot; she said"): offsets then count the characters a reader sees. Only
 *  entities closed by ";" are read, so "AT&T" and "R&D" stay as written. */
function normalize(text: string): string {
  const plain = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return plain.includes('&') ? decodeHTMLStrict(plain) : plain;
}

function checkText(text: string): void {
  if (!text.trim()) throw new ImportError('text', 'is empty');
  if (text.length > MAX_ARTICLE_CHARS) throw new ImportError('text', `is longer than ${MAX_ARTICLE_CHARS} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/u.test(text)) throw new ImportError('text', 'contains binary control characters');
  if (text.includes('\uFFFD')) throw new ImportError('text', 'is not valid UTF-8 (contains replacement characters)');
}

export function checkUrl(url: string): void {
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

/** The text and title of an input, every field given checked (ImportError naming the one that is
 *  wrong): an input refused on import is refused before anyone asks whether it is stored. */
export function articleText(input: ArticleInput): ArticleText {
  const split = splitFrontMatter(normalize(input.text ?? ''));
  let text = split.text;
  checkText(text);
  const title = (input.title ?? split.fields.title)?.trim();
  if (title !== undefined && !title) throw new ImportError('title', 'is empty');
  // A separately given title heads the document, so title mentions index the same text.
  if (title && !text.trimStart().startsWith(title)) text = `${title}\n\n${text}`;
  if (input.publishedAt && Number.isNaN(input.publishedAt.getTime())) {
    throw new ImportError('publishedAt', 'is not a valid date');
  }
  const frontDate = frontMatterDate(split.fields.publishedAt);
  const url = input.url || split.fields.url;
  if (url) checkUrl(url);
  return { text, title, front: split.fields, frontDate };
}

/** An article's identity: the same text is the same article, whatever its file or metadata. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The content hash an input would be stored under; null when the input is refused (its import
 *  then reports why). */
export function contentHashOrNull(input: ArticleInput): string | null {
  try {
    return contentHashOf(articleText(input).text);
  } catch (e) {
    if (e instanceof ImportError) return null;
    throw e;
  }
}

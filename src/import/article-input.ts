// What an import accepts and how it refuses, in a module of its own: the API process and the import
// pipeline use it without loading document.ts, whose extraction lexicons and gazetteers only the
// worker threads need.

export const MAX_ARTICLE_CHARS = 1_000_000;
/** The largest article file read: UTF-8 takes at most three bytes for a character of a text (four for
 *  two), and front matter, \r\n and HTML entities shrink a little more. A file over it is refused before
 *  it is read, so no file (nor /dev/zero) is held whole to learn that it is too long. */
export const MAX_ARTICLE_FILE_BYTES = 4 * MAX_ARTICLE_CHARS;

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

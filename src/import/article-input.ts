// What an import accepts and how it refuses, in a module of its own: the API process and the import
// pipeline use it without loading document.ts, whose extraction lexicons and gazetteers only the
// worker threads need.

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

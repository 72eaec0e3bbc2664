// Writes prepared articles: each in one SQL statement (article-sql.ts), so each lands whole or not
// at all and a failing article never takes others with it. No global lock: entities are shared
// through their unique identity key (type + entityKey), so parallel importers agree by construction.
import { queryDirect, type Db } from '../db/client.js';
import { isTransient } from '../db/transient.js';
import type { ArticleInput } from './article-input.js';
import { WRITE_ARTICLE_SQL } from './article-sql.js';
import { contentHashOrNull } from './article-text.js';
import type { PreparedArticle } from './document.js';
import { serializeArticle, type SerializedArticle } from './payload.js';

export type ImportStatus = 'CREATED' | 'UNCHANGED';

export interface ImportResult {
  status: ImportStatus;
  articleId: number;
}

export type WriteOutcome = { ok: true; result: ImportResult } | { ok: false; error: unknown };

/** The ids of the stored articles among these content hashes, by hash: one query, on the pool directly
 *  (an import asks it for every 100 files; through Prisma's `findMany`, which builds the query in its
 *  query compiler, a call cost the event loop 1 to 2.6 ms of CPU, against about 0.3). */
export async function storedArticleIds(db: Db, hashes: string[]): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await queryDirect<{ id: number; contentHash: string }>(db, STORED_ARTICLES_SQL, [hashes]);
  return new Map(rows.map((r) => [r.contentHash, r.id]));
}

const STORED_ARTICLES_SQL = 'SELECT id, "contentHash" FROM "Article" WHERE "contentHash" = ANY($1::text[])';

/**
 * Imports an input unless its text is stored already, which one query tells before `prepare` runs:
 * the extraction (the costly step) is paid for new articles only, so a repeated import is cheap.
 */
export async function storeUnlessStored(db: Db, input: ArticleInput, prepare: () => Promise<SerializedArticle>): Promise<ImportResult> {
  const hash = contentHashOrNull(input);
  const stored = hash === null ? undefined : (await storedArticleIds(db, [hash])).get(hash);
  if (stored !== undefined) return { status: 'UNCHANGED', articleId: stored };
  return storeSerialized(db, await prepare());
}

/** Writes an article prepared beforehand (e.g. by the extraction pool) atomically: one statement. */
export async function storeArticle(db: Db, prepared: PreparedArticle): Promise<ImportResult> {
  return storeSerialized(db, serializeArticle(prepared));
}

export async function storeSerialized(db: Db, { contentHash, parameters }: SerializedArticle): Promise<ImportResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The statement commits asynchronously (article-sql.ts): atomic as ever, but without waiting for
      // the WAL flush, which would cap imports at the disk's sync rate. A database crash can forget the
      // last fraction of a second of imports, never half an article: re-running the import brings them back.
      const [created] = await queryDirect<{ id: number }>(db, WRITE_ARTICLE_SQL, parameters);
      if (created) return { status: 'CREATED', articleId: created.id };
      // Already there (same content hash): the statement wrote nothing.
      const existing = (await storedArticleIds(db, [contentHash])).get(contentHash);
      if (existing !== undefined) return { status: 'UNCHANGED', articleId: existing };
      if (attempt >= 5) throw new Error(`article ${contentHash} neither written nor found`);
    } catch (e) {
      if (!isTransient(e) || attempt >= 5) throw e;
    }
  }
}

/**
 * Writes a batch of prepared articles, `concurrency` statements at a time, each article on its own:
 * the outcome of each is returned in input order, a failure never touching the others.
 */
export async function writeArticles(db: Db, prepared: PreparedArticle[], { concurrency = 2 } = {}): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(prepared.length);
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < prepared.length; i = next++) {
      outcomes[i] = await storeArticle(db, prepared[i]!).then(
        (result): WriteOutcome => ({ ok: true, result }),
        (error: unknown): WriteOutcome => ({ ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, prepared.length) }, writer));
  return outcomes;
}

/** Validates and extracts first (throwing ImportError on bad input), then writes atomically. */
export async function importArticle(db: Db, input: ArticleInput): Promise<ImportResult> {
  // Loaded on first use: the extraction lexicons stay out of processes that only read.
  const { prepareArticle } = await import('./document.js');
  return storeArticle(db, prepareArticle(input));
}

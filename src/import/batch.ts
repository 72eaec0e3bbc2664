// Imports many files, one transaction each: a bad file is reported and the others still land.
// Reading and extraction run ahead in the worker pool while two writers store the articles.
import type { Db } from '../db/client.js';
import { ImportError } from './article-input.js';
import type { ExtractPool } from './extract-pool.js';
import { contentHashOrNull } from './article-text.js';
import { listArticleFiles, readArticleFile, sourceNameFor } from './files.js';
import type { SerializedArticle } from './payload.js';
import { storedArticleIds, storeSerialized, type ImportResult } from './store.js';

export type FileOutcome = { file: string } & ({ ok: true; result: ImportResult } | { ok: false; error: string });

export interface ImportSummary {
  created: number;
  unchanged: number;
  failed: number;
  elapsedMs: number;
}

export function articlesPerSecond(s: ImportSummary): number {
  return s.elapsedMs > 0 ? ((s.created + s.unchanged + s.failed) / s.elapsedMs) * 1000 : 0;
}

export function summaryLine(s: ImportSummary): string {
  const timing = `in ${(s.elapsedMs / 1000).toFixed(1)} s (${articlesPerSecond(s).toFixed(1)} articles/s)`;
  return `imported ${s.created}, unchanged ${s.unchanged}, failed ${s.failed} ${timing}`;
}

/** The reason a file failed, as its reader needs to see it. */
export function failureReason(file: string, e: unknown): string {
  // ImportError names the field; for a file the file is what the reader needs to see.
  const reason = e instanceof ImportError ? (e.field === file ? e.reason : e.message) : `failed: ${(e as Error).message}`;
  return `${file}: ${reason}`;
}

export async function prepareFile(pool: ExtractPool, file: string): Promise<SerializedArticle> {
  return pool.prepareFile(file, sourceNameFor(file));
}

export interface ImportFilesOptions {
  pool: ExtractPool;
  /** Called once the file list is known. */
  onStart?: (total: number) => void;
  onFile?: (outcome: FileOutcome) => void;
}

/** Writes in flight at once: while one statement waits on the database, the next is sent. */
export const WRITERS = 2;

/** At most `limit` calls of `run` at a time. */
export function limiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(run: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await run();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Files whose stored articles one query looks up. */
const LOOKED_UP_AT_ONCE = 100;

/**
 * For file i, its article if it is stored already (by content hash), else null: new, or refused (its
 * import then says why). Files are read and hashed a group at a time, the next group while this one is
 * imported, so re-running an import over an archive (after a crash, or once the archive grew) extracts
 * only what is new and costs a read and a hash per stored article.
 */
function storedArticles(db: Db, files: string[]): (i: number) => Promise<ImportResult | null> {
  const groups = new Map<number, Promise<Array<ImportResult | null>>>();
  const group = (g: number) => {
    let found = groups.get(g);
    if (!found) groups.set(g, (found = lookUp(db, files.slice(g * LOOKED_UP_AT_ONCE, (g + 1) * LOOKED_UP_AT_ONCE))));
    return found;
  };
  return async (i) => {
    const g = Math.floor(i / LOOKED_UP_AT_ONCE);
    groups.delete(g - 1);
    if ((g + 1) * LOOKED_UP_AT_ONCE < files.length) void group(g + 1).catch(() => {}); // its own caller sees a failure
    return (await group(g))[i % LOOKED_UP_AT_ONCE]!;
  };
}

async function lookUp(db: Db, files: string[]): Promise<Array<ImportResult | null>> {
  const hashes = await Promise.all(
    files.map((file) =>
      readArticleFile(file).then(
        (text) => contentHashOrNull({ text }),
        () => null,
      ),
    ),
  );
  const ids = await storedArticleIds(
    db,
    hashes.filter((h): h is string => h !== null),
  );
  return hashes.map((h) => {
    const articleId = h === null ? undefined : ids.get(h);
    return articleId === undefined ? null : { status: 'UNCHANGED', articleId };
  });
}

export async function importFiles(db: Db, paths: string[], { pool, onStart = () => {}, onFile = () => {} }: ImportFilesOptions): Promise<ImportSummary> {
  const started = performance.now();
  const files = await listArticleFiles(paths);
  onStart(files.length);
  const summary: ImportSummary = { created: 0, unchanged: 0, failed: 0, elapsedMs: 0 };
  // Two articles per thread being extracted, and the writers busy, keep every core working.
  const ahead = pool.threads * 2 + WRITERS;
  const write = limiter(WRITERS);
  const stored = storedArticles(db, files);
  const jobs = new Map<number, Promise<FileOutcome>>();
  const startJob = (i: number) => {
    if (i >= files.length) return;
    const file = files[i]!;
    const job = stored(i)
      .then((known) => known ?? prepareFile(pool, file).then((prepared) => write(() => storeSerialized(db, prepared))))
      .then(
        (result): FileOutcome => ({ file, ok: true, result }),
        (e: unknown): FileOutcome => ({ file, ok: false, error: failureReason(file, e) }),
      );
    jobs.set(i, job);
  };
  for (let i = 0; i < ahead; i++) startJob(i);

  // Outcomes are reported in file order; articles may land in a slightly different order.
  for (let i = 0; i < files.length; i++) {
    const outcome = await jobs.get(i)!;
    jobs.delete(i);
    startJob(i + ahead);
    if (outcome.ok) summary[outcome.result.status === 'CREATED' ? 'created' : 'unchanged']++;
    else summary.failed++;
    onFile(outcome);
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

// Imports many files, one transaction each: a bad file is reported and the others still land.
// Reading and extraction run ahead in the worker pool while the writer stores articles in file order.
import type { Db } from '../db/client.js';
import { ImportError, type PreparedArticle } from './document.js';
import type { ExtractPool } from './extract-pool.js';
import { listArticleFiles, readArticleFile, sourceNameFor } from './files.js';
import { storeArticle, type ImportResult } from './store.js';

export type FileOutcome = { file: string } & ({ ok: true; result: ImportResult } | { ok: false; error: string });

export interface ImportSummary {
  created: number;
  unchanged: number;
  failed: number;
}

export function summaryLine(s: ImportSummary): string {
  return `imported ${s.created}, unchanged ${s.unchanged}, failed ${s.failed}`;
}

/** The reason a file failed, as its reader needs to see it. */
export function failureReason(file: string, e: unknown): string {
  // ImportError names the field; for a file the file is what the reader needs to see.
  const reason = e instanceof ImportError ? (e.field === file ? e.reason : e.message) : `failed: ${(e as Error).message}`;
  return `${file}: ${reason}`;
}

export async function prepareFile(pool: ExtractPool, file: string): Promise<PreparedArticle> {
  return pool.prepare({ text: await readArticleFile(file), sourceName: sourceNameFor(file) });
}

export interface ImportFilesOptions {
  pool: ExtractPool;
  /** Called once the file list is known. */
  onStart?: (total: number) => void;
  onFile?: (outcome: FileOutcome) => void;
}

export async function importFiles(db: Db, paths: string[], { pool, onStart = () => {}, onFile = () => {} }: ImportFilesOptions): Promise<ImportSummary> {
  const files = await listArticleFiles(paths);
  onStart(files.length);
  const summary: ImportSummary = { created: 0, unchanged: 0, failed: 0 };
  // Two articles per thread in flight keep every thread busy while the writer works.
  const ahead = pool.threads * 2;
  const preparing = new Map<number, Promise<PreparedArticle>>();
  const startPreparing = (i: number) => {
    if (i >= files.length) return;
    const prepared = prepareFile(pool, files[i]!);
    prepared.catch(() => {}); // handled when its turn comes
    preparing.set(i, prepared);
  };
  for (let i = 0; i < ahead; i++) startPreparing(i);

  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const prepared = await preparing.get(i)!.finally(() => {
        preparing.delete(i);
        startPreparing(i + ahead);
      });
      outcome = { file, ok: true, result: await storeArticle(db, prepared) };
      summary[outcome.result.status === 'CREATED' ? 'created' : 'unchanged']++;
    } catch (e) {
      outcome = { file, ok: false, error: failureReason(file, e) };
      summary.failed++;
    }
    onFile(outcome);
  }
  return summary;
}

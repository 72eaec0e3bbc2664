// Imports many files, one transaction each: a bad file is reported and the others still land.
import type { Db } from '../db/client.js';
import { ImportError } from './document.js';
import { listArticleFiles, readArticleFile } from './files.js';
import { importArticle, type ImportResult } from './store.js';

export type FileOutcome = { file: string } & ({ ok: true; result: ImportResult } | { ok: false; error: string });

export interface ImportSummary {
  created: number;
  unchanged: number;
  failed: number;
}

export function summaryLine(s: ImportSummary): string {
  return `imported ${s.created}, unchanged ${s.unchanged}, failed ${s.failed}`;
}

export async function importFiles(
  db: Db,
  paths: string[],
  onFile: (outcome: FileOutcome) => void = () => {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, unchanged: 0, failed: 0 };
  for (const file of await listArticleFiles(paths)) {
    let outcome: FileOutcome;
    try {
      const text = await readArticleFile(file);
      outcome = { file, ok: true, result: await importArticle(db, { text, sourceName: file }) };
      summary[outcome.result.status === 'CREATED' ? 'created' : 'unchanged']++;
    } catch (e) {
      // ImportError names the field; for a file the file is what the reader needs to see.
      const reason = e instanceof ImportError ? (e.field === file ? e.reason : e.message) : `failed: ${(e as Error).message}`;
      outcome = { file, ok: false, error: `${file}: ${reason}` };
      summary.failed++;
    }
    onFile(outcome);
  }
  return summary;
}

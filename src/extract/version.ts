// Which extractor produced an article's facts: a digest of the extraction's own files (its code,
// weights and word lists, and the name keys it shares with the store), so that any change to them
// is a new version without anyone remembering to bump one. `npm run reextract` brings every article
// extracted by another version up to this one. Package upgrades are not part of it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';

const EXTRACTION_DIR = import.meta.dirname;
const SHARED_FILES = [path.join(EXTRACTION_DIR, '..', `names${path.extname(import.meta.filename)}`)];

/** Every file under `dir`, sorted, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The digest of the files' names and contents: 16 hex digits. */
function digestOfFiles(root: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${path.relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The version an extraction thread's pool hands it (extract-pool.ts), a digest of these same files:
 *  hashing them again cost every thread 35 to 65 ms of CPU before its first article. */
const handed = (workerData as { extractorVersion?: unknown } | null)?.extractorVersion;

export const EXTRACTOR_VERSION =
  typeof handed === 'string'
    ? handed
    : digestOfFiles(EXTRACTION_DIR, [...filesUnder(EXTRACTION_DIR).map((f) => path.join(EXTRACTION_DIR, f)), ...SHARED_FILES]);

// Tables derived from a package's data are the same for a given version of the package: each is kept
// once derived beside the project's packages (under node_modules/.cache, like the pool's bundle),
// named by the package's version and the size and time of the file it comes from, so another version
// derives its own; a fresh process or import thread reads it instead of deriving it again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where the table `name` (a file name's stem) derived from the package file `file` is kept, with the
 *  extension `ext`; null when there is no such place (the file is not inside node_modules). */
export function keptPath(file: string, name: string, ext: string): string | null {
  try {
    return path.join(cacheDir(file), `${name}-${identity(file)}.${ext}`);
  } catch {
    return null;
  }
}

/** The same for a table derived from several packages' files, named by a digest of their identities. */
export function keptPathOfAll(files: string[], name: string, ext: string): string | null {
  try {
    const digest = createHash('sha256').update(files.map(identity).join('\0')).digest('hex').slice(0, 16);
    return path.join(cacheDir(files[0]!), `${name}-${digest}.${ext}`);
  } catch {
    return null;
  }
}

/** A package file's version, size and time, as kept tables are named. */
function identity(file: string): string {
  const { version } = JSON.parse(readFileSync(path.join(packageRoot(file), 'package.json'), 'utf8')) as { version: string };
  const { size, mtimeMs } = statSync(file);
  return `${version}-${size}-${Math.trunc(mtimeMs)}`;
}

const cacheDir = (file: string) => path.join(packageRoot(file), '..', '.cache', 'newskb');

/** The package's directory: the one below node_modules on the file's path. */
function packageRoot(file: string): string {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) throw new Error(`not inside node_modules: ${file}`);
  return parts.slice(0, at + 2).join(path.sep);
}

/** Writes `text` to `file` whole or not at all (another process or import thread may be reading or
 *  writing it: each writes its own partial file, so none truncates another's before its rename). */
export function keep(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch {} // a read-only install: the next process derives the table again
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Deletes the other tables named `${stem}-…` beside `file` that were kept over a week ago: a table
 *  named by the extractor's version is kept anew at each change to the extraction's sources. */
export function removeOlderVersions(file: string, stem: string): void {
  try {
    const dir = path.dirname(file);
    for (const name of readdirSync(dir)) {
      const other = path.join(dir, name);
      if (other !== file && name.startsWith(`${stem}-`) && Date.now() - statSync(other).mtimeMs > WEEK_MS) rmSync(other, { force: true });
    }
  } catch {} // removed meanwhile by another process, or a read-only install
}

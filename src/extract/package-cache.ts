// Tables derived from a package's data are the same for a given version of the package: each is kept
// once derived beside the project's packages (under node_modules/.cache, like the pool's bundle),
// named by the package's version and the size and time of the file it comes from, so another version
// derives its own; a fresh process or import thread reads it instead of deriving it again.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where the table `name` (a file name's stem) derived from the package file `file` is kept, with the
 *  extension `ext`; null when there is no such place (the file is not inside node_modules). */
export function keptPath(file: string, name: string, ext: string): string | null {
  try {
    const root = packageRoot(file);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const { size, mtimeMs } = statSync(file);
    return path.join(root, '..', '.cache', 'newskb', `${name}-${version}-${size}-${Math.trunc(mtimeMs)}.${ext}`);
  } catch {
    return null;
  }
}

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

// compromise's English lexicon, which the package builds when loaded by conjugating its verbs and
// inflecting its nouns and adjectives: some 450 ms of CPU in every process (and every import thread),
// for a table that is the same for a given version of the package. So it is built once, kept as JSON
// beside the project's packages (under node_modules/.cache, like the pool's bundle), and read from
// there in about a tenth of the time; the file is named by the package's version and its build's size
// and time, so another version builds its own.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type Tags = string | string[];
export type Lexicon = Record<string, Tags>;

export function compromiseLexicon(): Lexicon {
  const require = createRequire(import.meta.url);
  // The package's CommonJS build, one file, loads in about half the time of its ES modules.
  const build = require.resolve('compromise');
  let file: string | null = null;
  try {
    const root = packageRoot(build);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const { size, mtimeMs } = statSync(build);
    file = path.join(root, '..', '.cache', 'newskb', `compromise-lexicon-${version}-${size}-${Math.trunc(mtimeMs)}.json`);
    return JSON.parse(readFileSync(file, 'utf8')) as Lexicon;
  } catch {} // not built yet, or no cache to be had: built from the package
  const nlp = require(build) as { model(): { one: { lexicon: Lexicon } } };
  const lexicon = nlp.model().one.lexicon;
  if (file) keep(file, JSON.stringify(lexicon));
  return lexicon;
}

/** The package's directory: the one below node_modules on the build's path. */
function packageRoot(file: string): string {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) throw new Error(`not inside node_modules: ${file}`);
  return parts.slice(0, at + 2).join(path.sep);
}

/** Writes `text` to `file` whole or not at all (another process may be reading or writing it). */
function keep(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch {} // a read-only install: the next process builds the lexicon again
}

// compromise's English lexicon, which the package builds when loaded by conjugating its verbs and
// inflecting its nouns and adjectives: some 450 ms of CPU in every process (and every import thread),
// for a table that is the same for a given version of the package. So it is built once, kept as JSON
// beside the project's packages (under node_modules/.cache, like the pool's bundle), and read from
// there in about a tenth of the time; the file is named by the package's version and its build's size
// and time, so another version builds its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keep, keptPath } from './package-cache.js';

export type Tags = string | string[];
export type Lexicon = Record<string, Tags>;

export function compromiseLexicon(): Lexicon {
  const require = createRequire(import.meta.url);
  // The package's CommonJS build, one file, loads in about half the time of its ES modules.
  const build = require.resolve('compromise');
  const file = keptPath(build, 'compromise-lexicon', 'json');
  try {
    if (file) return JSON.parse(readFileSync(file, 'utf8')) as Lexicon;
  } catch {} // not built yet: built from the package
  const nlp = require(build) as { model(): { one: { lexicon: Lexicon } } };
  const lexicon = nlp.model().one.lexicon;
  if (file) keep(file, JSON.stringify(lexicon));
  return lexicon;
}

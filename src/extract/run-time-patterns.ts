// Patterns made from words known only at run time ("in a statement", "the senators", "his wife"):
// each is made once per source and flags. A pattern built at every call is parsed and compiled again
// each time (the engine's own cache of compiled patterns empties at garbage collection), and for a
// case-insensitive Unicode pattern that costs more than the search it serves.
import { boundedMemo } from './bounded-memo.js';

const made = boundedMemo((key: string) => {
  const slash = key.indexOf('/');
  return new RegExp(key.slice(slash + 1), key.slice(0, slash));
}, 10_000);

/** `new RegExp(source, flags)`, made once and shared: read it with `test` and `exec` only when it is
 *  neither global nor sticky (those keep the last match's place in the pattern), and a global one
 *  with `matchAll`, which reads a copy. */
export const runTimePattern = (source: string, flags: string): RegExp => made(`${flags}/${source}`);

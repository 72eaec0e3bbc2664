// A name written with a lower-case noun inside it: "Medicines and Healthcare products Regulatory
// Agency". A plural in lower case, after a run of two name words or more and before a few name words
// that end in what bodies are called, belongs to the name ("… said Ford workers" has no head after);
// a verb of speech in "-s" is the verb between a speaker and a body ("Ann Holt tells Harbour News …").
import { cueLemma } from '../cues.js';
import { isFunctionWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { nameLike } from './name-words.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

const PLURAL = /^\p{Ll}{3,}s$/u;
// Name words after the plural, up to the head: "Regulatory Agency".
const MAX_AFTER = 3;

/** Whether the lower-case word at `i` continues `run` into a body's name headed within a few words. */
export function joinsHeadedName(run: Token[], tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (run.length < 2 || !PLURAL.test(word) || isFunctionWord(word) || cueLemma(word)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_AFTER && nameLike(tokens[k]!); k++) {
    const next = tokens[k + 1];
    if (ORGANIZATION_HEADS.has(tokens[k]!.text.toLowerCase()) && !(next && nameLike(next))) return k > i + 1;
  }
  return false;
}

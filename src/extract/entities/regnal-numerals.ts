// "Queen Ysolde I", "King Osric I": the numeral of a ruler's name is part of it. Numerals of two
// letters or more are name words already ("Osric II"); "I" is the pronoun elsewhere, so it joins a
// name only after a ruler's title and one name word.
import type { Token } from '../tokens.js';
import type { Candidate } from './candidates.js';

/** Titles of rulers, who are numbered. */
const RULER_TITLES = new Set('king queen emperor empress tsar tsarina czar kaiser pope'.split(' '));

/** Whether the "I" at `i` numbers the ruler the run names: the run ends in a ruler's title and one name. */
export const joinsRegnalNumeral = (run: Token[], tokens: Token[], i: number): boolean =>
  tokens[i]!.text === 'I' && run.length >= 2 && RULER_TITLES.has(run[run.length - 2]!.text.toLowerCase()) && tokens[i - 1] === run[run.length - 1];

/** Whether a ruler's title stands before the candidate: "(King) Osric I", "(Pope) Lucan II". */
export const titledRuler = (c: Candidate): boolean => c.titles.some((t) => RULER_TITLES.has(t));

/** A ruler's name ending in the numeral "I" after the title: "(King) Osric I" (not "for D.C. I think"). */
export const numberedRuler = (c: Candidate): boolean => c.words.length > 1 && c.words[c.words.length - 1] === 'I' && titledRuler(c);

// A share of those polled as the speaker: "Six in 10 voters said …", "About three in 10 said …",
// "46 percent of Democrats say …", "42% say …". A poll reports what that share of its respondents
// told it, and the share is who speaks, however few words it has.
import { lastWord } from './speaker-words.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { type Token, wordAt } from './tokens.js';
import type { Span } from './types.js';
import { isSpeltCount } from './word-classes.js';

const isCount = (word: string) => /^(\d+(?:\.\d+)?|one)$/iu.test(word) || isSpeltCount(word);
/** Words that hedge a share or determine it: "about three in 10", "nearly 40 percent", "the 30 percent who …". */
const HEDGE = /^(the|about|around|nearly|almost|roughly|some|only|just|over|under|than|more|less|fewer|least|at)$/iu;
/** What may stand before a share that opens its clause: "…, with 58% saying", "while 40 percent said". */
const OPENS_SUBJECT = /^(,|;|:|—|–|-|and|but|while|whereas|with|compared|as|\()$/iu;
/** What a count reports on, not a poll: "with 99 percent of precincts reporting". */
const COUNTED = /^(precincts?|districts?|votes?|ballots?|wards?|counties)$/iu;
/** Words of the group the share is of, after "of" or straight after the share: "of likely voters in Iowa". */
const GROUP_WORD = /^([\p{L}\p{N}’'-]+|%)$/u;

/** The share of a poll's respondents ending at token `j` before a cue, or null. */
export function pollShareEndingAt(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  for (let k = j; k >= 0 && k >= j - 10; k--) {
    const share = shareAt(tokens, k);
    if (share < 0) {
      if (!GROUP_WORD.test(tokens[k]!.text)) return null;
      continue;
    }
    if (share - 1 > j || COUNTED.test(tokens[j]!.text)) return null;
    let start = k;
    while (start > 0 && HEDGE.test(tokens[start - 1]!.text)) start--;
    // ("grew by 5 percent said to be …": a share after a preposition or a verb is an amount.)
    if (start > 0 && !OPENS_SUBJECT.test(tokens[start - 1]!.text)) return null;
    return names.surface(tokens[start]!.start, tokens[j]!.end, 'NOMINAL', null);
  }
  return null;
}

/** The index past a share opening at `k` ("six in 10", "three of four", "nine out of 10", "46
 *  percent", "42 %"), or -1. */
function shareAt(tokens: ReadonlyArray<{ text: string }>, k: number): number {
  const first = wordAt(tokens, k);
  if (PERCENTAGE.test(first)) return k + 1;
  if (!isCount(first)) return -1;
  const second = wordAt(tokens, k + 1);
  if (PER_CENT.test(second)) return second === 'per' && wordAt(tokens, k + 2) === 'cent' ? k + 3 : k + 2;
  const of = second === 'out' && wordAt(tokens, k + 2) === 'of' ? k + 3 : IN_OR_OF.test(second) ? k + 2 : -1;
  return of > 0 && isCount(wordAt(tokens, of)) ? of + 1 : -1;
}
const PERCENTAGE = /^\d+(?:\.\d+)?%$/u;
const PER_CENT = /^(percent|per|%)$/u;
const IN_OR_OF = /^(in|of)$/u;
/** The lower-case word at `n`, '' past the end (a module function: shareAt runs at many tokens). */

/** Whether a speaker's words are a share of those polled ("58%", "six in 10 voters"), as a share
 *  before a cue is found: people, as "analysts" in "with analysts saying" are. */
export function isPollShare(words: string): boolean {
  const split = words.split(/\s+/u).map((text) => ({ text }));
  return split.some((_, k) => shareAt(split, k) >= 0) && !COUNTED.test(lastWord({ text: words }));
}

/** Whether the cue's subject is a share of those polled: "41 percent", "a third of voters", "62%". */
export const pollShareBefore = (tokens: Token[], cue: number) => tokens.slice(Math.max(0, cue - 6), cue).some((t) => /^(percent|per|%)$|%$/iu.test(t.text));

/** Whether a figure opens a subject at `k`, past words hedging it: "9 percent", "about 4 in 10",
 *  "1,409 teachers", "only 19", "half" (a number, a percentage or a share's noun). */
export function figureOpensAt(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 3 && HEDGE.test(tokens[n]?.text ?? '')) n++;
  const w = tokens[n]?.text ?? '';
  return (
    /^\d[\d,]*(?:\.\d+)?%?$/u.test(w) ||
    isSpeltCount(w.toLowerCase()) ||
    (/^(half|most|a)$/iu.test(w) && (w.toLowerCase() !== 'a' || /^(third|quarter|majority|minority|plurality)$/iu.test(tokens[n + 1]?.text ?? '')))
  );
}

/** Whether the subject of the cue at `cue` is a figure of a group, opening the sentence or its clause:
 *  "24 percent said …", "About half of voters say …", "1,409 teachers said …". */
export function figureSubjectBefore(tokens: Token[], cue: number): boolean {
  if (pollShareBefore(tokens, cue)) return true;
  for (let k = Math.max(0, cue - 8); k < cue; k++)
    if ((k === 0 || OPENS_SUBJECT.test(tokens[k - 1]!.text)) && figureOpensAt(tokens, k)) return !tokens.slice(k, cue).some((t) => /^[,;:]$/u.test(t.text));
  return false;
}

/** Nouns naming a share of a group without a figure: "the vast majority of Americans", "nearly half"
 *  (in lower case but a sentence's "Half": "Third Way" is a name). */
const SHARE_NOUN = /(?:^|\s)(?:[Hh]alf|majority|minority|plurality|third|quarter)\b/u;
/** A share's noun and "of" before the group the speaker's words name ("The vast majority of | Americans"). */
const SHARE_OF = /\b(majority|minority|plurality|half|third|quarter|percent|%)\s+of\s+(?:the\s+|all\s+)?$/iu;

/** Whether a speaker's words (`surface`, in a sentence opening at `sentenceStart`) are a share of a
 *  group, by a figure or a noun ("six in 10 voters", "a majority of voters"): what a poll or count
 *  found, reported as the words of that share. */
export function isShareOfGroup(text: string, sentenceStart: number, surface: Span & { text: string }): boolean {
  return isPollShare(surface.text) || SHARE_NOUN.test(surface.text) || SHARE_OF.test(text.slice(Math.max(sentenceStart, surface.start - 40), surface.start));
}

/** A sentence opening with a poll, "In a/the … poll …, ": the poll named, up to the comma closing the
 *  opening, told with one of the `articles` and one of the `nouns` (alternatives of a pattern). */
export const openingPollPattern = (articles: string, nouns: string) =>
  new RegExp(String.raw`^In\s+((?:${articles})\s+[^,;:"“”]{0,80}?\b(?:${nouns})\b[^,;:"“”]{0,60}?),\s`, 'u');

/** A sentence opening with the poll it reports: "In a Gazette poll last week, 64 percent of residents said …"
 *  ("In the poll, 46 percent of independents said" goes back to a poll told of before: the share speaks). */
const OPENING_POLL = openingPollPattern('a|an', 'poll|survey');

/** The words naming the poll a sentence opens with, which speaks for the shares of its respondents, or null. */
export function openingPoll(text: string, sentence: Span): Span | null {
  const m = OPENING_POLL.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const start = sentence.start + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

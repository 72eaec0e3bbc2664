// Candidate names: runs of capitalised words in a block, with the title that precedes them
// ("President"), honorifics kept in the span ("Ayatollah Seyyed"), possessives and demonyms split off.
import { isCommonWord } from '../lexicon.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isCapitalized, type Token } from '../tokens.js';
import { type Candidate, itsWithin, tokenWords } from './candidates.js';
import { appositionType, calledBefore, descriptionBefore } from './apposition.js';
import { domainAfter } from './web-domains.js';
import { bare, isHonorific, isTitle, lower } from './name-words.js';
import { runs } from './name-runs.js';
import { roadNumberAfter } from './numbered-roads.js';
import { lineScorers, tableSides } from './table-sides.js';
import { splitAtTitles, splitOfficeBody } from './title-splits.js';
import { splitBodyFromMember } from './body-holders.js';
import { strandsPreposition } from './stranded-prepositions.js';
import { NOT_NAMES } from './no-entity-vocabulary.js';
import { NAME_CONNECTORS } from './organization-vocabulary.js';
import { isTitleCase, smallWordCapitalised } from './title-case.js';
import { dropOrdinaryOpening } from './ordinary-openings.js';
import { takeTitles } from './leading-titles.js';

export function findCandidates(
  text: string,
  tokens: Token[],
  starts: {
    sentenceStarts: Set<number>;
    quoteStarts: Set<number>;
    ordinary?: (word: string) => boolean;
    wordsAlone: () => Set<string>;
    writtenInside?: (phrase: string, at: number) => boolean;
    /** isTitleCase of the block, when the caller has it already */
    titleCase?: boolean;
  },
  headline = false,
): Candidate[] {
  // An ordinary word by the lexicon, or by the document's own lower case ("Cases" after "cases"): see ordinary-words.ts.
  const { quoteStarts, ordinary = isCommonWord, wordsAlone, writtenInside = () => false } = starts;
  const writtenWhole = (words: Token[]) => writtenInside(text.slice(words[0]!.start, words[words.length - 1]!.end), words[0]!.start);
  const out: Candidate[] = [];
  // The index of a word of a run in `tokens` (runs hold the block's own tokens, in order).
  const indexOf = (t: Token) => firstStartingAtOrAfter(tokens, t.start);
  const teamInTable = tableSides(text, tokens);
  const scorer = lineScorers(text, tokens);
  const holders = new Map<Token, string[]>();
  // "Group A: In Athens: Panathinaikos 76 …": in a results line a label after a colon opens as a sentence does.
  const labelStarts = teamInTable.any ? new Set(tokens.filter((_, i) => tokens[i - 1]?.text === ':').map((t) => t.start)) : undefined;
  const sentenceStarts = labelStarts ? { has: (at: number) => starts.sentenceStarts.has(at) || labelStarts.has(at) } : starts.sentenceStarts;
  // "Racing Club 2 Sporting 1" capitalises its words as a headline does, but its verbs are sides' names.
  // (Loops, not nested flatMaps: those cost more than the splitting.)
  const pieces: Token[][] = [];
  const titleCase = (starts.titleCase ?? isTitleCase(tokens, headline)) && !teamInTable.any;
  // A headline, or a subheading a small word capitalised shows, ends a name at its verb in -s (headline-verbs.ts).
  const headlineWrites = titleCase && (headline || smallWordCapitalised(tokens)) ? writtenInside : undefined;
  for (const run of runs(tokens, titleCase, headlineWrites))
    for (const part of splitAtTitles(text, run))
      for (const body of splitOfficeBody(tokens, part, holders))
        for (const piece of splitBodyFromMember(body, wordsAlone, tokens[indexOf(body[body.length - 1]!) + 1])) pieces.push(piece);
  const scan: Scan = { text, tokens, sentenceStarts, quoteStarts, ordinary, writtenWhole, indexOf, holders, teamInTable, scorer };
  for (const run of pieces) {
    const words = run.slice();
    const { onlyIfKnown, known } = dropOrdinaryOpening(scan, run, words);
    const taken = takeTitles(scan, run, words, known);
    if (!taken) continue;
    // "the Council on American - Velmoran Relations": a connector the words after it were split from ends no name.
    while (words.length > 1 && NAME_CONNECTORS.has(words[words.length - 1]!.text)) words.pop();
    if (!words.length) continue;
    out.push(candidateOf(scan, words, taken.titles, taken.demonym, onlyIfKnown));
  }
  return out;
}

/** What every candidate of a block is read with. */
export interface Scan {
  text: string;
  tokens: Token[];
  sentenceStarts: { has(at: number): boolean };
  quoteStarts: Set<number>;
  ordinary: (word: string) => boolean;
  writtenWhole: (words: Token[]) => boolean;
  indexOf: (t: Token) => number;
  holders: Map<Token, string[]>;
  teamInTable: ReturnType<typeof tableSides>;
  scorer: ReturnType<typeof lineScorers>;
}

/** The candidate the name words make, with the titles before them and the words around them. */
function candidateOf(scan: Scan, words: Token[], titles: string[], demonym: string | null, onlyIfKnown: boolean): Candidate {
  const { text, tokens, indexOf, teamInTable, scorer } = scan;
  widenToSide(tokens, words, teamInTable.sideAround(words[0]!.start, words[words.length - 1]!.end), indexOf);
  // "Interstate 95", "Highway 61": a road's number is a word of its name (numbered-roads.ts).
  const roadNumber = roadNumberAfter(words, tokens[indexOf(words[0]!) + 1]);
  if (roadNumber) words.push(roadNumber);
  const first = indexOf(words[0]!);
  const before = tokens[first - 1];
  // "Mr Dahl", "Mrs Holt": an honorific without its period is no name word, so no part of the run
  // ("will miss England's opener": "miss" in lower case is the verb, the title is written "Miss").
  if (before && isTitle(before) && before.text !== 'miss' && (!isCapitalized(before.text) || NOT_NAMES.has(lower(before)))) titles.unshift(bare(before));
  // "Mr. Smith": the title's period is a token of its own; only an abbreviation's ("… as finance
  // minister. Bank Indonesia …" ends a sentence).
  const beforeDot = tokens[first - 2];
  if (before?.text === '.' && beforeDot && isTitle(beforeDot) && before.start === beforeDot.end && /^\p{Lu}\p{L}{0,3}$/u.test(beforeDot.text))
    titles.unshift(bare(beforeDot));
  const honorific = words.length > 1 && isHonorific(words[0]!);
  const nameWords = words.filter((w, i) => !(isHonorific(w) && i < words.length - 1));
  const last = words[words.length - 1]!;
  // "Amazon.com": a web domain right after the name is part of it.
  const domain = domainAfter(text, last.end);
  const end = last.end + domain.length;
  const lastAt = indexOf(last) + (domain ? domain.split('.').length * 2 - 2 : 0);
  const nameTexts = tokenWords(nameWords, 0, nameWords.length);
  nameTexts[nameTexts.length - 1] += domain;
  return {
    start: words[0]!.start,
    end,
    text: text.slice(words[0]!.start, end),
    words: nameTexts,
    titles,
    demonym,
    honorific,
    onlyIfKnown,
    teamInTable: teamInTable.isSide(words[0]!.start, end),
    scorer: scorer(words[0]!.start, end),
    prev: lower(before),
    prevBefore: lower(tokens[first - 2]),
    next: lower(tokens[lastAt + 1]),
    nextAfter: lower(tokens[lastAt + 2]),
    itsAfter: itsWithin(tokens, lastAt + 1),
    describedAs: appositionType(tokens, lastAt + 1, first) ?? descriptionBefore(tokens, first, lastAt + 1) ?? calledBefore(tokens, first, lastAt + 1),
    strandsPreposition: strandsPreposition(tokens, lastAt + 1),
  };
}

/** "1860 Munich 2 Bayer Leverkusen 1", "Schalke 04 2 Karlsruhe 2": the number a results line writes
 *  with a side's name is a word of it. */
function widenToSide(tokens: Token[], words: Token[], side: [number, number] | undefined, indexOf: (t: Token) => number): void {
  if (!side) return;
  for (let k = indexOf(words[0]!) - 1; k >= 0 && tokens[k]!.start >= side[0]; k--) words.unshift(tokens[k]!);
  for (let k = indexOf(words[words.length - 1]!) + 1; k < tokens.length && tokens[k]!.end <= side[1]; k++) words.push(tokens[k]!);
}

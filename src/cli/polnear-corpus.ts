// PolNeAR (networkdynamics/PolNeAR) read where it lies, for training and for scoring a split the rules
// were not written on: each article with one annotator's brat file (the first in sorted order, as the
// shared dev set takes it), and its attributions as gold quotes in the scorer's format.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { bratAttributions } from '../extract/confidence-training.js';

export interface PolnearArticle {
  id: string;
  text: string;
  annotation: string;
}

/** The articles of a split ("train", "dev") of a PolNeAR checkout that an annotator's file covers. */
export function* polnearArticles(checkout: string, split: string): Generator<PolnearArticle> {
  const dir = path.join(checkout, 'data', split);
  const annotations = readdirSync(path.join(dir, 'attributions')).sort();
  for (const file of readdirSync(path.join(dir, 'text')).sort()) {
    const id = file.replace(/\.txt$/u, '');
    const ann = annotations.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    yield { id, text: readFileSync(path.join(dir, 'text', file), 'utf8'), annotation: readFileSync(path.join(dir, 'attributions', ann), 'utf8') };
  }
}

export interface GoldQuote {
  start: number;
  end: number;
  kind: 'DIRECT' | 'MIXED' | 'INDIRECT';
  parts?: Array<[number, number]>;
  speakerStart?: number;
  speakerEnd?: number;
}

const QUOTE_MARK = /["“”]/u;
/** PolNeAR does not say whether a content is verbatim; its quote marks do: all of it quoted, some, none. */
export function kindByQuoteMarks(content: string): GoldQuote['kind'] {
  const trimmed = content.trim();
  if (/^["“]/u.test(trimmed) && /["”][.,!?]?$/u.test(trimmed)) return 'DIRECT';
  return QUOTE_MARK.test(trimmed) ? 'MIXED' : 'INDIRECT';
}

/** Each attribution of a brat file ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1") as a gold quote:
 *  its content's span, its pieces when interrupted, and its source's span. */
export function bratGoldQuotes(ann: string, text: string): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const { content, source } of bratAttributions(ann)) {
    const quote: GoldQuote = { start: content.start, end: content.end, kind: kindByQuoteMarks(text.slice(content.start, content.end)) };
    // (brat lists a span's fragments in the order they were drawn, not always in the text's order)
    if (content.pieces.length > 1) quote.parts = content.pieces.map((p) => [p.start, p.end] as [number, number]).sort((a, b) => a[0] - b[0]);
    if (source) Object.assign(quote, { speakerStart: source.start, speakerEnd: source.end });
    out.push(quote);
  }
  return out;
}

export interface ListingOptions {
  polnear: string;
  split: string;
  examples: string;
  kind?: string;
  jsonl?: string;
}

/** The command line of a tool listing a split's errors by kind: the checkout, the split, examples per
 *  kind, a kind to show; with `eachCase` (what one case is), a file to write every case to. */
export function listingOptions(name: string, eachCase?: string): ListingOptions {
  const command = new Command(name)
    .requiredOption('--polnear <checkout>', 'a networkdynamics/PolNeAR checkout')
    .option('--split <split>', 'the split read', 'train')
    .option('--examples <n>', 'examples printed per kind', '0')
    .option('--kind <prefix>', 'print examples only of kinds starting with this');
  if (eachCase) command.option('--jsonl <file>', `also write every ${eachCase}, its kind and its sentence, to this file (outside the project)`);
  return command.parse().opts<ListingOptions>();
}

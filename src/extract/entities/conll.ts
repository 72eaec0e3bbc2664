// Reads CoNLL-2003 files ("word POS chunk NER" per line, blank lines between sentences,
// -DOCSTART- between documents) into running text with the offsets of its names: tokens joined
// by spaces, none before closing punctuation or after opening brackets, one sentence per line.
export type ConllType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface ConllDocument {
  text: string;
  names: Array<{ start: number; end: number; type: ConllType }>;
}

const TYPES: Record<string, ConllType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };
const NO_SPACE_BEFORE = /^([,.;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m|'|\.\.\.)$/u;
const NO_SPACE_AFTER = /^[([{]$/u;

type Row = string[];

/** The documents of a CoNLL file, each its text, one sentence a line, and its names. */
export function conllDocuments(file: string): ConllDocument[] {
  return file
    .split(/^-DOCSTART-.*$/mu)
    .map(sentencesOf)
    .filter((sentences) => sentences.length)
    .map(documentOf);
}

/** A document's sentences (blank lines between them), each its rows of columns. */
function sentencesOf(chunk: string): Row[][] {
  return chunk
    .split(/\n\s*\n/u)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => l.trim().split(/\s+/u)),
    )
    .filter((s) => s.length);
}

/** A document read from its sentences: each written on a line of its own. */
function documentOf(sentences: Row[][]): ConllDocument {
  let text = '';
  const names: ConllDocument['names'] = [];
  for (const sentence of sentences) {
    if (text) text += '\n';
    text = withSentence(text, sentence, names);
  }
  return { text, names };
}

/** The text with a sentence's words written on its last line, spaced as running text; the names its
 *  tags (the last column: B- or I- and a type, then I- going on with it) mark are added to `names`. */
function withSentence(text: string, sentence: Row[], names: ConllDocument['names']): string {
  const lineStart = text.length;
  let open: { start: number; end: number; type: string } | null = null;
  let quoteOpen = false;
  let glue = true;
  for (const row of sentence) {
    const word = row[0]!;
    const tag = row[row.length - 1]!;
    const isQuote = word === '"';
    const closing = NO_SPACE_BEFORE.test(word) || (isQuote && quoteOpen);
    if (!glue && !closing && text.length > lineStart) text += ' ';
    const start = text.length;
    text += word;
    glue = NO_SPACE_AFTER.test(word) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
    const [prefix, type] = tag.split('-') as [string, string | undefined];
    if (type && open && open.type === type && prefix === 'I') {
      open.end = text.length;
      continue;
    }
    if (open) names.push({ start: open.start, end: open.end, type: TYPES[open.type]! });
    open = type ? { start, end: text.length, type } : null;
  }
  if (open) names.push({ start: open.start, end: open.end, type: TYPES[open.type]! });
  return text;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { layout } from '../../../src/extract/layout.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/extract/sentences.js';

const roles = (text: string) => layout(text).blocks.map((b) => [b.role, b.text]);

describe('layout: PressReader export', () => {
  const seed = readFileSync(new URL('../../../seeds/000_184d463ee6a156b7.txt', import.meta.url), 'utf8');
  const { blocks, sentences } = layout(seed);

  it('finds masthead, title, separator, body, credits and footer', () => {
    expect(blocks[0]).toMatchObject({ role: 'MASTHEAD', text: 'Iran Daily' });
    expect(blocks[1]).toMatchObject({ role: 'TITLE', text: 'Putin’s envoy meets Leader’s representative in Tehran' });
    expect(blocks[2]!.role).toBe('SEPARATOR');
    expect(blocks.filter((b) => b.role === 'CREDIT').map((b) => b.text)).toEqual(['??  ?? IRNA', 'IRNA']);
    expect(blocks.filter((b) => b.role === 'BOILERPLATE').map((b) => b.text)).toEqual(['Newspapers in English', 'Newspapers from Iran']);
    expect(blocks.filter((b) => b.role === 'BODY')).toHaveLength(13);
  });

  it('keeps every offset pointing into the input', () => {
    for (const span of [...blocks, ...sentences]) expect(seed.slice(span.start, span.end)).toBe(span.text);
  });

  it('splits body paragraphs into sentences', () => {
    expect(sentences).toHaveLength(16);
    expect(sentences[5]!.text).toBe('Moscow has also been carrying out an aerial bombardment campaign inside Syria on behalf of Damascus.');
  });
});

describe('layout: plain text', () => {
  it('takes the first line as title and the rest as body', () => {
    expect(roles('A title\n\nFirst paragraph.\nSecond paragraph.')).toEqual([
      ['TITLE', 'A title'],
      ['BODY', 'First paragraph.'],
      ['BODY', 'Second paragraph.'],
    ]);
  });

  it('takes a first line that is a lead paragraph as body: a dateline opens it, or it holds sentences', () => {
    expect(roles('LONDON (Reuters) - The airline said on Tuesday it would cut jobs.\nThe union objected.')[0]).toEqual([
      'BODY',
      'LONDON (Reuters) - The airline said on Tuesday it would cut jobs.',
    ]);
    expect(roles('The airline cut 2,000 jobs. The union objected.\nShares fell.')[0]![0]).toBe('BODY');
    // Headlines stay titles, with or without a closing period or an all-capitals topic.
    expect(roles('Poll: Wealthy Voters Abandon Party.\nBody text.')[0]![0]).toBe('TITLE');
    expect(roles('CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nLONDON 1996-08-30\nBody text.')[0]![0]).toBe('TITLE');
  });

  it('keeps a short closing line of the body when there is no exporter footer', () => {
    expect(roles('Title\n\nThe body says something.\nThe end')).toContainEqual(['BODY', 'The end']);
  });

  it('marks explicit photo credits', () => {
    expect(roles('Title\n\nThe body says something.\nPhoto: Jane Roe/Reuters')).toContainEqual(['CREDIT', 'Photo: Jane Roe/Reuters']);
  });

  it('handles CRLF line ends and blank input', () => {
    expect(roles('Title\r\n\r\nBody text here.')).toEqual([
      ['TITLE', 'Title'],
      ['BODY', 'Body text here.'],
    ]);
    expect(layout('  \n\n ').blocks).toEqual([]);
  });
});

describe('layout: hard-wrapped text', () => {
  const wrapped = [
    'Senate deal collapses',
    '',
    'Senate Majority Leader Tom Hale told reporters the votes were not there.',
    '"We tried. We gave it everything we had," he said, adding that talks',
    'could resume after the recess.',
    '',
    'Results:',
    'Anna Berg (Sweden) beat Lisa Moor (Britain) 6-3 6-4 in the first round',
    'Kim Yuna (South Korea) beat Mia Holt (Canada) 6-2 7-5 in the first round',
  ].join('\n');

  it('joins the lines of a wrapped paragraph into one block, its sentences read whole', () => {
    const { blocks, sentences } = layout(wrapped);
    expect(blocks.map((b) => b.text.replace(/\n/gu, ' | '))).toContainEqual(
      'Senate Majority Leader Tom Hale told reporters the votes were not there. | "We tried. We gave it everything we had," he said, adding that talks | could resume after the recess.',
    );
    expect(sentences.map((x) => x.text)).toContainEqual('"We tried.');
    expect(sentences.some((x) => x.text.startsWith('We gave it everything we had," he said, adding that talks\ncould resume'))).toBe(true);
  });

  it('keeps the lines of a list or a table of results, which all open with a capital, and a headline', () => {
    expect(roles(wrapped).filter(([, text]) => text!.includes('beat'))).toHaveLength(2);
    expect(roles(`Senate deal on border funding collapses after weeks of talks\n${'The deal fell apart. '.repeat(8)}`)[0]![0]).toBe('TITLE');
  });

  it('reads names line by line, as the entity models learnt them', () => {
    const { byLine } = layout(wrapped);
    expect(byLine?.blocks.map((b) => b.text)).toContain('could resume after the recess.');
    expect(layout('Title\n\nA paragraph on one line.').byLine).toBeUndefined();
  });

  it('reports a quotation over a line break whole', () => {
    const x = extract(wrapped);
    expect(x.quotes.map((q) => [q.speaker.name, q.text.replace(/\s+/gu, ' ')])).toContainEqual(['Tom Hale', 'talks could resume after the recess']);
  });
});

describe('sentence splitting', () => {
  it('"No." abbreviates only before a number', () => {
    const found = layout('Title\n\nSmith said no. Talks resumed. He was ranked No. 5 in the world.').sentences.map((x) => x.text);
    expect(found).toEqual(['Smith said no.', 'Talks resumed.', 'He was ranked No. 5 in the world.']);
  });

  const split = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

  it('does not break after abbreviations, initials or inside numbers', () => {
    expect(split('Mr. Smith met Gov. Jones at 3.5 p.m. on Sept. 4. Then J. K. Rowling spoke.')).toEqual([
      'Mr. Smith met Gov. Jones at 3.5 p.m. on Sept. 4.',
      'Then J. K. Rowling spoke.',
    ]);
  });

  it('does not break after the abbreviated titles of local office and police', () => {
    expect(split('“Not again,” said Ald. Brian Hopkins. Det. Ann Roe and Atty. Tom Lee left.')).toEqual([
      '“Not again,” said Ald. Brian Hopkins.',
      'Det. Ann Roe and Atty. Tom Lee left.',
    ]);
  });

  it('reads "v." in the name of a court case as an abbreviation', () => {
    expect(split('She would restore Roe v. Wade. Others disagreed.')).toEqual(['She would restore Roe v. Wade.', 'Others disagreed.']);
  });

  it('ends a sentence after a one-letter name when a clause opens after it', () => {
    expect(split('He posted on X. But he cautioned that it was flawed. Lyndon B. Johnson agreed.')).toEqual([
      'He posted on X.',
      'But he cautioned that it was flawed.',
      'Lyndon B. Johnson agreed.',
    ]);
  });

  it('ends a sentence after a company form when a clause opens after it', () => {
    expect(split('The office opened an inquiry into Kelmore Ltd. The watchdog said the trains were late. Halden Inc. Chief Ann Roe left.')).toEqual([
      'The office opened an inquiry into Kelmore Ltd.',
      'The watchdog said the trains were late.',
      'Halden Inc. Chief Ann Roe left.',
    ]);
  });

  it('keeps closing quotes with their sentence and continues after a lower-case attribution', () => {
    expect(split('“We will win.” He smiled. “Never,” she said. It ended!')).toEqual(['“We will win.”', 'He smiled.', '“Never,” she said.', 'It ended!']);
  });

  it('treats the U.S. as an abbreviation', () => {
    expect(split('The U.S. Army said so. Others disagreed.')).toEqual(['The U.S. Army said so.', 'Others disagreed.']);
  });

  it('ends a sentence at a dotted abbreviation when a clause opens after it', () => {
    expect(split('Crews were called shortly after 10 a.m. They arrived within minutes.')).toEqual([
      'Crews were called shortly after 10 a.m.',
      'They arrived within minutes.',
    ]);
    expect(split('The game starts at 8 p.m. Sunday in Leeds.')).toEqual(['The game starts at 8 p.m. Sunday in Leeds.']);
  });
  it('cuts a run-on sentence longer than any in news after a comma within the bound', () => {
    const runOn = 'the ferry waited at Velmora, '.repeat(200);
    const pieces = split(`${runOn}and sailed.`);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('Velmora,'))).toBe(true);
    expect(pieces.join(' ')).toBe(`${runOn}and sailed.`);
    expect(split('x'.repeat(MAX_SENTENCE_CHARS * 2 + 5)).map((p) => p.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
  });
});

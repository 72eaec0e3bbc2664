import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bratGoldQuotes, kindByQuoteMarks, polnearArticles } from '../../src/cli/polnear-corpus.js';

describe('PolNeAR read where it lies', () => {
  const text = '“We will win,” Ann Holt said. “And soon.” She said the vote was rigged.';
  const ann = [
    'T1\tSource 15 23\tAnn Holt',
    'T2\tCue 24 28\tsaid',
    'T3\tContent 0 14;30 41\t“We will win,” … “And soon.”',
    'T4\tAttribution 24 28\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tSource 42 45\tShe',
    'T6\tContent 51 71\tthe vote was rigged',
    'T7\tAttribution 46 50\tsaid',
    'E2\tAttribution:T7 Content:T6 Source:T5',
  ].join('\n');

  it('makes each attribution a gold quote: the content first to last character, its pieces, its source', () => {
    expect(bratGoldQuotes(ann, text)).toEqual([
      {
        start: 0,
        end: 41,
        kind: 'DIRECT',
        parts: [
          [0, 14],
          [30, 41],
        ],
        speakerStart: 15,
        speakerEnd: 23,
      },
      { start: 51, end: 71, kind: 'INDIRECT', speakerStart: 42, speakerEnd: 45 },
    ]);
  });

  it('lists the pieces in the order of the text, whatever order brat drew them in', () => {
    const drawnLast = ann.replace('Content 0 14;30 41', 'Content 30 41;0 14');
    expect(bratGoldQuotes(drawnLast, text)[0]!.parts).toEqual([
      [0, 14],
      [30, 41],
    ]);
  });

  it('tells the kind by quote marks: all of the content quoted, some of it, none', () => {
    expect(kindByQuoteMarks(' “We will win.” ')).toBe('DIRECT');
    expect(kindByQuoteMarks('"We will win",')).toBe('DIRECT');
    expect(kindByQuoteMarks('the vote was “rigged”')).toBe('MIXED');
    expect(kindByQuoteMarks('the vote was rigged')).toBe('INDIRECT');
  });

  it('reads each article of a split with the first annotator file in sorted order, skipping articles none covers', () => {
    const checkout = mkdtempSync(path.join(tmpdir(), 'polnear-'));
    const dir = path.join(checkout, 'data', 'train');
    mkdirSync(path.join(dir, 'text'), { recursive: true });
    mkdirSync(path.join(dir, 'attributions'));
    writeFileSync(path.join(dir, 'text', 'a.txt'), text);
    writeFileSync(path.join(dir, 'text', 'b.txt'), 'No annotator read this.');
    writeFileSync(path.join(dir, 'attributions', 'a_ff01.ann'), 'second');
    writeFileSync(path.join(dir, 'attributions', 'a_0a2b.ann'), ann);
    expect([...polnearArticles(checkout, 'train')]).toEqual([{ id: 'a', text, annotation: ann }]);
  });
});

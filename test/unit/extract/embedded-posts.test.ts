import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.cue?.text ?? null, text.slice(q.start, q.end)]);

describe('embedded posts: the words above a post signature are its author’s', () => {
  it('takes the post as its author’s words, said word for word, without its links', () => {
    const text = [
      'Senator blasts FAA over delays',
      '',
      'Sen. Maria Delgado criticised the agency on Tuesday.',
      '',
      'She later wrote on Twitter:',
      '',
      'Spent the morning with stranded families. The FAA must answer for this meltdown. pic.twitter.com/Xy7aB3kQz',
      '— Sen. Maria Delgado (@SenDelgado) May 7, 2024',
    ].join('\n');
    expect(quotes(text)).toContainEqual(['DIRECT', 'Maria Delgado', null, 'Spent the morning with stranded families. The FAA must answer for this meltdown']);
  });

  it('reads a signature after a blank line, with an HTML dash, for a body as for a person', () => {
    const text = [
      'Nurses walk out',
      '',
      'Thousands of nurses walked off the job on Tuesday, the NSW Nurses and Midwives’ Association said.',
      '',
      'Thousands of nurses are standing together outside Parliament House today. https://t.co/abc123XYZ',
      '',
      '&mdash; NSW Nurses and Midwives’ Association (@nswnma) May 21, 2024',
    ].join('\n');
    expect(quotes(text)).toContainEqual([
      'DIRECT',
      'NSW Nurses and Midwives’ Association',
      null,
      'Thousands of nurses are standing together outside Parliament House today',
    ]);
  });

  it('a dash and a name without a handle signs no post', () => {
    const text = 'Title here\n\nThe plan was announced on Monday and will start soon.\n— Ann Holt, Leeds';
    expect(quotes(text).filter(([, who]) => who === 'Ann Holt')).toEqual([]);
  });
});

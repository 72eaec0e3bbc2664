// A phrase of when opening the sentence ("This year,", "A few minutes later", "On Monday morning")
// is no subject: a participle or a second verb that shares the sentence's subject ("…, saying …",
// "… and said …") takes the subject after it (clause-subjects.ts).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a phrase of when before the subject of a participle or a joined verb', () => {
  it('set off by a comma, the subject after it speaks', () => {
    expect(readingOf('This year, Ann Holt rose to the defence of the harbour master, saying he should keep his post.', 'saying')).toEqual([
      { cue: 'saying', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'he should keep his post' },
    ]);
    expect(readingOf('Last week, the mayor visited the dam, saying it would hold.', 'saying').map((q) => q.mention)).toEqual(['the mayor']);
  });

  it('with no comma, the subject right after it speaks', () => {
    expect(readingOf('On Monday morning Ann Holt toured the mill, telling workers that their jobs were safe.', 'telling').map((q) => q.speaker)).toEqual([
      'Ann Holt',
    ]);
    expect(readingOf('A few minutes later the officials cleared the hall and said the count would start again.', 'said').map((q) => q.text)).toEqual([
      'the count would start again',
    ]);
  });

  it('a phrase of when running into another phrase opens no subject', () => {
    expect(
      readingOf('In the days following the flood, Ann Holt has sought to calm residents, suggesting that the dam would hold.', 'suggesting').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Ann Holt']);
  });

  it('a name that holds a time word is the subject itself', () => {
    expect(readingOf('The Sunday Courier backed the plan, saying it would bring jobs.', 'saying').map((q) => q.mention)).toEqual(['Sunday Courier']);
  });
});

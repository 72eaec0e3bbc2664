// A body's head word alone opening a sentence before the plural noun it modifies ("Union leaders said").
// Stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf } from '../../support/extraction.js';

describe('a head word opening a sentence before a plural noun', () => {
  it('is no body: "Union leaders", "Bank officials", "University exhibits"', () => {
    expect(nameMentionsOf('Tom Reed leads the Velmora Dockers Union. Union members voted to strike.')).toEqual([
      'PERSON:Tom Reed',
      'ORGANIZATION:Velmora Dockers Union',
    ]);
    expect(nameMentionsOf('Ann Holt heads the Tarnby Savings Bank. Bank officials said the branch would close.')).not.toContain('ORGANIZATION:Bank');
    expect(nameMentionsOf('Ann Holt teaches at the University of Velmora. University exhibits can reach large audiences, she said.')).not.toContain(
      'ORGANIZATION:University',
    );
  });

  it('a verb in -s after it keeps the body ("Council plans to …"), and so do bodies named by the word alone', () => {
    expect(nameMentionsOf('Ann Holt chairs the Velmora County Council. Council plans to raise the harbour tax.')).toContain('ORGANIZATION:Council');
    expect(nameMentionsOf('Tom Reed spoke in Velmora. Congress leaders met on Monday.')).toContain('ORGANIZATION:Congress');
  });
});

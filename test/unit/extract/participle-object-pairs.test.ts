// A present participle after people at the subject's start ("Activists supporting …") opens a clause
// whose object may join two names with "and"; the people speak, not the pair. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('two names joined in the object of a participle after the subject', () => {
  it('leave the people before the participle the speakers', () => {
    // (The people take a stance on whom they support, and then speak: two quotes, both theirs.)
    expect(speakersOf('The vote was held on Sunday. Activists supporting Tom Pike and Ann Holt said the count was rigged from the start.')).toEqual([
      'Activists',
      'Activists',
    ]);
    expect(speakersOf('The vote was held on Sunday. The lawyer representing Tom Pike and Ann Holt told reporters the count was rigged.')).toEqual([
      'The lawyer',
    ]);
    expect(speakersOf('Groups representing Velmora Bank and the Korvena Port Authority said the count was rigged.')).toEqual(['Groups']);
    expect(speakersOf('Residents living near Velmora and Korvena said the river had risen overnight.')).toEqual(['Residents']);
  });

  it('as with one name, while two names opening the subject still speak together', () => {
    expect(speakersOf('Activists supporting Tom Pike said the count was rigged from the start.')).toEqual(['Activists', 'Activists']);
    expect(speakersOf('The vote was held on Sunday. Tom Pike and Ann Holt said the count was rigged from the start.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Ida Brandt, backing Tom Pike and Ann Holt, said the count was rigged from the start.')).toContain('Ida Brandt');
    expect(speakersOf('Tom Pike was speaking and Ann Holt said the count was rigged from the start.')).toEqual(['Ann Holt']);
  });
});

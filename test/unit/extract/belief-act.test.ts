// A belief held ("Police believe …") is found as an attribution but kept apart from speech: marked
// BELIEF, left out of the contract unless asked for, and stored with its act beside speech.
import { describe, expect, it } from 'vitest';
import { toContract } from '../../../src/extract/contract.js';
import { extract } from '../../../src/extract/index.js';
import { articlePayload } from '../../../src/import/payload.js';

const story = 'Fire at depot\n\nPolice believe the fire was started deliberately. Chief Inspector Ann Hale said the depot had been empty for a year.';

describe('beliefs held, apart from speech', () => {
  const x = extract(story);

  it('marks the belief BELIEF and the speech SPEECH', () => {
    expect(x.quotes.map((q) => [q.act, q.text])).toEqual([
      ['BELIEF', 'the fire was started deliberately'],
      ['SPEECH', 'the depot had been empty for a year'],
    ]);
  });

  it('the contract reports speech, and the belief too only when asked, marked by its act', () => {
    expect(toContract('a', x).quotes.map((q) => [q.act, q.text])).toEqual([['SPEECH', 'the depot had been empty for a year']]);
    expect(toContract('a', x, undefined, true).quotes.map((q) => q.act)).toEqual(['BELIEF', 'SPEECH']);
  });

  it('the knowledge base stores the belief beside the speech, each with its act and its links numbered from it', () => {
    const article = { contentHash: 'h', title: 'Fire at depot', publication: null, credit: null, text: story, bodyStart: 15 };
    const metadata = { bodyEnd: story.length, url: null, publishedAt: null, language: null, sourceName: null, extractorVersion: 'v' };
    const payload = articlePayload({ ...article, ...metadata, extraction: x });
    expect(payload.quotes.map((q) => [q.position, q.act, q.text])).toEqual([
      [0, 'BELIEF', 'the fire was started deliberately'],
      [1, 'SPEECH', 'the depot had been empty for a year'],
    ]);
    expect(payload.quoteStatements.map((l) => l.quote)).toEqual([0, 1]);
  });
});

// ", with Tom Pike taking to the radio to …": an absolute phrase whose subject is a name tells another's
// act alongside what was said (narrator-additions.ts) and speaks for an infinitive of speech in it
// (absolute-subjects.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const readings = (body: string) => quoteReadings(body).map((q) => [q.cue, q.mention, q.text]);

describe('an absolute phrase with a named subject after a content', () => {
  it('ends the content at its comma', () => {
    expect(readings('The two rivals questioned each other’s record, with Senator Ann Holt now pressing her attack on the pier deal.')).toContainEqual([
      'questioned',
      'two rivals',
      'each other’s record',
    ]);
    expect(readings('The council condemned the ferry strike, with Velmora Ferries taking out adverts against the union.')).toEqual([
      ['condemned', 'The council', 'the ferry strike'],
    ]);
  });

  it('gives an infinitive of speech in it to the name', () => {
    expect(readings('Ann Holt denied the harbour deal was signed, with Tom Pike taking to the radio to call her a liar.')).toEqual([
      ['denied', 'Ann Holt', 'the harbour deal was signed'],
      ['call', 'Tom Pike', 'her a liar'],
    ]);
  });

  it('leaves a figure or a common noun doing something inside what was said', () => {
    expect(readings('Ann Holt said the pier would stay shut, with 40 percent of traders backing her.')).toEqual([
      ['said', 'Ann Holt', 'the pier would stay shut, with 40 percent of traders backing her'],
    ]);
    expect(readings('The board said revenue rose in May, with ferry sales leading the way.')).toEqual([
      ['said', 'The board', 'revenue rose in May, with ferry sales leading the way'],
    ]);
  });
});

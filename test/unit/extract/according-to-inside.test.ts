// "according to X" set off by commas inside what it reports: after a subordinator the source reports
// the clause after it only; an object or a participle after it goes on with the clause before it;
// after a colon it opens the report. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('"according to" inside the words it reports', () => {
  it('reports the clause a subordinator before it opens, not the narration before that', () => {
    expect(partsAndSpeakers('Tom Pike left Velmora after, according to aides, the talks failed.')).toEqual([[['the talks failed'], 'aides']]);
    expect(partsAndSpeakers('Ann Holt stayed home because, according to her sister, the roads were closed.')).toEqual([
      [['the roads were closed'], 'her sister'],
    ]);
  });

  it('joins the object of the verb before it to its clause', () => {
    expect(partsAndSpeakers('The ferry firm earns, according to one report, five million dollars a year from Velmora.')).toEqual([
      [['The ferry firm earns', 'five million dollars a year from Velmora'], 'one report'],
    ]);
  });

  it('joins a participle after it to the clause before it', () => {
    expect(partsAndSpeakers('Tom Pike gave his blessing, according to court papers, becoming the owner of the ferry.')).toEqual([
      [['Tom Pike gave his blessing', 'becoming the owner of the ferry'], 'court papers'],
    ]);
  });

  it('opens the report after a colon', () => {
    expect(partsAndSpeakers('The gap has grown: according to a poll, Ann Holt leads by ten points.')).toEqual([[['Ann Holt leads by ten points'], 'a poll']]);
  });

  it('keeps a clause before the source and one set off after it apart', () => {
    expect(partsAndSpeakers('The ferry will run again in May, according to Ann Holt.')).toEqual([[['The ferry will run again in May'], 'Ann Holt']]);
    expect(partsAndSpeakers('The ferry, according to Ann Holt, will run again in May.')).toEqual([[['The ferry', 'will run again in May'], 'Ann Holt']]);
  });
});

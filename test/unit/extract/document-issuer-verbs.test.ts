// A document named with its issuer after "by" or "from" speaks for that issuer when the story goes
// on with "the report": the issuer's words end at the verb of the clause they stand in. Short
// examples written for the test in the style of health and business news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a document issued by a body named before a verb', () => {
  it('speaks for the body, without the verb', () => {
    expect(speakersOf('A report by the National Audit Office found that rural clinics cost less. The report found that waiting times had fallen.')).toEqual([
      'National Audit Office',
      'National Audit Office',
    ]);
    expect(
      speakersOf('A study from the Coastal Fisheries Institute concluded that stocks were recovering. The study warned that quotas must stay low.'),
    ).toEqual(['Coastal Fisheries Institute', 'Coastal Fisheries Institute']);
  });
});

describe('a study, a survey or a poll named again by another of those words', () => {
  const survey = 'Voters are being struck off in Velmora, according to a recent Northwind survey of the rolls. ';

  it('speaks for the one the story quoted through it', () => {
    expect(speakersOf(`${survey}The study found that poor areas lost twice as many voters.`)).toEqual(['Northwind', 'Northwind']);
    const poll = 'Voters are leaving the ferry party, according to a recent Northwind poll. The survey found that one in three had left.';
    expect(speakersOf(poll)).toEqual(['Northwind', 'Northwind']);
  });

  it('stays unnamed after a statement, which is another kind', () => {
    const statement = 'In a statement, Tom Pike said the ferry would run. The study found that poor areas lost twice as many voters.';
    expect(speakersOf(statement)).toEqual(['Tom Pike', 'The study']);
  });
});

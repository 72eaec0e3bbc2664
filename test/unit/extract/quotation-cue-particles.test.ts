// Verbs that attribute a quotation beside it with their particle ("went on", "cried out") or as a
// manner of speaking ("reacted", "exhorted"). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a quotation attributed by going on, crying out, reacting', () => {
  it('is the speaker’s', () => {
    expect(quotesOf('Ferry fares rose in Velmora. “We waited a year for this,” Tom Pike went on.')).toEqual([
      ['DIRECT', 'Tom Pike', 'went', ['We waited a year for this,']],
    ]);
    expect(quotesOf('Ferry fares rose in Velmora. “Not again!” the crowd cried out.')).toEqual([['DIRECT', 'the crowd', 'cried', ['Not again!']]]);
    expect(quotesOf('Ferry fares rose in Velmora. “Is this fair?” reacted Tom Pike.')).toEqual([['DIRECT', 'Tom Pike', 'reacted', ['Is this fair?']]]);
    expect(quotesOf('Ferry fares rose in Velmora. “We waited a year,” exhorted the mayor’s aide, Ann Holt.')).toEqual([
      ['DIRECT', 'Ann Holt', 'exhorted', ['We waited a year,']],
    ]);
  });
});

describe('near cases that stay as they were', () => {
  it('going on to do something, or crying without words, attributes nothing', () => {
    expect(quotesOf('The harbour hosted “Pier Nights,” which went on to run for a decade.')).toEqual([]);
    expect(quotesOf('Ferry fares rose in Velmora. “Pier Nights” went on to run for a decade.')).toEqual([]);
    expect(quotesOf('The child cried. “Where is the ferry?” Tom Pike cried.')).toEqual([]);
    expect(quotesOf('Ferry fares rose in Velmora. “We waited a year for this.” He went on to praise the crews.').filter((q) => q[2] === 'went')).toEqual([]);
  });
});

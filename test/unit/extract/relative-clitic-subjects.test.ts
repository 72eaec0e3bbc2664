// A relative clause on the subject whose verb is written as the clitic of "who" ("who’d", "who’ve")
// hangs from the noun before it as "who would" does: that noun speaks, not a name inside the clause.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"who’d" and "who’ve" open a relative clause on the subject', () => {
  it('the noun the clause hangs from speaks', () => {
    expect(speakersOf('Many of the local leaders who’d rather be working for Ann Holt or Tom Pike said they had rallied behind the ticket.')).toEqual([
      'Many of the local leaders',
    ]);
    expect(speakersOf('Parents who’ve lost patience with Ann Holt said the school must close.')).toEqual(['Parents']);
    expect(speakersOf('The aide who’d briefed Tom Pike said the plan was dead.')).toEqual(['The aide']);
  });

  it('written in full, as before', () => {
    expect(speakersOf('Many of the local leaders who would rather be working for Ann Holt said they had rallied behind the ticket.')).toEqual([
      'Many of the local leaders',
    ]);
  });
});

// An infinitive reported after a cue keeps the clause it holds: "pledged to cut taxes if he is
// elected" is no time or venue phrase ending at "he". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('an infinitive holding a clause with a subject of its own', () => {
  it('reports the infinitive whole, its condition too', () => {
    expect(quotesAsWritten('Tom Pike pledged to cut taxes if he is elected.')).toEqual([
      { cue: 'pledged', speaker: 'Tom Pike', text: 'to cut taxes if he is elected' },
    ]);
    expect(quotesAsWritten('Ann Holt promised to take bold action if she wins the race.')).toEqual([
      { cue: 'promised', speaker: 'Ann Holt', text: 'to take bold action if she wins the race' },
    ]);
    expect(quotesAsWritten('Tom Pike vowed to reopen the quay once they repair the harbour wall.')).toEqual([
      { cue: 'vowed', speaker: 'Tom Pike', text: 'to reopen the quay once they repair the harbour wall' },
    ]);
  });
});

describe('what stays', () => {
  it('a time, a venue or a listener after "to" before the subject of what was said', () => {
    expect(quotesAsWritten('Tom Pike said after the vote he would run again.')).toEqual([{ cue: 'said', speaker: 'Tom Pike', text: 'he would run again' }]);
    expect(quotesAsWritten('Ann Holt said to reporters she would run again.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'she would run again' }]);
    expect(quotesAsWritten('Ann Holt said to the crowd in Velmora she would run again.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'she would run again' },
    ]);
  });
});

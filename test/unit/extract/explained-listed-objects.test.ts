// "explained" and "listed" report their object as what was said, as "outlined" and "discussed" do:
// what an explanation was of, what was set out one by one. The bare "list" is as often the noun ("a
// long list of …") and reports nothing; a clause after "explained" reports as before. Short examples
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('the object of "explained" and "listed"', () => {
  it('is what the speaker said', () => {
    expect(quotesSaid('Tom Pike explained his vote on the Velmora quay.')).toEqual([
      { cue: 'explained', speaker: 'Tom Pike', text: 'his vote on the Velmora quay' },
    ]);
    expect(quotesSaid('Ann Holt then listed the flaws of the ferry contract.')).toEqual([
      { cue: 'listed', speaker: 'Ann Holt', text: 'the flaws of the ferry contract' },
    ]);
  });

  it('a clause after "explained" and the noun "list" report as before', () => {
    expect(quotesSaid('Tom Pike explained that the levy was fair.')).toEqual([{ cue: 'explained', speaker: 'Tom Pike', text: 'the levy was fair' }]);
    expect(quotesSaid('Ann Holt has a long list of grievances against the harbour board.')).toEqual([]);
    expect(quotesSaid('The storm explains the delay at the quay.')).toEqual([]);
  });
});

// A plural cue word right after a verb that takes it as its object ("has prompted calls for …",
// "uttering charges that …") or right after a preposition ("fired over comments that …") is a noun,
// and the words before it are no speaker. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const mentions = (body: string) => quoteReadings(body).map((q) => q.mention);

describe('a plural cue word after a verb or a preposition', () => {
  it('is a noun after a preposition: "rose Monday over claims that …" has no speaker in "Concerns rose Monday over"', () => {
    expect(mentions('Concerns rose Monday over claims that the harbour tolls had been raised overnight.')).toEqual([null]);
    expect(mentions('After a Velmora radio host was fired over comments that compared the mayor to a clown, the station apologised.')).toEqual([]);
  });

  it('is the object of a verb before it: "has prompted calls for …", "uttering charges that …"', () => {
    expect(quoteReadings('The survey has prompted calls for all harbour boats to be inspected. They say the checks are cheap.').map((q) => q.cue)).toEqual([
      'say',
    ]);
    expect(mentions("Mark Reed spent the week praising the mayor and uttering charges that the council, for one, called ''reckless spending.''")).not.toContain(
      'uttering',
    );
  });

  it('stays a verb after a noun, a passive or an adjective the lexicon does not know as a verb', () => {
    expect(quoteReadings('Leaked documents show the harbour lost money last year.').map((q) => [q.cue, q.mention])).toEqual([['show', 'Leaked documents']]);
    expect(quoteReadings('A man who was arrested claims he was beaten by the guards.').map((q) => [q.cue, q.mention])).toEqual([['claims', 'A man']]);
    expect(quoteReadings('The harbour board calls the plan a mistake.').map((q) => q.mention)).toEqual(['The harbour board']);
    expect(quoteReadings('A recording of the harbour meeting shows that the board voted to sell the pier.').map((q) => q.mention)).toEqual(['A recording']);
  });
});

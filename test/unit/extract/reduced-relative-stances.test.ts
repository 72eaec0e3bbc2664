// A present participle of a stance or an object verb right after a noun ("a group backing Ann Holt",
// "activists supporting the levy") opens a clause on that noun, a relative clause without "who": the
// noun takes the stance, and the object ends at a comma or, when the noun is the sentence's subject,
// before the main clause's verb. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a stance in a participle right after its noun', () => {
  it('the noun backs or supports what follows, up to the main verb', () => {
    expect(quotesSaid('A group backing Tom Pike spent $2 million on ads in Velmora.')).toEqual([{ cue: 'backing', speaker: 'A group', text: 'Tom Pike' }]);
    expect(quotesSaid('A group criticizing Tom Pike spent $2 million on ads in Velmora.')).toEqual([
      { cue: 'criticizing', speaker: 'A group', text: 'Tom Pike' },
    ]);
    expect(quotesSaid('Still, members backing the bill have voted for it.')[0]).toEqual({ cue: 'backing', speaker: 'members', text: 'the bill' });
  });

  it('"supporting" after people reports what they support, up to a comma or a dash', () => {
    expect(quotesSaid('Ann Holt met the activists supporting the harbour levy.')).toEqual([
      { cue: 'supporting', speaker: 'the activists', text: 'the harbour levy' },
    ]);
    expect(quotesSaid('Fishermen supporting Ann Holt, the harbour master, rallied at the quay.')).toEqual([
      { cue: 'supporting', speaker: 'Fishermen', text: 'Ann Holt' },
    ]);
    expect(quotesSaid('Some voters backed the levy, with others supporting a ban on ferry tolls -- and not the levy.')[1]).toEqual({
      cue: 'supporting',
      speaker: 'others',
      text: 'a ban on ferry tolls',
    });
  });

  it('"supporting" as an adjective or for beams takes no stance; opening the sentence it is the subject\'s', () => {
    expect(quotesSaid('Tom Pike played a supporting role in the film.')).toEqual([]);
    expect(quotesSaid('The pier has steel columns supporting the deck.')).toEqual([]);
    expect(quotesSaid('In supporting the levy, the council lost votes.')).toEqual([{ cue: 'supporting', speaker: 'the council', text: 'the levy' }]);
  });

  it('a participle set off by commas keeps its reading', () => {
    expect(quotesSaid('The union, backing Tom Pike, spent $2 million.')).toEqual([{ cue: 'backing', speaker: 'The union', text: 'Tom Pike' }]);
  });
});

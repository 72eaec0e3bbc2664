// A subject described between commas before its cue speaks, not a name or a noun inside the description:
// the subject of a clause set off in it ("whose firm, Harbour Data, owns the ferries,"), the object a
// participle takes with its place ("facing a challenge in Velmora, a port,") and a paper's name after
// the paper ("the editor of the town's paper, Il Corriere Velmorese,"). Stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a name or a noun inside the description of a subject', () => {
  it.each([
    ['Tom Pike, whose firm, Harbour Data, owns the ferries, said the pier would close.', 'Tom Pike'],
    ['Ann Holt, whose latest venture, Quayside Marine, uses old boats, said the levy was unfair.', 'Ann Holt'],
    ['Mayor Ann Holt, facing a stiff challenge in Velmora, a port town, said she would back the levy.', 'Ann Holt'],
    ['Tom Pike, the editor in chief of the town’s daily newspaper, Il Corriere Velmorese, said every mayor was political.', 'Tom Pike'],
  ])('%s is spoken by %s', (story, speaker) => {
    expect(quoteReadings(story).map((q) => [q.speaker, q.mention])).toEqual([[speaker, speaker]]);
  });

  it('leaves a description whose past describes, a person renamed and a place-bound head as they were', () => {
    expect(quoteReadings('The survey, conducted by the Velmora Institute, finds the levy unpopular.').map((q) => q.speaker)).toEqual(['The survey']);
    expect(quoteReadings('The aides, led by Tom Pike, told the council that they would not back the levy.').map((q) => q.speaker)).toEqual(['The aides']);
    expect(quoteReadings('Ann Holt, the wife of the mayor, Tom Pike, said the pier would close.').map((q) => q.speaker)).toEqual(['Tom Pike']);
    expect(quoteReadings('Officials in Velmora, speaking on condition of anonymity, said the ferry would close.').map((q) => q.speaker)).toEqual(['Officials']);
  });
});

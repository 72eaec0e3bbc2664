// "The Harbour Party contenders said", "Velmora Port employees told": people a named body modifies,
// named by what they do, speak as themselves, not as the body; a role's people already did ("European
// Union leaders"), and a body's document still speaks for it ("the Reuters survey"). Short examples
// written for the test in the style of political news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('people named by what they do after a body', () => {
  it('speak as themselves, not as the body', () => {
    const race = 'Four men are running for the Velmora seat. The Harbour Party contenders said that the ferry fares were too high.';
    expect(quoteReadings(race).map((q) => q.mention)).toEqual(['The Harbour Party contenders']);
    const port = 'The port shut two of its docks on Monday. Velmora Port employees told reporters that the cranes had not been repaired for years.';
    expect(quoteReadings(port).map((q) => q.speaker)).not.toContain('Velmora Port');
  });

  it('leaves a body speaking through its document', () => {
    const survey = 'The Harbour Party survey found that most voters wanted cheaper ferries.';
    expect(quoteReadings(survey).map((q) => q.speaker)).toEqual(['Harbour Party']);
  });
});

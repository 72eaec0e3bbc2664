// A bare weekday between a subject and its cue ("Ann Holt Thursday told …", "Pike later Thursday
// said …") is when the words were said, not part of the subject (words-between.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a bare weekday between a subject and its cue', () => {
  it('after a name, the name speaks', () => {
    expect(quoteReadings('The harbour board met in Velmora. Ann Holt Thursday told the board that the budget would shrink.')).toMatchObject([
      { cue: 'told', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the budget would shrink' },
    ]);
    expect(quoteReadings('Tom Pike Friday morning said the ferry would keep running.')).toMatchObject([
      { cue: 'said', speaker: 'Tom Pike', mention: 'Tom Pike' },
    ]);
  });

  it('after "later" or an adverb, the name before them speaks', () => {
    expect(quoteReadings('Tom Pike met the dockers in Velmora. Pike later Thursday told reporters that the strike would end.').map((q) => q.speaker)).toEqual([
      'Tom Pike',
    ]);
    expect(quoteReadings('Ann Holt also Tuesday said the levy was fair.').map((q) => q.speaker)).toEqual(['Ann Holt']);
  });

  it('a weekday in a name, or after a participle, stays where it is', () => {
    expect(quoteReadings('Velmora Rovers beat Sheffield Wednesday. Sheffield Wednesday said the referee was wrong.').map((q) => q.speaker)).toEqual([
      'Sheffield Wednesday',
    ]);
    expect(quoteReadings('A fact sheet the council released Monday said rents would rise.').map((q) => q.mention?.endsWith('released Monday'))).toEqual([true]);
  });
});

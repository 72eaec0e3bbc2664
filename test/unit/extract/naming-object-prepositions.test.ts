// A naming verb's object may hold a preposition of its own before the quoted name it is given
// ("called undocumented fishermen from Velmora “pirates”"): the object and the name are what was said,
// as with an object of one word. A call made from somewhere or to ask something names nothing.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a preposition inside the object of a naming verb', () => {
  it('belongs to the object named', () => {
    expect(quotesSaid('In her speech, Ann Holt called undocumented fishermen from Velmora “pirates.”')).toEqual([
      { cue: 'called', speaker: 'Ann Holt', text: 'undocumented fishermen from Velmora “pirates.”' },
    ]);
    expect(quotesSaid('Tom Pike called the plan for the harbour “a disgrace.”')).toEqual([
      { cue: 'called', speaker: 'Tom Pike', text: 'the plan for the harbour “a disgrace.”' },
    ]);
  });

  it('a call made from a place or to ask names nothing', () => {
    expect(quotesSaid('Ann Holt called from Velmora “to say hello.”').filter((q) => q.cue === 'called')).toEqual([]);
    expect(quotesSaid('Tom Pike called the office for a refund.')).toEqual([]);
  });
});

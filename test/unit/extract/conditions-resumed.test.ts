// A subordinate clause opening the sentence ("If she wins", "When the boats came in") cannot end it,
// so an attribution set off after it with a time or a venue ("Ann Holt said in a tweet,") interrupts
// what was said: the main clause after it is said too. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const said = (story: string) => quoteReadings(story).map((q) => [q.speaker, q.text]);

describe('an attribution with a time or a venue after an opening condition', () => {
  it('reports the condition and the main clause after it, the attribution left out', () => {
    expect(said('If she wins, Ann Holt said in a tweet, the ferry will stay public.')).toEqual([['Ann Holt', 'If she wins the ferry will stay public']]);
    expect(said('If she wins, Ann Holt suggested on Monday, traders will not pay the levy.')).toEqual([
      ['Ann Holt', 'If she wins traders will not pay the levy'],
    ]);
    expect(said('When the boats came in, Tom Reed said in an interview, the harbour master waved them away.')).toEqual([
      ['Tom Reed', 'When the boats came in the harbour master waved them away'],
    ]);
  });

  it('not after a main clause, where what follows is the narrator’s', () => {
    expect(said('The ferry left early, Ann Holt said on Monday, days after the strike began.').map((q) => q[1])).toEqual(['The ferry left early']);
  });
});

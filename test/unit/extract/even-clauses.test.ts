// "even though …", "even if …", "even as …" after an object the cue reports is the narrator's
// concession or the event told alongside (even-clauses.ts); after a clause or an infinitive the
// speaker goes on with it. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../support/extraction.js';

describe('"even" opening a clause after an object', () => {
  it('ends the object, with the comma before it', () => {
    expect(textsOf('Ann Holt called for the closure of the pier, even though the council had voted to keep it open.', 'called')).toEqual([
      'the closure of the pier',
    ]);
    expect(textsOf('Tom Pike ordered such a closure, even though the pier had passed its inspection.', 'ordered')).toEqual(['such a closure']);
    expect(textsOf('Ann Holt praised the new ferry timetable even though few boats ran on time.', 'praised')).toEqual(['the new ferry timetable']);
    expect(textsOf('The mayor criticized the harbour levy, even if the town needs the money.', 'criticized')).toEqual(['the harbour levy']);
  });

  it('ends it before "even as", whose clause may report on its own', () => {
    expect(textsOf('Tom Pike defended the ferry levy even as fares rose across Velmora harbour.', 'defended')).toEqual(['the ferry levy']);
    expect(textsOf('Ann Holt pledged to keep the pier open -- even as the council closed in on a vote to shut it.', 'pledged')).toEqual([
      'to keep the pier open',
    ]);
  });
});

describe('what the speaker goes on with', () => {
  it('keeps a concession after a clause', () => {
    expect(textsOf('Ann Holt said the pier would stay shut even if the council objected.', 'said')).toEqual([
      'the pier would stay shut even if the council objected',
    ]);
    expect(textsOf('Ann Holt said that even if the council objected, the pier would stay shut.', 'said')).toEqual([
      'even if the council objected, the pier would stay shut',
    ]);
  });

  it('keeps the condition of a pledge or an appeal', () => {
    expect(textsOf('Tom Pike vowed not to sell the ferry even if prices rose.', 'vowed')).toEqual(['not to sell the ferry even if prices rose']);
  });

  it('keeps "even as" a role', () => {
    expect(textsOf('Ann Holt warned that Tom Pike, even as a candidate, had hurt the harbour trade.', 'warned')).toEqual([
      'Tom Pike, even as a candidate, had hurt the harbour trade',
    ]);
  });
});

// An attribution set off by dashes inside a sentence interrupts one content as one set off by commas
// does, and a time without a preposition after its cue ("this week") or an adverb before the verb
// resumed ("even") keeps it set off. Short examples written for the test (a harbour levy in Velmora).
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

const intro = 'Ann Holt chairs the Velmora harbour board.';

describe('an attribution set off by dashes inside a sentence', () => {
  it('parts what was said on both sides of it, whatever the dash', () => {
    expect(partsAndSpeakers(`${intro} The levy — Holt said — will fail.`)).toEqual([[['The levy', 'will fail'], 'Ann Holt']]);
    expect(partsAndSpeakers(`${intro} The new quay -- Holt said on Tuesday -- would open in May.`)).toEqual([
      [['The new quay', 'would open in May'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} Harbour fees - as Holt noted - fall hardest on small boats.`)).toEqual([
      [['Harbour fees', 'fall hardest on small boats'], 'Ann Holt'],
    ]);
  });

  it('but an aside holding a clause of its own sets off no attribution', () => {
    expect(partsAndSpeakers(`${intro} The board approved the levy — Holt said it was needed — and the quay will close.`)).toEqual([
      [['it was needed'], 'Ann Holt'],
    ]);
  });

  it('steps over "this week" after the cue and an adverb before the verb resumed, dashes or commas', () => {
    expect(partsAndSpeakers(`${intro} Tom Pike -- as Holt noted this week -- even backed the levy.`)).toEqual([
      [['Tom Pike', 'even backed the levy'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} Tom Pike, as Holt noted this week, even backed the levy.`)).toEqual([[['Tom Pike', 'even backed the levy'], 'Ann Holt']]);
  });
});

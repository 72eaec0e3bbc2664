// Speech in a relative clause without a pronoun ("the only regret she admitted was …", "a probe the
// board said was ongoing"): the noun the clause describes is the subject of what was said, so the
// content opens at it, in two pieces around the speaker and cue. Stories written for the test: a
// harbour council, its ferry line and a pier inquiry.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a relative clause without a pronoun holding the speaker', () => {
  it('opens the content at the noun phrase it describes, when what was said opens with an auxiliary', () => {
    expect(partsAndSpeakers('The only regret Ann Holt admitted was the fare rise on the night boat.')).toEqual([
      [['The only regret', 'was the fare rise on the night boat'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('The council opened a probe the harbour board said was still under way in May.')).toEqual([
      [['a probe', 'was still under way in May'], 'the harbour board'],
    ]);
    expect(partsAndSpeakers("Velmora bought the boat its harbour master said couldn't cross in winter.")).toEqual([
      [['the boat', "couldn't cross in winter"], 'its harbour master'],
    ]);
    expect(partsAndSpeakers('The council shut a pier the harbour board said cannot reopen before June.')).toEqual([
      [['a pier', 'cannot reopen before June'], 'the harbour board'],
    ]);
  });

  it('leaves what was said with a subject of its own, and a relative pronoun, as they were', () => {
    expect(partsAndSpeakers('Tom Reyes said the plan would fail.')).toEqual([[['the plan would fail'], 'Tom Reyes']]);
    expect(partsAndSpeakers('Ann Holt told the council the pier would close in May.')).toEqual([[['the pier would close in May'], 'Ann Holt']]);
    expect(partsAndSpeakers('The council approved the budget that Ann Holt said was too small.')).toEqual([[['that', 'was too small'], 'Ann Holt']]);
  });

  it('opens nothing at a noun after a preposition or without a determiner', () => {
    expect(partsAndSpeakers('Ferries crossed to islands Ann Holt said were cut off.').every(([parts]) => !parts?.[0]?.startsWith('islands'))).toBe(true);
  });
});

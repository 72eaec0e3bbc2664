// A speech noun after a light verb, with the listener it was given to or "yet" before its "that"
// clause: "made the case to voters that …", "offered her firmest promise yet that …"; and the nouns
// "observation" and "commitment", speech after "make".
import { describe, expect, it } from 'vitest';
import { saidAndSpeakers as said } from '../../support/extraction.js';

describe('a light verb and its speech noun, then a listener', () => {
  it('"made the case to X that": the subject speaks the clause', () => {
    expect(said('Ann Holt is making an urgent case to the voters of Velmora that the quay must be saved.')).toEqual([['the quay must be saved', 'Ann Holt']]);
    expect(said('Tom Pike made the case to farmers that he would be a better choice.')).toEqual([['he would be a better choice', 'Tom Pike']]);
    expect(said('Ann Holt gave assurances to the union that no jobs would go.')).toEqual([['no jobs would go', 'Ann Holt']]);
  });

  it('"yet" after the noun: "offered her firmest promise yet that"', () => {
    expect(said('Ann Holt offered her firmest promise yet that she would block the deal.')).toEqual([['she would block the deal', 'Ann Holt']]);
  });

  it('"made a commitment that", "made the observation that"', () => {
    expect(said('Tom Pike made a commitment that he would campaign in Velmora.')).toEqual([['he would campaign in Velmora', 'Tom Pike']]);
    expect(said('Tom Pike made the observation that there was no real disagreement.')).toEqual([['there was no real disagreement', 'Tom Pike']]);
  });

  it('a relative clause after the listener, or a listener and no clause, is no speech', () => {
    expect(said('Tom Pike made a commitment to the town that lasted ten years.')).toEqual([]);
    expect(said('Ann Holt gave a speech to the workers that moved them.')).toEqual([]);
    expect(said('Ann Holt made the case to the council on Monday.')).toEqual([]);
    expect(said('Tom Pike gave a commitment to the town.')).toEqual([]);
  });
});

// Two names joined by "and", then a description of both set off by commas before the cue ("both
// Democrats", "the two founders of …", "co-chairs of the panel"), speak together. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a description of both set off after two joined names', () => {
  it('leaves the two the speakers', () => {
    expect(speakersOf('Tom Pike and Ann Holt, both Democrats, said the plan was dead.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike and Ann Holt, two veteran councillors, said the plan was dead.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike and Ann Holt, the two founders of Velmora Bank, said the plan was dead.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike and Ann Holt, co-chairs of the panel, have said the plan was dead.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Velmora Bank and Korvena Shipping, both lenders to the port, said the plan was dead.')).toEqual(['Velmora Bank and Korvena Shipping']);
  });

  it('but one describing the second alone leaves the name before the cue', () => {
    expect(speakersOf('Tom Pike and Ann Holt, a lawyer for the Democrats, said the plan was dead.')).toEqual(['Ann Holt']);
    expect(speakersOf('Ann Holt, the head of the councillors, said the plan was dead.')).toEqual(['Ann Holt']);
  });
});

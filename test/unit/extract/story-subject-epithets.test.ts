// A bare "the businessman" or "the candidate", a word nobody in the story was titled with, is the
// person the story names most, not whoever was named last.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakerOf = (body: string, mention: string) => quoteReadings(body).find((q) => q.mention === mention)?.speaker;

const story = (quoted: string, description: string) =>
  'Dan Colby spoke to ferry owners in Velmora on Monday. Colby promised to cut the harbour levy. Colby also said he would sell the old pier. ' +
  `Colby has built four marinas. “It was offensive,” said ${quoted}. Instead, ${description} has insisted that the levy will fall.`;

describe('an epithet for the person a story is about', () => {
  it('"the businessman" with nobody titled so is the person named most', () => {
    expect(speakerOf(story('Tom Reed', 'the businessman'), 'the businessman')).toBe('Dan Colby');
    expect(speakerOf(story('Tom Reed', 'the candidate'), 'the candidate')).toBe('Dan Colby');
  });

  it('stays the one titled so, or one named as often, and a description saying more is read as before', () => {
    expect(speakerOf(story('businessman Tom Reed', 'the businessman'), 'the businessman')).toBe('Tom Reed');
    const even =
      'Dan Colby spoke in Velmora on Monday. Tom Reed said the levy was fair. “It was offensive,” said Tom Reed. Instead, the businessman has insisted that the levy will fall.';
    expect(speakerOf(even, 'the businessman')).toBe('Tom Reed');
    expect(speakerOf(story('Tom Reed', 'the Velmora businessman'), 'the Velmora businessman')).not.toBe('Dan Colby');
  });
});

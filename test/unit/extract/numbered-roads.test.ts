// A road's word and its number name a road, a place. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** The places of a short traffic story, by the words that name them. */
const placesIn = (story: string) =>
  recognizeEntities(layout(`Traffic\n\n${story}`))
    .filter((e) => e.type === 'LOCATION')
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => m.text));

describe('a road named by its number', () => {
  it('is a place, its number a word of its name', () => {
    expect(placesIn('The crash closed Interstate 95 near Dunmore on Friday, police said.')).toEqual(['Interstate 95', 'Dunmore']);
    expect(placesIn('The truck overturned on Highway 61 late on Monday.')).toEqual(['Highway 61']);
    expect(placesIn('Signs went up along Interstates 80 and 90 and on Route 9A.')).toEqual(['Interstates 80', 'Route 9A']);
  });

  it('a year after the word is no road number, and a body named after a road stays the body', () => {
    expect(placesIn('The Highway 2030 plan was approved by the council.')).toEqual([]);
    expect(placesIn('The Route 66 Trust said 40 volunteers helped.').includes('Route 66')).toBe(false);
  });
});

// The people a speaker phrase names before "in" or "at" speak, not the place or the group after it: a
// region abbreviated after a town ("at a rally in Dunmore, Tex.,"), a place counted with a word of order
// ("in the next two towns") and a group after a noun for people by what they do ("Donors in both
// parties"). Stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a place or a group after the head of a speaker phrase', () => {
  it.each([
    ['The day before, at a rally in Dunmore, Tex., Mayor Ann Holt was just as blunt, claiming that the pier was unsafe.', 'Ann Holt'],
    ['Officials in the next two towns said the ferry would stop.', 'Officials'],
    ['Harbour traders in the last three ports say the levy is unfair.', 'Harbour traders'],
    ['Wealthy donors in both parties said the levy was unfair.', 'Wealthy donors'],
    ['Bundlers in both parties said their networks were small.', 'Bundlers'],
  ])('%s is spoken by %s', (story, speaker) => {
    expect(quoteReadings(story).map((q) => q.mention)).toEqual([speaker]);
  });

  it('leaves a phrase counted with no word of order, and an institute’s analysts, as they were', () => {
    expect(quoteReadings('The last two mayors said the ferry would stop.').map((q) => q.mention)).toEqual(['The last two mayors']);
    expect(quoteReadings('Officials in both towns said the ferry would stop.').map((q) => q.mention)).toEqual(['Officials']);
    expect(quoteReadings('Analysts at the Velmora Institute said the levy would pass.').map((q) => q.speaker)).toEqual(['Velmora Institute']);
  });
});

// A word opening a sentence that the story also writes in lower case, and names alone nowhere else, is the
// ordinary word, though a longer name holds it; stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf } from '../../support/extraction.js';

describe('a capitalised opening the story writes in lower case too', () => {
  it('is no name, whatever longer name holds it', () => {
    const story =
      'Children in Velmora lack iodine, doctors say. The National Iodine Nutrition Study was published on Monday. Iodine released from cleaners entered milk.';
    expect(nameMentionsOf(story)).not.toContain('ORGANIZATION:Iodine');
    expect(nameMentionsOf(story)).toContain('ORGANIZATION:National Iodine Nutrition Study');
  });

  it('stays a name where the story names it alone where no sentence opens', () => {
    const story = 'Velk said profits rose. Analysts praised Velk on Monday. A velk is also a kind of boat.';
    expect(nameMentionsOf(story).filter((m) => m.endsWith(':Velk'))).toHaveLength(2);
  });
});

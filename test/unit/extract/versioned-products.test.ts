// A line of products named with its versions ("Harbour Browser 6 … Harbour Browser 9") is no body, person or
// place, wherever the story names it; sides before their scores, amounts and bodies' heads stay; stories written
// for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('products named with their versions', () => {
  it('a name written before two different version numbers names nothing, wherever it stands', () => {
    const names = typedNames(
      'Browsers\nVelsoft waits for the end of Harbour Browser 6. Velsoft said Harbour Browser 9 was almost done, and Harbour Browser is losing users to rivals.',
    );
    expect(names.filter((n) => n.includes('Harbour Browser'))).toEqual([]);
  });

  it('one version alone leaves the name as it was', () => {
    const names = typedNames('Browsers\nVelsoft said Harbour Browser 9 was almost done. Harbour Browser is losing users to rivals.');
    expect(names.some((n) => n.includes('Harbour Browser'))).toBe(true);
  });

  it('sides before their scores in a sports report and amounts after a name stay', () => {
    const match = typedNames('Football\nVelmora 2 Dovra 1. Velmora 0 Korvena 3. The striker scored twice in the match.');
    expect(match.filter((n) => n.endsWith(':Velmora'))).toEqual(['ORGANIZATION:Velmora', 'ORGANIZATION:Velmora']);
    const poll = typedNames(
      'Poll\nIn May the poll gave Ann Holt 15 percent and Tom Pike 12 percent. In June it gave Ann Holt 18 percent and Tom Pike 9 percent.',
    );
    expect(poll.filter((n) => n === 'PERSON:Ann Holt')).toHaveLength(2);
  });
});

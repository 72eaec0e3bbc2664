// Legal forms of Finland, Indonesia, Hungary, Italy, Brazil and Germany end a firm's name as "Ltd" does,
// and the name without its form is that firm; stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf } from '../../support/extraction.js';

describe('legal forms of other countries', () => {
  it('a Finnish "Oy" makes the firm, no place nor person, and the short name after it is the firm', () => {
    const stories = ['Korvik Oy reported a first-half loss on Friday. Korvik said sales fell.', 'Ann Holt sold her stake to Korvik Oy on Monday.'];
    expect(stories.map(nameMentionsOf)).toEqual([
      ['ORGANIZATION:Korvik Oy', 'ORGANIZATION:Korvik'],
      ['PERSON:Ann Holt', 'ORGANIZATION:Korvik Oy'],
    ]);
  });

  it('so do "Tbk", "Kft", "Srl", "Ltda" and "KGaA"', () => {
    for (const form of ['Tbk', 'Kft', 'Srl', 'Ltda', 'KGaA']) {
      expect(nameMentionsOf(`Korvik ${form} reported a first-half loss on Friday.`)).toEqual([`ORGANIZATION:Korvik ${form}`]);
      expect(nameMentionsOf(`The deal was agreed with Korvik ${form} last week.`)).toEqual([`ORGANIZATION:Korvik ${form}`]);
    }
  });
});

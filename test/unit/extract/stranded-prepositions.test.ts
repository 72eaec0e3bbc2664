// Names that a clause ending in a preposition follows after a kind of firm, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { namesOf } from '../../support/extraction.js';

describe('names after a kind of firm', () => {
  it('are the subject of a clause ending in a preposition, persons as the story names them', () => {
    expect(
      namesOf(
        'Pike row\n\nThe deal casts light on campaign chief Tom Pike. Pike and his partner Ann Holt were consultants to the party. One of the lobbying firms Pike and Holt worked with has strong ties. Pike did not respond.',
      ),
    ).toEqual(['PERSON:Tom Pike', 'PERSON:Ann Holt']);
    expect(
      namesOf('Pike row\n\nTom Pike ran the campaign. One of the firms Pike worked for, Korvena Group, has ties to the party. Pike declined to comment.'),
    ).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:Korvena Group']);
  });
  it('while names the kind stands for stay firms', () => {
    expect(
      namesOf(
        'Pike row\n\nInvestment banks Lazard and Rothschild advised the board. The lobbying firm Korvena worked with regulators for a year, said Tom Pike.',
      ),
    ).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:Lazard', 'ORGANIZATION:Rothschild', 'ORGANIZATION:Korvena']);
  });
});

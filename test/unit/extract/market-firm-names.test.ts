// Firms of market reports: a share price moving in any currency, and names in "'s" that act on what
// they own; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typesOf } from '../../support/extraction.js';

describe('a price moving in a currency’s units is a share’s', () => {
  it('in guilders and pence as well as cents, but not a candidate’s standing in a poll', () => {
    const story = typesOf('AMSTERDAM 1996-08-30\nTorvald Nobel fell 1.20 guilders in early trade. Brenner Marks slipped 4p after the results.');
    expect([story.get('Torvald Nobel'), story.get('Brenner Marks')]).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    const poll = typesOf('OHIO 1996-08-30\nRuth Okafor gained 5 points in the latest poll.');
    expect(poll.get('Ruth Okafor')).toBe('PERSON');
  });
});

describe('a name in "\'s" that acts on what it owns', () => {
  it('is the firm, named with its "\'s", and where people work it is no ground', () => {
    const story = typesOf("NEW YORK 1996-08-30\nHalden's cut its rating on the bonds on Friday. Tarrow's sold its stake in the gallery.");
    expect([story.get("Halden's"), story.get("Tarrow's")]).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    const work = typesOf("LONDON 1996-08-30\nAnalysts at Tarrow's said the sale would go ahead. Surrey played at Lord's on Sunday.");
    expect([work.get("Tarrow's"), work.get("Lord's")]).toEqual(['ORGANIZATION', 'LOCATION']);
  });
});

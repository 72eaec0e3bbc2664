// Where the act a speaker declined ends: before "and" or "but" with a verb after it (the speaker's
// next act, a clause of the narrator's), not before a noun joined to the act's object. Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('the act declined, joined by "and" or "but"', () => {
  it('goes on over a noun joined to its object', () => {
    expect(quotesSaid('The Velmora council declined to comment on its plans for the harbour and ferry services.')).toContainEqual({
      cue: 'declined',
      speaker: 'Velmora council',
      text: 'to comment on its plans for the harbour and ferry services',
    });
    expect(quotesSaid('Ann Holt refused to discuss funding for council and mayoral candidates.')).toContainEqual({
      cue: 'refused',
      speaker: 'Ann Holt',
      text: 'to discuss funding for council and mayoral candidates',
    });
  });

  it('ends before the speaker’s next act or a clause of the narrator’s', () => {
    expect(quotesSaid('Ann Holt declined to discuss the ferry contract but said the harbour would reopen in May.')).toEqual([
      { cue: 'declined', speaker: 'Ann Holt', text: 'to discuss the ferry contract' },
      { cue: 'said', speaker: 'Ann Holt', text: 'the harbour would reopen in May' },
    ]);
    expect(quotesSaid('Tom Reyes declined to name the two members and the council later confirmed the vote.')).toContainEqual({
      cue: 'declined',
      speaker: 'Tom Reyes',
      text: 'to name the two members',
    });
  });
});

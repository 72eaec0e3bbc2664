// A gerund of speech after a preposition ("by declaring", "after tweeting") goes with the subject of the
// clause it stands in, as an infinitive of purpose does (gerund-clauses.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('a gerund of speech after a preposition', () => {
  it('goes with the antecedent of the relative clause it stands in', () => {
    expect(mentionOf('The fishermen met Mayor Ann Holt, who opened her campaign by declaring that the pier was unsafe.', 'the pier')).toBe('who');
  });

  it('goes with the subject of the subordinate clause it stands in', () => {
    expect(
      mentionOf('When Ann Holt closes the pier and ignores the fishermen by suggesting the storm may return, I am glad the paper says so.', 'the storm'),
    ).toBe('Ann Holt');
  });

  it('goes with the main clause’s subject after a subordinate clause with a speaker of its own', () => {
    expect(mentionOf('While shop owners and their unions push for a deal, the mayor has won votes by promising to cut the fares.', 'to cut')).toBe('the mayor');
  });

  it('goes so as an infinitive of purpose too', () => {
    expect(mentionOf('The fishermen were angry when Tom Pike went to the quay on Monday to announce that the pier would close.', 'the pier')).toBe('Tom Pike');
  });

  it('goes with the subject past an adverb after the preposition, not a noun inside the clause', () => {
    expect(
      mentionOf(
        'Tom Pike is a fisherman from Velmora. In 2019, he resigned from the Velmora Council after accidentally tweeting that the pier was unsafe.',
        'the pier',
      ),
    ).toBe('he');
  });
  it('goes with the main clause past a relative clause set off by commas or dashes before the preposition', () => {
    expect(
      mentionOf('The dock workers circled Velmora Stadium, where the Velmora Gulls played the Ostbury Rovers, while chanting "Pay us now."', 'Pay us'),
    ).toBe('The dock workers');
    expect(
      mentionOf('The dock workers circled Velmora Stadium – where the Velmora Gulls played the Ostbury Rovers – while chanting "Pay us now."', 'Pay us'),
    ).toBe('The dock workers');
    expect(mentionOf('When Ann Holt toured Velmora Stadium, while saying "This is our home," the crowd cheered.', 'This is')).toBe('Ann Holt');
  });
});

// Those around a person or a campaign ("Holt allies", "the mayor's confidants", "Reed donors") speak
// before a cue that could also be a noun or take an object ("insist", "argue", "claim"), as "aides"
// and "advisers" do. Short examples written for the test in the style of local political news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakerOf = (story: string, said: string) => quoteReadings(story).find((q) => q.text.startsWith(said))?.speaker;

describe('people around a person or a campaign', () => {
  it('speak after the name they go with', () => {
    expect(speakerOf('Ann Holt lost the vote in May. Holt allies insist she will run again.', 'she will run again')).toBe('Holt allies');
    expect(speakerOf('Tom Reed sold the ferry. Reed associates argue the sale saved the harbour.', 'the sale saved')).toBe('Reed associates');
    expect(speakerOf('Tom Reed sold the ferry. Reed donors claim the price was fair.', 'the price was fair')).toBe('Reed donors');
  });

  it('speak after a possessor ("the mayor\'s confidants")', () => {
    expect(speakerOf("The mayor's confidants insist the levy will pass.", 'the levy will pass')).toBe("The mayor's confidants");
    expect(speakerOf("Ann Holt's loyalists argue the council broke its own rules.", 'the council broke')).toBe("Ann Holt's loyalists");
    expect(speakerOf('Campaign insiders insist the bus tour will go ahead.', 'the bus tour')).toBe('Campaign insiders');
  });

  it('are no speakers where nothing is said', () => {
    expect(quoteReadings('Holt allies met in Velmora harbour on Monday.')).toEqual([]);
  });
});

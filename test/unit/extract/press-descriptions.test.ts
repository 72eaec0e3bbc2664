// "The newspaper said" or "the paper reported" is a newspaper: one the story named ("the Velmora
// Gazette", "told the harbour weekly Tidewater"), never a lobby, a party or a college named since;
// with none named it stays its own words. Short examples written for the test in the style of
// political news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"the newspaper" or "the paper" as a speaker', () => {
  it('is the newspaper the story named, past a lobby named since', () => {
    const editorial = [
      'The Velmora Gazette attacked the Ferry Owners Association in an editorial on Sunday.',
      'It said the association had blocked every reform of the harbour.',
      'The newspaper said the fares should be cut by half.',
    ];
    expect(speakersOf(editorial.join(' ')).at(-1)).toBe('Velmora Gazette');
    const sentinel = [
      'The Kelvo Sentinel endorsed Ann Holt on Sunday, the Associated Press reported.',
      'The newspaper said she had kept the harbour open through the storms.',
    ];
    expect(speakersOf(sentinel.join(' ')).at(-1)).toBe('Kelvo Sentinel');
  });

  it('stays its own words where no newspaper was named', () => {
    const lobby = [
      'An editorial in a Korvena paper accused the Harbour Pilots League of holding the port hostage.',
      'According to the paper, the league had stalled talks for a year.',
    ];
    expect(speakersOf(lobby.join(' ')).at(-1)).toBe('the paper');
  });
});

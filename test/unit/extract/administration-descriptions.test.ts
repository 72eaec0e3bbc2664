// "The administration said" is a government's administration: one the story named as such ("the
// Harlow administration", "the Velmora Ferry Administration"), never a union, a chamber or a law
// named since; with none named it stays its own words. Short examples written for the test in the
// style of political news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"the administration" as a speaker', () => {
  it('is the administration the story named, past a union and a chamber named since', () => {
    const rule = [
      'The Harlow administration proposed a new overtime rule on Monday.',
      'The Dockworkers Union of Velmora praised it, while Congress stayed silent.',
      'The administration said the rule would help four million workers.',
    ];
    expect(speakersOf(rule.join(' ')).at(-1)).toBe('Harlow administration');
    const ferries =
      'The Velmora Ferry Administration raised fares. Ann Holt of the Harbour Union objected. The administration said the fares had not risen in ten years.';
    expect(speakersOf(ferries).at(-1)).toBe('Velmora Ferry Administration');
  });

  it('stays its own words where no administration was named', () => {
    const swap = [
      'The Senate Harbour Committee met on Tuesday to discuss the prisoner swap with Korvena.',
      'The administration insisted that the swap was a matter of mercy.',
    ];
    expect(speakersOf(swap.join(' ')).at(-1)).toBe('The administration');
    const law = 'Critics say Holtcare has raised premiums in Velmora. The administration says that premiums fell last year.';
    expect(speakersOf(law).at(-1)).toBe('The administration');
    const lobby = 'The VHA, a lobby of harbour pilots, sued over the ferry rule. The administration says the rule is lawful.';
    expect(speakersOf(lobby).at(-1)).toBe('The administration');
  });
});

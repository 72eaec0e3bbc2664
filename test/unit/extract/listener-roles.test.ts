// A listener named by a role in lower case and the singular with the person's name after it
// ("told host Ann Reyes", "told Harbour Radio founder Ann Lee") is no part of what was told, also
// when no "that" follows. Short examples written for the test in the style of political news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('told a role and a name, then a clause', () => {
  it('leaves the listener out of what was told', () => {
    expect(quoteReadings('Senator Dana Holt told host Ann Reyes she believed the harbour vote was lost.')).toEqual([
      { cue: 'told', speaker: 'Dana Holt', mention: 'Dana Holt', text: 'she believed the harbour vote was lost' },
    ]);
    expect(quoteReadings('Mayor Tom Pike told Harbour Radio founder Ann Lee he would consider running again.')).toEqual([
      { cue: 'told', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'he would consider running again' },
    ]);
    expect(quoteReadings('Mayor Tom Pike told Coast News host Ann Lee the ferry would run all winter.').map((q) => q.text)).toEqual([
      'the ferry would run all winter',
    ]);
    expect(quoteReadings('Mayor Tom Pike told the host Ann Lee he would stay.').map((q) => q.text)).toEqual(['he would stay']);
  });

  it('keeps a name whose verb follows, and a name after a plural, as the subject of what was told', () => {
    expect(quoteReadings('Mayor Tom Pike told his lawyer Dan Ruiz had lied about the ferry.').map((q) => q.text)).toEqual([
      'Dan Ruiz had lied about the ferry',
    ]);
    expect(quoteReadings('Mayor Tom Pike told reporters Ann Lee would run the harbour board.').map((q) => q.text)).toEqual([
      'Ann Lee would run the harbour board',
    ]);
  });
});

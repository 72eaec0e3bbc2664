// A name closing the narration before a colon introduces the quotation after it, with no cue (a
// digest quoting its sources, "- Tom Pike: “…”"). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a name before a colon and a quotation', () => {
  it('makes the quotation the named one’s', () => {
    expect(quotesOf('The surge does not surprise pollster Ann Holt: “Smaller parties gain early and fade by spring.”')).toEqual([
      ['DIRECT', 'Ann Holt', null, ['Smaller parties gain early and fade by spring.']],
    ]);
    expect(quotesOf('Turnout was high in Korvena, the harbour wards first - Tom Pike: “The harbour wards voted in record numbers.”')).toEqual([
      ['DIRECT', 'Tom Pike', null, ['The harbour wards voted in record numbers.']],
    ]);
    expect(quotesOf('Who told you that?\n\nFormer secretary of state Ann Holt: “We learned that from the harbour office.”')).toEqual([
      ['DIRECT', 'Ann Holt', null, ['We learned that from the harbour office.']],
    ]);
    expect(quotesOf('Turnout rose in every ward. More from Pike: “The harbour wards voted in record numbers.”')).toEqual([
      ['DIRECT', 'Pike', null, ['The harbour wards voted in record numbers.']],
    ]);
  });
});

describe('near cases that stay as they were', () => {
  it('a name after a preposition, or an author’s byline, introduces nothing', () => {
    expect(quotesOf('Later that month on KTV: “I never said the pier was safe.”')).toEqual([]);
    expect(quotesOf('“Ferry talks stall again,” by the Gazette’s Ann Holt: “The talks on the Korvena ferry stalled on Monday.”')).toEqual([]);
    expect(quotesOf('Tom Pike answered with a phrase that could have come from Ann Holt herself: “Do not moan to me about the ferry.”')).toEqual([]);
    expect(quotesOf('The photograph went to the Velmora newspaper Harbour Post: “The pier is closing on Monday.”')).toEqual([]);
    expect(quotesOf('Ann Holt wrote to the Velmora newspaper Harbour Post: “The fares are too high for the islanders.”')).toEqual([
      ['DIRECT', 'Ann Holt', 'wrote', ['The fares are too high for the islanders.']],
    ]);
  });

  it('a person acting in the narration keeps the quotation, and a cue keeps its speaker', () => {
    expect(quotesOf('Tom Pike, the harbour master, met Ann Holt: “We talked for an hour.”')).toEqual([
      ['DIRECT', 'Tom Pike', null, ['We talked for an hour.']],
    ]);
    expect(quotesOf('The mayor sent a blunt message to Tom Pike: “Stop blocking the ferry vote.”')).toEqual([
      ['DIRECT', 'The mayor', 'message', ['Stop blocking the ferry vote.']],
    ]);
  });
});

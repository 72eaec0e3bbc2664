// A question told in the passive: "Asked whether …, X said", "When asked by a reporter if …",
// "X was asked about …". What was asked is reported speech, its speaker the one after "by" or
// nobody named. Short examples written for the test in the style of campaign and council reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text.replace(/^that\s+/u, '') }));
}

describe('a question fronted in the passive', () => {
  it('reports what was asked, up to the main clause, with nobody named as asking', () => {
    expect(quotesOf('Asked whether he would stand again, Tom Reyes said he had not decided.')).toEqual([
      { cue: 'Asked', speaker: null, text: 'whether he would stand again' },
      { cue: 'said', speaker: 'Tom Reyes', text: 'he had not decided' },
    ]);
    expect(quotesOf("When asked about the timetable, the council's director, Sarah Eccles, said work would start in May.")).toContainEqual({
      cue: 'asked',
      speaker: null,
      text: 'the timetable',
    });
    expect(quotesOf('Asked at a briefing in Leeds about the closures, council leader Ann Holt said the budget was fixed.')).toContainEqual({
      cue: 'Asked',
      speaker: null,
      text: 'the closures',
    });
  });

  it('the one after "by" asks, and does not answer', () => {
    const quotes = quotesOf('Ann Holt opened the meeting. When asked by a reporter if the plan was dead, she replied that it was not.');
    expect(quotes).toContainEqual({ cue: 'asked', speaker: 'a reporter', text: 'if the plan was dead' });
    expect(quotes).toContainEqual({ cue: 'replied', speaker: 'Ann Holt', text: 'it was not' });
  });
});

describe('a question put to the subject', () => {
  it('"was asked" reports its question, and the answer after it stays the subject\'s', () => {
    const quotes = quotesOf('Tom Reyes was later asked about the merger. He said talks had ended.');
    expect(quotes).toEqual([
      { cue: 'asked', speaker: null, text: 'the merger' },
      { cue: 'said', speaker: 'Tom Reyes', text: 'talks had ended' },
    ]);
    expect(quotesOf('Ann Holt was asked by a caller to a radio show how she would pay for it.')).toEqual([
      { cue: 'asked', speaker: 'a caller', text: 'how she would pay for it' },
    ]);
  });

  it('an active question, a request, an amount or the attribution of a quotation is no passive question', () => {
    expect(quotesOf('Ann Holt asked the minister whether the plan would survive.')).toEqual([
      { cue: 'asked', speaker: 'Ann Holt', text: 'whether the plan would survive' },
    ]);
    expect(quotesOf('The fans were asked to leave the ground.')).toEqual([]);
    expect(quotesOf('He was asked about 20 times.')).toEqual([]);
    expect(quotesOf('“Not yet,” Tom Reyes said when asked about his plans.')).toEqual([{ cue: 'said', speaker: 'Tom Reyes', text: 'Not yet,' }]);
  });
});

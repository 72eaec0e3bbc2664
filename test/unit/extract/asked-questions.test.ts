// A question told in the passive: "Asked whether …, X said", "When asked by a reporter if …",
// "X was asked about …", also after the attribution of a quotation ("“Not yet,” X said when asked
// about …"). What was asked is reported speech, its speaker the one after "by" or nobody named.
// Short examples written for the test in the style of campaign and council reports.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a question fronted in the passive', () => {
  it('reports what was asked, up to the main clause, with nobody named as asking', () => {
    expect(quotesSaid('Asked whether he would stand again, Tom Reyes said he had not decided.')).toEqual([
      { cue: 'Asked', speaker: null, text: 'whether he would stand again' },
      { cue: 'said', speaker: 'Tom Reyes', text: 'he had not decided' },
    ]);
    expect(quotesSaid("When asked about the timetable, the council's director, Sarah Eccles, said work would start in May.")).toContainEqual({
      cue: 'asked',
      speaker: null,
      text: 'the timetable',
    });
    expect(quotesSaid('Asked at a briefing in Leeds about the closures, council leader Ann Holt said the budget was fixed.')).toContainEqual({
      cue: 'Asked',
      speaker: null,
      text: 'the closures',
    });
  });

  it('the one after "by" asks, and does not answer', () => {
    const quotes = quotesSaid('Ann Holt opened the meeting. When asked by a reporter if the plan was dead, she replied that it was not.');
    expect(quotes).toContainEqual({ cue: 'asked', speaker: 'a reporter', text: 'if the plan was dead' });
    expect(quotes).toContainEqual({ cue: 'replied', speaker: 'Ann Holt', text: 'it was not' });
  });
});

describe('a question put to the subject', () => {
  it('"was asked" reports its question, and the answer after it stays the subject\'s', () => {
    const quotes = quotesSaid('Tom Reyes was later asked about the merger. He said talks had ended.');
    expect(quotes).toEqual([
      { cue: 'asked', speaker: null, text: 'the merger' },
      { cue: 'said', speaker: 'Tom Reyes', text: 'talks had ended' },
    ]);
    expect(quotesSaid('Ann Holt was asked by a caller to a radio show how she would pay for it.')).toEqual([
      { cue: 'asked', speaker: 'a caller', text: 'how she would pay for it' },
    ]);
  });

  it('an active question, a request or an amount is no passive question', () => {
    expect(quotesSaid('Ann Holt asked the minister whether the plan would survive.')).toEqual([
      { cue: 'asked', speaker: 'Ann Holt', text: 'whether the plan would survive' },
    ]);
    expect(quotesSaid('The fans were asked to leave the ground.')).toEqual([]);
    expect(quotesSaid('He was asked about 20 times.')).toEqual([]);
  });
});

describe('a question after the attribution of a quotation', () => {
  it('is reported too, nobody named as asking, and the quotation keeps its speaker', () => {
    expect(quotesSaid('“Not yet,” Tom Reyes said when asked about his plans.')).toEqual([
      { cue: 'said', speaker: 'Tom Reyes', text: 'Not yet,' },
      { cue: 'asked', speaker: null, text: 'his plans' },
    ]);
    expect(quotesSaid('“It is not perfect,” Ann Holt said when asked about the new ferry timetable, which was drawn up last year.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'It is not perfect,' },
      { cue: 'asked', speaker: null, text: 'the new ferry timetable' },
    ]);
    const quotes = quotesSaid('“Not yet,” Tom Reyes said when asked about his plans. “We will decide in May, after the harbour vote.”');
    expect(quotes).toContainEqual({ cue: 'asked', speaker: null, text: 'his plans' });
    expect(quotes.filter((q) => q.cue === 'said').map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('a fronted question before a main clause the lexicon reads less surely', () => {
  it('reports the question when the main verb is a past form read as a participle too', () => {
    expect(
      quotesSaid('Asked if there had been any fraud in the harbour vote, Tom Reyes, the mayor’s spokesman, suggested that the ballots were tampered with.'),
    ).toContainEqual({
      cue: 'Asked',
      speaker: null,
      text: 'if there had been any fraud in the harbour vote',
    });
    expect(quotesSaid('Asked which harbour town was her favourite, Ann Holt demurred.')).toEqual([
      { cue: 'Asked', speaker: null, text: 'which harbour town was her favourite' },
    ]);
  });

  it('not when the question has no main clause after it', () => {
    expect(quotesSaid('Asked which harbour town was her favourite, and why.')).toEqual([]);
  });
});

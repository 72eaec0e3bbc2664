// A quoted sentence right after reported speech, with no attribution of its own, goes on with the
// speaker of the report: one speech event in two pieces.
import { describe, expect, it } from 'vitest';
import { extractBody, partsAndSpeakers } from '../../support/extraction.js';

describe('a quoted sentence after reported speech', () => {
  it('is a piece of the same quote, whichever side the attribution stands', () => {
    expect(partsAndSpeakers('Ann Holt said the ferry would stop running in June. “We cannot pay the crews any longer.”')).toEqual([
      [['the ferry would stop running in June', 'We cannot pay the crews any longer.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('The ferry will stop running in June, Ann Holt said. “We cannot pay the crews. The boats are old.”')).toEqual([
      [['The ferry will stop running in June', 'We cannot pay the crews. The boats are old.'], 'Ann Holt'],
    ]);
  });

  it('not with an attribution of its own, after narration, or as a title in a sentence', () => {
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. “It will not,” Tom Reyes replied.')).toEqual([
      [['the ferry would stop'], 'Ann Holt'],
      [['It will not,'], 'Tom Reyes'],
    ]);
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. “The Last Crossing” is a film about it.')).toEqual([[['the ferry would stop'], 'Ann Holt']]);
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. Yes.')).toEqual([[['the ferry would stop'], 'Ann Holt']]);
  });
});

describe('a quotation after an owned speech noun and a colon', () => {
  it('"Her message to the council was blunt: “…”", "His answer: “…”", "In her words: “…”": the owner speaks', () => {
    const quotes = (body: string) => extractBody(body).quotes.map((q) => [q.speaker.name, q.cue?.text ?? null, q.text]);
    expect(quotes('Ann Holt runs the shelter. Her message to the council was blunt: “We are full.”')).toEqual([['Ann Holt', 'message', 'We are full.']]);
    // (The question put to him is reported too, nobody named as asking.)
    expect(quotes('Tom Reed was asked about the plan. His answer: “Never.”')).toEqual([
      [null, 'asked', 'the plan'],
      ['Tom Reed', 'answer', 'Never.'],
    ]);
    expect(quotes('Ann Holt reopened the diner. In her words: “We’re open. Come eat.”')).toEqual([['Ann Holt', 'words', 'We’re open. Come eat.']]);
  });
});

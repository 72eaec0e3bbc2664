// A relative clause set off by commas inside the subject of reported content: the content goes on past
// it to the subject's verb, and a clause with a cue of its own (an attribution nested in what was said)
// is no piece of it. Short examples written for the test (a harbour levy in Velmora).
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';
import { nestedAttributionsIn, subjectRelativeClose } from '../../../src/extract/subject-relatives.js';
import { tokenize } from '../../../src/extract/tokens.js';

const intro = 'Ann Holt chairs the Velmora harbour board.';
const tokensOf = (text: string) => tokenize(text, 0, text.length);

describe('a relative clause inside the subject of what was said', () => {
  it('cuts a clause holding a cue of its own out of one quote, whoever speaks in it', () => {
    expect(partsAndSpeakers(`${intro} Holt said the levy, which critics called a failure, would be scrapped in June.`)).toEqual([
      [['the levy', 'would be scrapped in June'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} Holt said the levy, which she called a failure, would be scrapped in June.`)).toEqual([
      [['the levy', 'would be scrapped in June'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} Holt argued that Korvath, which claimed the quay last spring, was wrong.`)).toEqual([
      [['Korvath', 'was wrong'], 'Ann Holt'],
    ]);
  });

  it('keeps a clause without a cue, the content running on to the verb after it', () => {
    expect(partsAndSpeakers(`${intro} Holt said the levy, which the council has approved, would be scrapped in June.`)).toEqual([
      [['the levy, which the council has approved, would be scrapped in June'], 'Ann Holt'],
    ]);
  });

  it('reads a verb followed by a price as no cue', () => {
    expect(partsAndSpeakers(`${intro} Holt said that Tom Pike, who charges about $200 an hour, has lost clients.`)).toEqual([
      [['Tom Pike, who charges about $200 an hour, has lost clients'], 'Ann Holt'],
    ]);
  });

  it('finds the clause only between a subject without a verb and the verb after its closing comma', () => {
    const inSubject = tokensOf('the levy , which critics called a failure , would be scrapped');
    expect(subjectRelativeClose(inSubject, 0, 2)).toBe(8);
    expect(nestedAttributionsIn(inSubject, 0, inSubject.length)).toHaveLength(1);
    // (after a verb the clause is on the object, and closes what was said: content-end.ts)
    const onObject = tokensOf('she backed the levy , which critics called a failure , and left');
    expect(subjectRelativeClose(onObject, 0, 4)).toBe(-1);
    // (a clause with its own cue after it is another attribution)
    const attributed = tokensOf('the levy , which critics called a failure , said Pike');
    expect(subjectRelativeClose(attributed, 0, 2)).toBe(-1);
  });
});

// What a poll found, told as a clause after the poll that opens the sentence, is the poll's: "In a
// Gazette poll last week, Ann Holt led by ten points". Short examples written for the test in the
// style of news copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** [speaker, content] of the quotes the extract command would print. */
const sure = (body: string) =>
  extract(`Test article\n\n${body}`)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.speaker.name, q.text]);

describe('a clause after an opening poll', () => {
  it('is the poll’s finding, past a connective set off after it', () => {
    expect(sure('In a Velmora Gazette poll released Monday, 50 percent of voters chose Ann Holt.')).toEqual([
      ['Velmora Gazette', '50 percent of voters chose Ann Holt'],
    ]);
    expect(sure('In the latest polls, she trails Tom Pike by five points.')).toEqual([['the latest polls', 'she trails Tom Pike by five points']]);
    expect(sure('In the poll, however, Ann Holt led Tom Pike 56 percent to 32 percent.')).toEqual([
      ['the poll', 'Ann Holt led Tom Pike 56 percent to 32 percent'],
    ]);
  });

  it('after a poll named with a capital, a possessor or in the plural with no article', () => {
    expect(sure('In a Velmora Times/Harbour College Poll, most residents were unhappy with the ferry levy.')).toEqual([
      ['a Velmora Times/Harbour College Poll', 'most residents were unhappy with the ferry levy'],
    ]);
    expect(sure("In May's Gazette poll, Ann Holt led Tom Pike on every question.").map((q) => q[1])).toEqual(['Ann Holt led Tom Pike on every question']);
    expect(sure('In exit polls, voters in both towns were unhappy with the harbour board.').map((q) => q[1])).toEqual([
      'voters in both towns were unhappy with the harbour board',
    ]);
    expect(sure('In recent polls from the Gazette and Velmora Radio, Tom Pike finished ahead of Ann Holt.').map((q) => q[1])).toEqual([
      'Tom Pike finished ahead of Ann Holt',
    ]);
  });

  it('not an opening with no clause after it, nor one before a report of its own', () => {
    expect(sure('In the polls, anyway.')).toEqual([]);
    expect(sure('In a Gazette poll, 64 percent of residents said the harbour was safe.').map((q) => q[1])).toEqual(['the harbour was safe']);
    expect(sure('In a speech on Monday, Ann Holt led the crowd in song.')).toEqual([]);
  });
});

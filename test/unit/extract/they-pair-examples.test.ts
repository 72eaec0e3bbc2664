// "They" after a group whose examples, set off by commas, are two names joined by "and": the two
// named are who "they" goes on with. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a pair set off as examples of a group', () => {
  it('is whom "they" stands for', () => {
    const letter =
      'Critics of the plan, like Senators Tom Pike, Republican of Velmora, and Ann Holt, Democrat of Korvena, see the vote as a chance to fix it. They sent a letter on Thursday to the council. “The plan is dead,” they wrote.';
    // (The group's view of the vote is its own: "see … as".)
    expect(speakersOf(letter)).toEqual(['Critics', 'Tom Pike and Ann Holt']);
    expect(speakersOf('Critics of the plan, such as Tom Pike and Ann Holt, see the vote as a chance to fix it. They said the plan was dead.')).toEqual([
      'Critics',
      'Tom Pike and Ann Holt',
    ]);
  });

  it('is whom "they" stands for also when the group spoke in their sentence', () => {
    const letter =
      'Critics of the plan, like Senators Tom Pike, Republican of Velmora, and Ann Holt, Democrat of Korvena, said the vote was rigged. They sent a letter on Thursday to the council. “The plan is dead,” they wrote.';
    expect(speakersOf(letter)).toEqual(['Critics', 'Tom Pike and Ann Holt']);
    // (With no examples, the group that spoke goes on.)
    expect(speakersOf('Critics of the plan said the vote was rigged. “The plan is dead,” they wrote.')).toEqual(['Critics', 'Critics']);
  });

  it('but the group speaks as the subject, and examples not set off leave the group', () => {
    expect(speakersOf('Critics of the plan, like Tom Pike and Ann Holt, said the vote was rigged.')).toEqual(['Critics']);
    expect(speakersOf('The vote was close. Voters like Tom Pike and Ann Holt were angry. They said the plan was dead.')).toEqual(['Voters']);
  });
});

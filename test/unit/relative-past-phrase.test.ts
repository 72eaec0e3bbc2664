import { describe, expect, it } from 'vitest';
import { speakersOf } from '../support/extraction.js';

describe("a relative 'who' keeps its antecedent past a short prepositional phrase", () => {
  it("'Judge Ray Pike, who through his clerk declined to comment'", () => {
    const body = 'The ruling angered Mayor Lisa Crane.\n\nJudge Ray Pike, who through his clerk declined to comment, was born in Ohio.';
    expect(speakersOf(body)).toEqual(['Ray Pike']);
  });

  it("'…, who in a statement said …'", () => {
    const body = 'The council met Lisa Crane on Monday.\n\nThe plan was backed by Tom Weller, who in a statement said the ferry would run by June.';
    expect(speakersOf(body)).toEqual(['Tom Weller']);
  });
});

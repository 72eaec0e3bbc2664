// A journalist, a moderator or an interviewer is known by that trade only: "the journalist" is one
// the story titled a reporter, an anchor or a correspondent, and with no one so titled someone
// unnamed, never the politician the story is about.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakerOf = (body: string, mention: string) => quoteReadings(body).find((q) => q.mention === mention)?.speaker;

describe('descriptions by a trade of the press', () => {
  it('"the journalist" is the one titled reporter or anchor', () => {
    const story =
      'Tom Pike threw reporter Ana Silva out of the briefing. Silva said she would keep asking. But the star journalist, who is promoting a book, downplayed her influence.';
    expect(speakerOf(story, 'the star journalist')).toBe('Ana Silva');
    expect(speakerOf(story.replace('reporter Ana Silva', 'news anchor Ana Silva'), 'the star journalist')).toBe('Ana Silva');
  });

  it('"the moderator" with no one titled so is someone unnamed, not the candidate asked', () => {
    expect(speakerOf('Tom Pike was asked about the ferry fares. “Many argue the fares are too high,” the moderator said.', 'the moderator')).toBe(
      'the moderator',
    );
    expect(speakerOf('Moderator Ann Holt asked Tom Pike about the fares. “Many argue the fares are too high,” the moderator said.', 'the moderator')).toBe(
      'Ann Holt',
    );
  });

  it("a moderator's title between a broadcaster and a name is the person's, not the broadcaster's", () => {
    const [quote] = quoteReadings('Tom Pike paused. In other words, explained CBS moderator Ann Holt: “What has that to do with the fares?”');
    expect(quote?.speaker).toBe('Ann Holt');
  });
});

// Names in a headline written in title case, as far as the story confirms them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** The named mentions ("TYPE:text") of the headline, the first line of the story. */
function headlineNames(story: string): string[] {
  const end = story.indexOf('\n');
  return recognizeEntities(layout(story)).flatMap((e) =>
    e.mentions.filter((m) => m.kind === 'NAME' && m.end <= end).map((m) => `${e.type}:${story.slice(m.start, m.end)}`),
  );
}

describe('a title-case headline names what the story confirms', () => {
  it('a line of short words is title case by a small word capitalised inside', () => {
    const story = 'Ann Pike Put On The Defensive\nAnn Pike was put on the defensive on Tuesday by her rivals in the council.';
    expect(headlineNames(story)).toEqual(['PERSON:Ann Pike']);
  });

  it('a run keeps a person’s name opening it and leaves the verb after it, but no other opening', () => {
    const story = 'Tom Hale Set To Quit Harbour Board\nTom Hale, chairman of the harbour board, will step down in May, officials said.';
    expect(headlineNames(story)).toEqual(['PERSON:Tom Hale']);
    const people =
      'Kestrel Voters Share Their Doubts On The Harbour Levy\nKestrel voters told pollsters the levy was too high, and Kestrel Voters, a group, agreed.';
    expect(headlineNames(people)).toEqual([]);
  });

  it('a run of no confirmed word names nothing', () => {
    const story = 'Popular Website Shows Bias When Ranking Stories\nA study found the ranking favoured some outlets, researchers said.';
    expect(headlineNames(story)).toEqual([]);
  });
});

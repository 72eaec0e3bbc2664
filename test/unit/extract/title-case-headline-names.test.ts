// Names in a headline written in title case, as far as the story confirms them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { endsRunAsHeadlineVerb, isPresentInS } from '../../../src/extract/entities/headline-verbs.js';
import { writtenInsideSentences } from '../../../src/extract/entities/ordinary-words.js';
import { tokenize } from '../../../src/extract/tokens.js';

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

  it('a run keeps a person’s name the story confirms closing it, after unconfirmed words', () => {
    const story = 'Harbour Staff Rip Ann Holt\nAnn Holt, the harbour master, was criticised by her staff on Monday.';
    expect(headlineNames(story)).toEqual(['PERSON:Ann Holt']);
    const surnameOnly = 'Harbour Staff Rip Holt Plan\nAnn Holt, the harbour master, was criticised by her staff on Monday.';
    expect(headlineNames(surnameOnly)).toEqual([]);
  });

  it('a run of no confirmed word names nothing', () => {
    const story = 'Popular Website Shows Bias When Ranking Stories\nA study found the ranking favoured some outlets, researchers said.';
    expect(headlineNames(story)).toEqual([]);
  });
});

describe('a verb in -s the lexicon lists as a plural ends a name in a title-case headline', () => {
  it('splits the names on either side of the verb, each confirmed by the story', () => {
    const story = 'Velmora Beats Harlow in Cup Final\nVelmora beat Harlow 2-1 in the cup final on Saturday, the club said.';
    expect(headlineNames(story)).toEqual(['ORGANIZATION:Velmora', 'ORGANIZATION:Harlow']);
    const breaks = 'Velmora Breaks Ties With Harlow\nThe town of Velmora cut its ties with Harlow on Monday, the mayor said.';
    expect(headlineNames(breaks).map((m) => m.split(':')[1])).toEqual(['Velmora', 'Harlow']);
  });

  it('keeps a word the story writes as a name, alone or after the run’s words', () => {
    const story = 'Velmora Wings Set To Host Final\nFans of the Velmora Wings will fill the ground, and Wings fans sang.';
    const tokens = tokenize(story, 0, story.indexOf('\n'));
    const endsAt = (k: number, text: string) => endsRunAsHeadlineVerb(tokens.slice(0, k), tokens, k, writtenInsideSentences(text));
    expect(endsAt(1, story)).toBe(false);
    expect(endsAt(1, story.replace('the Velmora Wings', 'the side'))).toBe(false);
    expect(endsAt(1, story.replace('the Velmora Wings', 'the side').replace('Wings fans', 'its fans'))).toBe(true);
  });

  it('keeps a body’s word in -s ("Services", "Holdings") and a surname after a given name', () => {
    const firm = 'Velmora Services Wins Harbour Contract\nThe contract went to Velmora Services, the council said on Monday.';
    expect(headlineNames(firm)).toEqual(['ORGANIZATION:Velmora Services']);
    const surname = 'Ann Burns Set To Stay On\nAnn Burns, a councillor, will stay on until May.';
    expect(headlineNames(surname)).toEqual(['PERSON:Ann Burns']);
  });
});

describe('isPresentInS', () => {
  it('reads a verb’s present by an -ing form the lexicon knows, not a plural of a noun only', () => {
    expect(['Beats', 'Wins', 'Vows', 'Praises', 'Ties'].every(isPresentInS)).toBe(true);
    expect(['Rovers', 'Giants', 'Jets', 'Kings', 'Boss', 'Velmoras', 'Seles'].some(isPresentInS)).toBe(false);
  });
});

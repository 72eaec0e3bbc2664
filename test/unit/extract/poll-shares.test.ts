// A share of a poll's respondents speaks as a group does: "Six in 10 voters said …", "About three
// in 10 said …", "46 percent of independents said …", "with 58% saying …". Short examples written for
// the test in the style of campaign poll stories.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quotesSaid } from '../../support/extraction.js';

/** The quotes of an article whose first line is its headline: speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));
}

describe('a share of those polled', () => {
  it('"six in 10", "three out of 10", with the group after it or not, speaks', () => {
    expect(quotesOf('About three in 10 said they supported the plan.')).toEqual([{ speaker: 'About three in 10', text: 'they supported the plan' }]);
    expect(quotesOf('Six in 10 Democrats said the cuts would hurt schools.')).toEqual([
      { speaker: 'Six in 10 Democrats', text: 'the cuts would hurt schools' },
    ]);
    expect(quotesOf('Nearly three out of 10 said they had no opinion of him.')).toEqual([
      { speaker: 'Nearly three out of 10', text: 'they had no opinion of him' },
    ]);
  });

  it('a percentage of a group, or alone, speaks', () => {
    expect(quotesOf('In the poll, 46 percent of independents said the state could not afford them.')).toEqual([
      { speaker: '46 percent of independents', text: 'the state could not afford them' },
    ]);
    expect(quotesOf('Turnout was low, with 58% saying the state was on the wrong track.')).toContainEqual({
      speaker: '58%',
      text: 'the state was on the wrong track',
    });
  });

  it('an amount in the narration is no speaker', () => {
    expect(quotesOf('The budget grew by 5 percent said to be the most in a decade.')).toEqual([]);
    expect(quotesOf('The budget grew by 5 percent, officials said.')).toEqual([{ speaker: 'officials', text: 'The budget grew by 5 percent' }]);
  });
});

describe('two shares compared', () => {
  it('a comparison with what another share says is a quote of its own', () => {
    expect(quotesOf('Voters see her as prepared, with 50 percent saying she is ready, compared with the 30 percent who say the same of him.')).toEqual([
      { speaker: 'Voters', text: 'her as prepared' },
      { speaker: '50 percent', text: 'she is ready' },
      { speaker: 'the 30 percent', text: 'the same of him' },
    ]);
  });

  it('"said so" and "said the same" after a share answer the question again, and end there', () => {
    expect(quotesOf('Seven in 10 residents call the new library a success, after half said so in the spring survey.')).toContainEqual({
      speaker: 'half',
      text: 'so',
    });
    expect(quotesOf('Now 61 percent rate the mayor as honest. Last year, 48 percent said so.')).toEqual([{ speaker: '48 percent', text: 'so' }]);
    expect(quotesOf('About 40 percent of parents back the later start. In March, 33 percent said the same.')).toEqual([
      { speaker: '33 percent', text: 'the same' },
    ]);
    // A person's "said so" still reports nothing new.
    expect(quotesOf('The mayor set the later start. She said so in March.')).toEqual([]);
  });

  it('an election count is no poll', () => {
    expect(quotesOf('With 99 percent of precincts reporting, the mayor led by 200 votes.')).toEqual([]);
  });
});

describe('a share of a group saying what a named report found', () => {
  it('is the report’s finding, spoken by the report: "…, according to a survey"; a person’s words stay theirs', () => {
    expect(quotesOf('Six in 10 residents said the bypass should be built, according to a survey by the Harwick Gazette.')).toEqual([
      { speaker: 'Harwick Gazette', text: 'Six in 10 residents said the bypass should be built' },
    ]);
    expect(quotesOf('The vast majority of traders say the parking fees are too high, according to a new poll.')).toEqual([
      { speaker: 'a new poll', text: 'The vast majority of traders say the parking fees are too high' },
    ]);
    // A person or a plain group keeps their words, which the source reports with their attribution (relayed-sources.ts).
    expect(quotesOf('Council leader Ann Holt said the bypass would be built, according to the Harwick Gazette.')).toEqual([
      { speaker: 'Harwick Gazette', text: 'Ann Holt said the bypass would be built' },
    ]);
    expect(quotesOf('Most traders say the parking fees are too high, according to a Harwick Gazette poll.')).toEqual([
      { speaker: 'Harwick Gazette', text: 'Most traders say the parking fees are too high' },
    ]);
  });

  it('is spoken by the poll the sentence opens with: "In a survey …, 64 percent of residents said"', () => {
    expect(quotesOf('In a survey for the Harwick Gazette last week, 64 percent of residents said the bypass should be built.')).toEqual([
      { speaker: 'a survey for the Harwick Gazette last week', text: 'the bypass should be built' },
    ]);
    // A person named after it keeps their words.
    expect(quotesOf('In a radio interview about the poll, Ann Holt said the bypass should be built.')).toEqual([
      { speaker: 'Ann Holt', text: 'the bypass should be built' },
    ]);
  });
});

describe('a percentage set off by commas after the share it gives', () => {
  it('speaks with the share before it', () => {
    expect(quotesSaid('Just over a quarter, 26 percent, say they will vote for Ann Holt.')).toEqual([
      { cue: 'say', speaker: 'Just over a quarter, 26 percent', text: 'they will vote for Ann Holt' },
    ]);
    expect(quotesSaid('Among ferry users, a third of commuters, 33%, say the fares are too high.')).toEqual([
      { cue: 'say', speaker: 'a third of commuters, 33%', text: 'the fares are too high' },
    ]);
  });

  it('reports nothing before it with no clause after the cue, and a count of a group set off after a name is no share', () => {
    expect(quotesSaid('Slightly more than a third of commuters, 35%, agree.')).toEqual([]);
    expect(quotesSaid('Tom Pike, one of two pilots on the ferry, said the engine had failed.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'the engine had failed' },
    ]);
  });
});

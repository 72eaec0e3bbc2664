// A headline quotation after a colon whose words before it open with a speaker and the topic
// ("Holt on Pike's Levy: ‘…’"): the speaker is the one before "on", not the person the topic names.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The headline's quotes as [speaker name, content]. */
function headlineQuotes(text: string) {
  const headlineEnd = text.indexOf('\n');
  const x = extract(text);
  return x.quotes.filter((q) => q.start < headlineEnd).map((q) => [q.speaker.name, q.text]);
}

describe('headline quotation after "Speaker on Topic:"', () => {
  it('is said by the person before "on", not the one the topic names', () => {
    expect(
      headlineQuotes('Pike on Holt’s Tax Plan: ‘It Will Never Pass.’\n\nOn Monday, Mayor Tom Pike of Velmora criticised the plan of his rival Ann Holt.'),
    ).toEqual([['Tom Pike', 'It Will Never Pass.']]);
    expect(headlineQuotes('Holt on Pike: ‘He Is a Good Man.’\n\nAnn Holt spoke about Tom Pike on Monday in Korvena.')).toEqual([
      ['Ann Holt', 'He Is a Good Man.'],
    ]);
  });

  it('is said by a role before "on", the person the story names in that role', () => {
    expect(
      headlineQuotes(
        'Velmora Herald Editor On Pike: ‘We Do Not Pay Candidates To Debate.’\n\nThe editor of the Velmora Herald, Ann Holt, said on Monday the paper does not pay candidates.',
      ),
    ).toEqual([['Ann Holt', 'We Do Not Pay Candidates To Debate.']]);
  });

  it('is said by the one the story gives the role, not the person named as the topic', () => {
    const lead = (title: string, name: string) =>
      `${title} isn’t bowing to Republican presidential candidate Tom Pike, who has threatened to skip the next debate unless he is paid.\n\n“We do not pay candidates to debate,” ${name} said on Thursday.`;
    expect(headlineQuotes(`KTV President On Pike: ‘We Do Not Pay Candidates To Debate.’\n\n${lead('KTV President Ann Holt', 'Holt')}`)).toEqual([
      ['Ann Holt', 'We Do Not Pay Candidates To Debate.'],
    ]);
    expect(headlineQuotes(`KTV Chief On Pike: ‘We Do Not Pay Candidates To Debate.’\n\n${lead('KTV chief Jack Reed', 'Reed')}`)).toEqual([
      ['Jack Reed', 'We Do Not Pay Candidates To Debate.'],
    ]);
  });

  it('leaves a headline naming its speaker last, with no topic before the colon', () => {
    expect(headlineQuotes('Tom Pike Sees ‘Personal Insult’ in Ann Holt’s Remarks.\n\nMayor Tom Pike of Velmora said on Monday he felt insulted.')).toEqual([
      ['Tom Pike', 'Personal Insult'],
    ]);
    expect(headlineQuotes('A Lesson From Ann Holt: ‘Be the Voice That People Hear.’\n\nAnn Holt spoke to students in Velmora.')).toEqual([
      ['Ann Holt', 'Be the Voice That People Hear.'],
    ]);
  });

  it('finds no speaker in a place or an event before "on"', () => {
    expect(
      headlineQuotes('Rally on Main Street: ‘We Want Our Park Back.’\n\nResidents of Velmora marched on Monday against the plan of Mayor Tom Pike.'),
    ).toEqual([]);
  });
});

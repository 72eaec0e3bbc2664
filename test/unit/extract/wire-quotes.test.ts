// Quotes in news-wire and press-agency copy: datelines, trailing attributions after a clause with a
// cue of its own, and the narrator's asides that close a content. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** Quotes of an article whose first line is its headline, as [cue, speaker surface, content]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text.replace(/^that\s+/u, '')]);
}

describe('datelines', () => {
  it('a dateline with a date, a country or an agency opens no content and names no speaker', () => {
    for (const dateline of ['MOSCOW, May 30 (Reuters) - ', 'TEHRAN, Jan. 5 (IRNA) -- ', 'KARACHI, Pakistan (AP) — ', 'NEW DELHI, March 3 (PTI) ']) {
      expect(quotesOf(`${dateline}The energy ministry said on Tuesday that fuel prices would stay unchanged.`)).toEqual([
        ['said', 'The energy ministry', 'fuel prices would stay unchanged'],
      ]);
    }
  });

  it('a lead without a dateline keeps its first words', () => {
    expect(quotesOf('Germany will send more tanks to the front, Chancellor Max Brandt said on Tuesday.')).toEqual([
      ['said', 'Max Brandt', 'Germany will send more tanks to the front'],
    ]);
  });
});

describe('a trailing attribution after a clause with a cue of its own', () => {
  it('closes the inner content and reports the whole clause', () => {
    const qs = quotesOf('The commission will propose new tariffs on steel next week, Commission President Ana Ruiz said on Wednesday.');
    expect(qs[0]).toEqual(['said', 'Ana Ruiz', 'The commission will propose new tariffs on steel next week']);
    expect(qs.slice(1).map((q) => q[2])).not.toContainEqual(expect.stringContaining('Ana Ruiz'));
  });

  it('with a venue, or narration after a comma, after the trailing cue', () => {
    const qs = quotesOf('Chile on Tuesday urged both sides to show restraint, a foreign ministry spokeswoman said, as protests spread.');
    expect(qs).toContainEqual(['said', 'a foreign ministry spokeswoman', 'Chile on Tuesday urged both sides to show restraint']);
    expect(qs).toContainEqual(['urged', 'Chile', 'both sides to show restraint']);
    const [, stressed] = quotesOf('Tom Hale stressed the need to reopen the border crossings, the presidency said in a statement posted on its website.');
    expect(stressed).toEqual(['stressed', 'Tom Hale', 'the need to reopen the border crossings']);
  });

  it('a relative clause after a comma is no attribution', () => {
    expect(quotesOf('Mark Reed said the lithium deal, which critics say is unfair, would be signed in May.')).toContainEqual([
      'said',
      'Mark Reed',
      'the lithium deal, which critics say is unfair, would be signed in May',
    ]);
  });
});

describe('the narrator’s asides close a content', () => {
  it('", without giving details", ", without elaborating"', () => {
    expect(quotesOf('Lena Holt said the army had retaken two villages, without giving details.')).toEqual([
      ['said', 'Lena Holt', 'the army had retaken two villages'],
    ]);
    expect(quotesOf('Lena Holt said talks with donors were under way, without elaborating.')).toEqual([
      ['said', 'Lena Holt', 'talks with donors were under way'],
    ]);
  });

  it('", a day after …", ", hours before …"', () => {
    expect(quotesOf('The governor vowed to rebuild the bridge within a year, a day after floods swept it away.')).toEqual([
      ['vowed', 'The governor', 'to rebuild the bridge within a year'],
    ]);
  });

  it('", a figure police did not confirm"', () => {
    expect(quotesOf('The union said 40,000 workers had joined the strike, a figure the government disputed.')).toEqual([
      ['said', 'The union', '40,000 workers had joined the strike'],
    ]);
  });

  it('a future time ending the content is part of it: "would resume next week"', () => {
    expect(quotesOf('Omar Nasser said on Monday that the talks would resume in Geneva next week.')).toEqual([
      ['said', 'Omar Nasser', 'the talks would resume in Geneva next week'],
    ]);
  });
});

// A loose-cue quote inside the words of another quote, or any cue inside a relay's words ("according to",
// "reported", a document's or an unnamed source's), is that speaker's account, kept below the default threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { toContract } from '../../../src/extract/contract.js';
import { extract } from '../../../src/extract/index.js';
import { SECOND_HAND_CAP } from '../../../src/extract/second-hand-quotes.js';

const quotesOf = (body: string) => extract(`Harbour plan\n\n${body}`).quotes.map((q) => [q.cue?.text ?? null, q.text, q.confidence] as const);
const emitted = (body: string) => toContract('a', extract(`Harbour plan\n\n${body}`)).quotes.map((q) => [q.cue, q.text]);

describe('second-hand quotes', () => {
  it('caps a loose cue inside what another source reports, and keeps the report', () => {
    expect(emitted('The report shows the Velmora Trust replaced its ads with commercials opposing Tom Reyes, officials said.')).toEqual([
      ['said', 'The report shows the Velmora Trust replaced its ads with commercials opposing Tom Reyes'],
    ]);
    expect(emitted('According to the Velmora Gazette, Ann Holt urged the council to lower the harbour fees.')).toEqual([
      ['According to', 'Ann Holt urged the council to lower the harbour fees'],
    ]);
    const urged = quotesOf('According to the Velmora Gazette, Ann Holt urged the council to lower the harbour fees.').find(([cue]) => cue === 'urged');
    expect(urged?.[2]).toBe(SECOND_HAND_CAP);
    expect(SECOND_HAND_CAP).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('caps a speech noun inside a topic reported, and leaves the speech after it alone', () => {
    expect(emitted('Ann Holt defended her call to lower the harbour fees, saying the docks were empty.')).toEqual([
      ['defended', 'her call to lower the harbour fees'],
      ['saying', 'the docks were empty'],
    ]);
  });

  it('caps any cue inside the words of a relay, and leaves verbatim words and other reports alone', () => {
    expect(emitted('According to the Velmora Gazette, Ann Holt said the harbour fees would fall next year.')).toEqual([
      ['According to', 'Ann Holt said the harbour fees would fall next year'],
    ]);
    expect(emitted('Tom Reyes told the council the pier would close in May, the Velmora Herald reported.')).toEqual([
      ['reported', 'Tom Reyes told the council the pier would close in May'],
    ]);
    const said = quotesOf('According to the Velmora Gazette, Ann Holt said the harbour fees would fall next year.').find(([cue]) => cue === 'said');
    expect(said?.[2]).toBe(SECOND_HAND_CAP);
    expect(emitted('According to the Velmora Gazette, Ann Holt said: “The fees will fall.”').map(([cue]) => cue)).toEqual(['According to', 'said']);
    expect(emitted('Ann Holt said the harbour fees would fall next year, officials said.').map(([cue]) => cue)).toEqual(['said', 'said']);
  });

  it('caps any cue inside what a document or an unnamed source relays, and leaves officials speaking alone', () => {
    expect(emitted('A witness told the inquiry that the pier was unsafe, the report said.')).toEqual([
      ['said', 'A witness told the inquiry that the pier was unsafe'],
    ]);
    expect(emitted('Ann Holt told the council the fees would fall, people familiar with the meeting said.').map(([cue]) => cue)).toEqual(['said']);
    expect(emitted('Tom Reyes told the council that the pier would close in May, the source added.').map(([cue]) => cue)).toEqual(['added']);
    expect(emitted('Ann Holt said the harbour fees would fall next year, officials said.').map(([cue]) => cue)).toEqual(['said', 'said']);
  });

  it('leaves a verb that is nothing but speech inside another report, and a loose cue standing alone', () => {
    expect(emitted('Tom Reyes, who has argued many cases before the Velmora court, will run the harbour board, Ann Holt said.').map(([cue]) => cue)).toEqual([
      'said',
      'argued',
    ]);
    expect(emitted('Ann Holt urged the council to lower the harbour fees.')).toEqual([['urged', 'the council to lower the harbour fees']]);
  });
});

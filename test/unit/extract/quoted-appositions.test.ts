// A quoted title or nickname in the apposition of the name opening a sentence: the comma inside the
// closing mark ends the apposition, the name is the cue's speaker, and the title is said by nobody.
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: kind, cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ kind: q.kind, cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('a quoted title in the apposition of a name', () => {
  it('leaves the name the speaker of the cue after the closing mark', () => {
    expect(quotesOf('Tom Pike, host of “Harbour Talk,” said the mayor’s refusal to resign could end her career.')).toEqual([
      { kind: 'INDIRECT', cue: 'said', speaker: 'Tom Pike', text: 'the mayor’s refusal to resign could end her career' },
    ]);
    expect(quotesOf('Ilse Varga, the trader known as "Goldfinger," stated that she had kept the ledgers herself.')).toEqual([
      { kind: 'INDIRECT', cue: 'stated', speaker: 'Ilse Varga', text: 'she had kept the ledgers herself' },
    ]);
  });

  it('a station’s title too, past any cue', () => {
    expect(quotesOf('Tom Pike, host of KTV’s “Harbour Talk,” suggested the ferry levy could sink the council.')).toEqual([
      { kind: 'INDIRECT', cue: 'suggested', speaker: 'Tom Pike', text: 'the ferry levy could sink the council' },
    ]);
  });

  it('a quotation attributed after it is still said by the name after the cue', () => {
    expect(quotesOf('“We will never sell the quay,” said Ann Holt.')).toEqual([
      { kind: 'DIRECT', cue: 'said', speaker: 'Ann Holt', text: 'We will never sell the quay,' },
    ]);
  });
});

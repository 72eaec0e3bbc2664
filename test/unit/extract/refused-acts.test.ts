// "refused to …" is a stance its subject takes, reported as speech declined is ("declined to comment"):
// whatever act was refused, from "to" on, at the confidence of a declined act. Short examples written
// for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker, the content's text and
 *  confidence. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({
    cue: q.cue?.text ?? null,
    speaker: q.speaker.mention?.text ?? null,
    text: text.slice(q.start, q.end),
    confidence: q.confidence,
  }));
}

describe('"refused to" and an act', () => {
  it('reports the act refused, below any word said', () => {
    expect(quotesOf('Tom Pike refused to drop out of the race.')).toEqual([
      { cue: 'refused', speaker: 'Tom Pike', text: 'to drop out of the race', confidence: 0.45 },
    ]);
    expect(quotesOf('Ann Holt has refused to endorse Tom Pike.')).toEqual([
      { cue: 'refused', speaker: 'Ann Holt', text: 'to endorse Tom Pike', confidence: 0.45 },
    ]);
    expect(quotesOf('The Velmora council refuses to publicly release the harbour records.').map((q) => q.text)).toEqual([
      'to publicly release the harbour records',
    ]);
  });
  it('reports what another says inside the act on its own', () => {
    expect(quotesOf('Ann Holt refused to pay a builder who said he was owed money.').map((q) => [q.speaker, q.text])).toEqual([
      ['Ann Holt', 'to pay a builder who said he was owed money'],
      ['who', 'he was owed money'],
    ]);
  });
  it('ends the act at a comma, and at "and" before a clause of its own', () => {
    expect(quotesOf('Ann Holt refused to sign the ferry deal, and the talks collapsed.').map((q) => q.text)).toEqual(['to sign the ferry deal']);
  });
});

describe('what stays', () => {
  it('"refused" with no act after it, and "declined" to do what is no speech', () => {
    expect(quotesOf('The guards refused entry to the reporters.')).toEqual([]);
    expect(quotesOf('Tom Pike refused to the end.')).toEqual([]);
    expect(quotesOf('Shares in Korvena Shipping declined to their lowest level in May.')).toEqual([]);
    expect(quotesOf('Ann Holt declined to run for a second term.')).toEqual([]);
  });
  it('speech refused is reported as before', () => {
    expect(quotesOf('Tom Pike refused to say whether he would run.').map((q) => q.text)).toEqual(['to say whether he would run']);
  });
});

// A verb whose object is what it speaks of, in the passive with its speaker after "by": "The levy was
// criticized by Ann Holt" reports Ann Holt's words on the levy, as "Ann Holt criticized the levy" does.
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker, the content's text and its parts. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({
    cue: q.cue?.text ?? null,
    speaker: q.speaker.mention?.text ?? null,
    text: text.slice(q.start, q.end),
    parts: q.parts.map((p) => p.text),
  }));
}

describe('a passive of a verb whose object is what it speaks of', () => {
  it('reports the subject as what the speaker after "by" spoke of', () => {
    expect(quotesOf('The harbour levy was sharply criticized by Ann Holt.')).toEqual([
      { cue: 'criticized', speaker: 'Ann Holt', text: 'The harbour levy', parts: ['The harbour levy'] },
    ]);
    expect(quotesOf('His remarks were quickly derided by Tom Pike, the leader of the opposition.')).toEqual([
      { cue: 'derided', speaker: 'Tom Pike', text: 'His remarks', parts: ['His remarks'] },
    ]);
    expect(quotesOf('The plan was welcomed by the council.')).toEqual([{ cue: 'welcomed', speaker: 'the council', text: 'The plan', parts: ['The plan'] }]);
  });

  it('takes the reason after "for" as a second piece, as the active "criticized him for …" does', () => {
    expect(quotesOf('Tom Pike has been rebuked by opponents for his plan to close the harbour.')).toEqual([
      {
        cue: 'rebuked',
        speaker: 'opponents',
        text: 'Tom Pike has been rebuked by opponents for his plan to close the harbour',
        parts: ['Tom Pike', 'for his plan to close the harbour'],
      },
    ]);
  });

  it('leaves a participle after the reason to the one spoken of, not to the agent', () => {
    const quotes = quotesOf('Tom Pike was attacked by Ann Holt for suggesting that he would stay neutral.');
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([
      ['attacked', 'Ann Holt'],
      ['suggesting', 'Tom Pike'],
    ]);
  });

  it('reads what a person said after the name as echoed, not the person: "echoed Ann Holt\'s call"', () => {
    expect(quotesOf("Ann Holt's call for calm was echoed by Tom Pike.")).toEqual([
      { cue: 'echoed', speaker: 'Tom Pike', text: "Ann Holt's call for calm", parts: ["Ann Holt's call for calm"] },
    ]);
    expect(quotesOf("Tom Pike echoed Ann Holt's call for calm.").map((q) => q.text)).toEqual(["Ann Holt's call for calm"]);
  });
});

describe('what stays', () => {
  it('an act of the body, a speaker that does not speak, a thing handled, a person echoed', () => {
    expect(quotesOf('The convoy was attacked by gunmen near Velmora.')).toEqual([]);
    expect(quotesOf('Tom Pike was attacked by a dog.')).toEqual([]);
    expect(quotesOf('The theory is supported by evidence.')).toEqual([]);
    expect(quotesOf('The guests were welcomed by Ann Holt.')).toEqual([]);
    expect(quotesOf('Tom Pike echoed Ann Holt on the levy.')).toEqual([]);
  });

  it('a stance taken, and a pledge reported on its own', () => {
    expect(quotesOf('The harbour levy was opposed by Ann Holt.')).toEqual([]);
    expect(quotesOf('Her pledge to keep the harbour open was praised by Tom Pike.').map((q) => q.cue)).toEqual(['pledge']);
  });

  it('"it" as the subject, and a speech passive with a participle after it', () => {
    expect(quotesOf('It was criticized by the mayor.')).toEqual([]);
    expect(quotesOf('The plan was announced by the mayor on Monday, saying it would cut costs.').map((q) => [q.cue, q.speaker, q.text])).toEqual([
      ['announced', 'the mayor', 'The plan'],
      ['saying', 'the mayor', 'it would cut costs'],
    ]);
  });
});

// A speech noun with a "that" clause after a verb that keeps to or repeats it, and the participles of
// an impersonal passive. Short examples written for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a speech noun after a verb that keeps to it', () => {
  it('reports its clause as the verb’s subject’s: "persisted in arguments that", "stood by its claim that"', () => {
    expect(quotesSaid('Ottawa has persisted in arguments that the envoy did nothing wrong.')).toEqual([
      expect.objectContaining({ cue: 'arguments', speaker: 'Ottawa', text: 'the envoy did nothing wrong' }),
    ]);
    expect(quotesSaid('The Kremlin has stood by its claim that the envoy did nothing wrong.')).toEqual([
      expect.objectContaining({ cue: 'claim', text: 'the envoy did nothing wrong' }),
    ]);
  });

  it('a light verb’s past form is no adjective of the noun, and a possessor between is its subject', () => {
    expect(quotesSaid('Ottawa has repeated claims that the envoy did nothing wrong.')).toEqual([expect.objectContaining({ cue: 'claims', speaker: 'Ottawa' })]);
    expect(quotesSaid('Ottawa repeated its claim that the envoy did nothing wrong.')).toEqual([
      expect.objectContaining({ cue: 'claim', speaker: 'Ottawa', text: 'the envoy did nothing wrong' }),
    ]);
  });
});

describe('an impersonal passive', () => {
  it('reads "late" or "early" among the words saying when', () => {
    expect(quotesSaid('It was announced late on Tuesday that the vote would be delayed.')).toEqual([
      expect.objectContaining({ cue: 'announced', speaker: null, text: 'the vote would be delayed' }),
    ]);
  });
});

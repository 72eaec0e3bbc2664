// "released", "issued", "published" and "unveiled" report their object where it is a thing said made
// public (findings, a plan, a list, an open letter, a threat); people, tickets, a novel, a video and a
// statement are no such object, a statement being reported by what it says. Short examples written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a thing said made public', () => {
  it('is what the one making it public said', () => {
    expect(quotesSaid('Ann Holt unveiled a plan to rebuild the Velmora quay.')).toEqual([
      { cue: 'unveiled', speaker: 'Ann Holt', text: 'a plan to rebuild the Velmora quay' },
    ]);
    expect(quotesSaid('Tom Pike published an open letter to the harbour board.')).toEqual([
      { cue: 'published', speaker: 'Tom Pike', text: 'an open letter to the harbour board' },
    ]);
    expect(quotesSaid('Velmora Ferries released its findings on the sinking.')).toEqual([
      { cue: 'released', speaker: 'Velmora Ferries', text: 'its findings on the sinking' },
    ]);
  });

  it('other things made public, and a statement, report as before', () => {
    expect(quotesSaid('The harbour police released the two fishermen.')).toEqual([]);
    expect(quotesSaid('Velmora Ferries issued new tickets to the islanders.')).toEqual([]);
    expect(quotesSaid('Ann Holt published a novel about the harbour.')).toEqual([]);
    expect(quotesSaid('Tom Pike released a video of the storm.')).toEqual([]);
    expect(quotesSaid('Tom Pike issued a statement saying the levy was fair.')).toEqual([{ cue: 'saying', speaker: 'Tom Pike', text: 'the levy was fair' }]);
  });
});

describe('a thing said withheld', () => {
  it('reports nothing, as speech declined does not', () => {
    expect(quotesSaid('Ann Holt did not unveil plans for the quay.')).toEqual([]);
    expect(quotesSaid('Tom Pike did not offer details of the ferry deal.')).toEqual([]);
  });
});

// "offered" reports its object where that object is a thing said: condolences, an assessment, a
// caveat, an olive branch; a job, parking or money offered is no speech, nor are specifics withheld
// ("offered no specifics"), and a noun with its own topic ("offered her thoughts on …") reports that
// topic as before. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('"offered" with a thing said as its object', () => {
  it('reports the object as what was said', () => {
    expect(quotesSaid('Ann Holt offered her condolences to the families of the ferry crew.')).toEqual([
      { cue: 'offered', speaker: 'Ann Holt', text: 'her condolences to the families of the ferry crew' },
    ]);
    expect(quotesSaid('Tom Pike offers a sober forecast for the Velmora harbour.')).toEqual([
      { cue: 'offers', speaker: 'Tom Pike', text: 'a sober forecast for the Velmora harbour' },
    ]);
    expect(quotesSaid('Mayor Ida Berg offered an olive branch to the fishermen.')).toEqual([
      { cue: 'offered', speaker: 'Ida Berg', text: 'an olive branch to the fishermen' },
    ]);
  });

  it('things offered that are no words, and words withheld, report nothing', () => {
    expect(quotesSaid('Velmora Ferries offered Tom Pike a job.')).toEqual([]);
    expect(quotesSaid('The quay hotel offers free parking.')).toEqual([]);
    expect(quotesSaid('Ann Holt offered $30 million for the pier.')).toEqual([]);
    expect(quotesSaid('The council offered no specifics about the new quay.')).toEqual([]);
  });

  it('a noun with its own topic reports the topic, as before', () => {
    expect(quotesSaid('Ann Holt offered her thoughts on the harbour deal.')).toEqual([{ cue: 'thoughts', speaker: 'Ann Holt', text: 'the harbour deal' }]);
    expect(quotesSaid('Tom Pike offered a blunt assessment of the ferry levy.')).toEqual([{ cue: 'assessment', speaker: 'Tom Pike', text: 'the ferry levy' }]);
  });
});

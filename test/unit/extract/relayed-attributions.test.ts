// An attribution that "according to" closes is what its source reports: the quotation or the reported
// clause together with its speaker and cue, up to "according to".
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('an attribution passed on by a source named after "according to"', () => {
  // (a ferry line cutting its winter sailings)
  it('a reported clause: the source reports the speaker, the cue and the clause', () => {
    expect(partsAndSpeakers('Rolf Decker said the winter sailings would stop, according to the Harbour Gazette.')).toEqual([
      [['Rolf Decker said the winter sailings would stop'], 'Harbour Gazette'],
    ]);
    expect(partsAndSpeakers('Rolf Decker told the crews on Monday that the winter sailings would stop, according to the minutes.')).toEqual([
      [['Rolf Decker told the crews on Monday that the winter sailings would stop'], 'the minutes'],
    ]);
  });

  it('a quotation: the source reports the quotation and its attribution, up to "according to"', () => {
    expect(partsAndSpeakers('“We cannot run at a loss all winter,” Rolf Decker said at a staff meeting, according to the Harbour Gazette.')).toEqual([
      [['“We cannot run at a loss all winter,” Rolf Decker said at a staff meeting'], 'Harbour Gazette'],
    ]);
  });

  it('stays the speaker’s words alone where the source is the speaker’s own document, or a clause of the narrator’s stands between', () => {
    expect(partsAndSpeakers('Rolf Decker said the winter sailings would stop, according to a statement from his office.')).toEqual([
      [['the winter sailings would stop'], 'Rolf Decker'],
    ]);
    const between = '“We cannot run at a loss all winter,” Rolf Decker said, but the boats sailed until March, according to the Harbour Gazette.';
    expect(partsAndSpeakers(between)[0]).toEqual([['We cannot run at a loss all winter,'], 'Rolf Decker']);
  });
});

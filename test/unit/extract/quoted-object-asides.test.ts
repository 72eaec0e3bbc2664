// A participle set off between a subject and its verb may take a quoted object whose closing marks
// follow the comma ("Ann Holt, citing “…,” said …"): the verb after the marks is still the subject's
// own, and reports its own words. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

/** Curly, straight and doubled single marks, opening and closing. */
const MARKS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ["''", "''"],
];

describe('a quoted object set off before the verb', () => {
  it('leaves the verb after the closing marks its own content', () => {
    for (const [open, close] of MARKS) {
      const readings = quoteReadings(`Harbour master Ann Holt, citing ${open}the long tradition of the port,${close} said the ferry would keep running.`);
      expect(readings).toContainEqual({ cue: 'said', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the ferry would keep running' });
      expect(readings).toContainEqual({ cue: 'citing', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the long tradition of the port,' });
    }
  });

  it('still reads a quotation ended by its attribution as before', () => {
    expect(quoteReadings('“The port will stay open,” said Ann Holt, the harbour master.')).toContainEqual({
      cue: 'said',
      speaker: 'Ann Holt',
      mention: 'Ann Holt',
      text: 'The port will stay open,',
    });
  });
});

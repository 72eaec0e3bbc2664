// "Said Ann Holt, who …, “…”": a cue opening the sentence before its speaker, with an aside on the
// speaker between the name and the quotation. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a sentence opened by an inverted cue', () => {
  it('attributes the quotation past a relative clause or a role set off after the speaker', () => {
    expect(partsAndSpeakers('Said Ann Holt, who grew up beside the Velmora docks, “We always knew she would win.”')).toEqual([
      [['We always knew she would win.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('Says Tom Pike, a harbour master for thirty years, "The ferry will never run on time."')).toEqual([
      [['The ferry will never run on time.'], 'Tom Pike'],
    ]);
  });

  it('takes no quotation after a clause of its own', () => {
    expect(partsAndSpeakers('Said to be ill, Ann Holt stayed home; “Rest,” her doctor told her.').map(([, who]) => who)).not.toContain('Ann Holt');
  });
});

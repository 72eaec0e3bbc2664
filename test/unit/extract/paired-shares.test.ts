// A second side's attribution after ", with" whose subject is a share counted in figures: "50 percent
// saying …", "40% of owners arguing …" ends what the first side said, as "with Rome demanding …"
// does. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a share in figures as the second side', () => {
  it('ends the first content and speaks its own', () => {
    expect(quotesSaid('Parents said the new term dates were fair, with 50 percent saying the break was too short.')).toEqual([
      { cue: 'said', speaker: 'Parents', text: 'the new term dates were fair' },
      { cue: 'saying', speaker: '50 percent', text: 'the break was too short' },
    ]);
    expect(quotesSaid('Residents said the levy was fair, with 40% of owners arguing it was too high.')).toEqual([
      { cue: 'said', speaker: 'Residents', text: 'the levy was fair' },
      { cue: 'arguing', speaker: '40% of owners', text: 'it was too high' },
    ]);
  });

  it('but a share with no speech verb goes on with the content', () => {
    expect(quotesSaid('Holt said turnout was low, with 30 percent of voters staying home.')).toEqual([
      { cue: 'said', speaker: 'Holt', text: 'turnout was low, with 30 percent of voters staying home' },
    ]);
  });
});

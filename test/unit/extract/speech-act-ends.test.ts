// Where reported content ends before what the speaker did next or goes on past what the narrator set
// off inside it: speech the speaker turned down after "and" or "but", and a summing-up noun before a
// second clause the cue reports. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('speech turned down after "and" or "but"', () => {
  it('ends what was said before it, and is reported apart', () => {
    expect(
      quotesSaid(
        'The Financial Conduct Authority said it had been monitoring the lender closely since the spring, but declined to say whether it had raised concerns.',
      ),
    ).toEqual([
      { cue: 'said', speaker: 'Financial Conduct Authority', text: 'it had been monitoring the lender closely since the spring' },
      { cue: 'declined', speaker: 'Financial Conduct Authority', text: 'to say whether it had raised concerns' },
    ]);
    expect(quotesSaid('Hallam Steel said the furnace could not be made profitable and declined to comment on the subsidy talks.')).toContainEqual({
      cue: 'said',
      speaker: 'Hallam Steel',
      text: 'the furnace could not be made profitable',
    });
  });

  it('not an act that turns down no speech, which may be what was said', () => {
    expect(quotesSaid('The club said he was injured and declined to travel with the squad.')).toEqual([
      { cue: 'said', speaker: 'The club', text: 'he was injured and declined to travel with the squad' },
    ]);
  });
});

describe('a noun summing up what was said', () => {
  it('set off before a second clause the cue reports, is an aside inside the content', () => {
    expect(
      quotesSaid(
        'Sheriff Dana Lowry said at least 40 homes had been destroyed, a figure she expected to rise, and that two firefighters had been taken to hospital.',
      ),
    ).toEqual([
      {
        cue: 'said',
        speaker: 'Dana Lowry',
        text: 'at least 40 homes had been destroyed, a figure she expected to rise, and that two firefighters had been taken to hospital',
      },
    ]);
  });

  it('still closes the content at the sentence end', () => {
    expect(quotesSaid('Sheriff Dana Lowry said at least 40 homes had been destroyed, a figure officials expected to rise sharply.')).toContainEqual({
      cue: 'said',
      speaker: 'Dana Lowry',
      text: 'at least 40 homes had been destroyed',
    });
  });
});

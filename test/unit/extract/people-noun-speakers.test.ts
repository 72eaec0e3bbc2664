// A noun for people by what they do ("the tenants", "the shoppers") speaks before a cue that could
// also be a noun or take an object ("insist", "argue", "claim") as a role noun does, and after an
// inverted cue with no quote marks ("…, said two passengers"); things do not.
// Short examples written for the test in the style of local and business news.
import { describe, expect, it } from 'vitest';
import { namesPersons } from '../../../src/extract/phrase-heads.js';
import { quoteReadings } from '../../support/extraction.js';

const speakerOf = (story: string, said: string) => quoteReadings(story).find((q) => q.text.startsWith(said))?.speaker;

describe('people named by what they do', () => {
  it('speak before a cue with no "that"', () => {
    expect(speakerOf('The fans insist the levy is unfair.', 'the levy is unfair')).toBe('The fans');
    expect(speakerOf('The tenants argue the rent rise breaks the lease.', 'the rent rise')).toBe('The tenants');
    expect(speakerOf('The shoppers claim the prices went up overnight.', 'the prices went up')).toBe('The shoppers');
    expect(speakerOf("The harbour's passengers insist the ferry left early.", 'the ferry left early')).toBe("The harbour's passengers");
  });

  it('speak after a name they follow ("Holt fans", "Pike backers"), where "fans" could be a verb', () => {
    expect(speakerOf('Ann Holt leads the race. Holt fans insist the levy is fair.', 'the levy is fair')).toBe('Holt fans');
    expect(speakerOf('Tom Pike runs the ferry. Pike backers insist the pier must stay open.', 'the pier must stay open')).toBe('Pike backers');
  });

  it('speak after an inverted cue with no quote marks, as role nouns do; things do not', () => {
    expect(speakerOf('The port is safe, said a sailor.', 'The port is safe')).toBe('a sailor');
    expect(speakerOf('The ferry left early, said two passengers.', 'The ferry left early')).toBe('two passengers');
    expect(speakerOf('The port will close next week, said the shoppers.', 'The port will close')).toBe('the shoppers');
    expect(speakerOf('The port is safe, said a spokesman.', 'The port is safe')).toBe('a spokesman');
    expect(speakerOf('The port is safe, said the computers.', 'The port is safe')).toBeUndefined();
  });

  it('are known by the lexicon, or as a known verb made a doer', () => {
    for (const word of ['fans', 'passengers', 'pilots', 'consumers', 'readers', 'shoppers']) expect(namesPersons(word), word).toBe(true);
    for (const word of ['helicopters', 'computers', 'corner', 'some', 'most', 'nobody', 'Apprentice']) expect(namesPersons(word), word).toBe(false);
  });
});

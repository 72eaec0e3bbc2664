// A participle after a clause joined by "and" or "but" goes with that clause's own subject, the
// clause nearest to it, not with the subject of the first (coordinate-subjects.ts). Short examples
// written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('a participle after a joined clause', () => {
  it('goes with the subject of the clause it follows', () => {
    expect(
      mentionOf('Ferry users called the fares unfair, and the harbour union has already sued the trust, saying they break the charter.', 'they break'),
    ).toBe('the harbour union');
    expect(mentionOf('Police arrested the skipper and Mayor Ann Holt fired her deputy, Tom Reyes, admitting that trust had been lost.', 'trust had')).toBe(
      'Ann Holt',
    );
    expect(mentionOf('Tom Reyes changed the subject, but the host brought him back to the levy, asking whether he would repeal it.', 'whether he')).toBe(
      'the host',
    );
  });

  it('leaves a joint subject, two objects and a verb joined with no subject of its own to the sentence’s subject', () => {
    expect(mentionOf('The mayor and her deputy signed the lease, saying it was fair.', 'it was fair')).toBe('The mayor');
    expect(mentionOf('The mayor thanked the police and firefighters, saying they were brave.', 'they were brave')).toBe('The mayor');
    expect(mentionOf('The mayor left the hall and met reporters, saying the plan was dead.', 'the plan was dead')).toBe('The mayor');
  });
});

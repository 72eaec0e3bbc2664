// The possessor of a speech noun speaks also past a participle between them ("Holt's continued
// insistence that …", "her mounting insistence that …"), as past an adjective ("his repeated warning").
// Stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a participle between a possessor and its speech noun', () => {
  it.each([
    ['Despite Ann Holt’s continued insistence that she was at the pier as a reporter, the council fined her.', 'Ann Holt', 'she was at the pier as a reporter'],
    ['Tom Pike’s continued insistence that the ferry was unsafe worried the crews.', 'Tom Pike', 'the ferry was unsafe'],
    ['Ann Holt met the crews. Her mounting insistence that the pier would close worried them.', 'Her', 'the pier would close'],
  ])('%s is spoken by %s', (story, speaker, said) => {
    expect(quoteReadings(story).map((q) => [q.mention, q.text])).toEqual([[speaker, said]]);
  });

  it('reads an adjective as before', () => {
    expect(quoteReadings('Tom Pike’s repeated warning that the ferry was unsafe worried the crews.').map((q) => q.mention)).toEqual(['Tom Pike']);
  });
});

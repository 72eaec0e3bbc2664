// A cue word inside a name ("the Gull Harbour Report", "the Velmora Claim Office") is no cue: an
// attribution with its speaker after the cue, and a role naming such a body after the speaker, still
// reports the words before it (speech-before-cue.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('a cue word inside a name after the speaker', () => {
  it('leaves the attribution its content', () => {
    expect(mentionOf('The pier vote is close, said Tom Pike, an analyst at the Gull Harbour Report.', 'The pier vote')).toBe('Tom Pike');
    expect(mentionOf('The levy will pass, said Ann Holt, a lawyer at the Velmora Claim Office.', 'The levy')).toBe('Ann Holt');
  });
});

// "don't", "shouldn't" and "mustn't" stand between a subject and its verb as "doesn't" and "didn't" did:
// the speaker's words are the subject alone ("Ferry owners don't believe …" names "Ferry owners").
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The words naming the speaker of the first quote. */
const speakerWords = (body: string) => extract(`Ferry news.\n\n${body}`).quotes[0]?.speaker.mention?.text;

describe('a negated auxiliary after the subject', () => {
  it('is no part of the speaker’s words', () => {
    expect(speakerWords("Ferry owners don't believe the new pier is safe.")).toBe('Ferry owners');
    expect(speakerWords('Velmora islanders don’t think the crossing will reopen in May.')).toBe('Velmora islanders');
    expect(speakerWords("Ann Holt doesn't think the crossing will reopen in May.")).toBe('Ann Holt');
  });
});

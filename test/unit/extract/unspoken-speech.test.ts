// Speech a sentence says has not happened, or that was spoken to someone, is none; an act denied is
// what was denied, and a speech act turned down ("declined to comment") the act, less sure. Short examples written for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { DECLINED_CAP, DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

const quotesOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.cue?.text ?? null);

describe('"not yet" before a cue', () => {
  it('reports what was not said yet, unsure, by the subject past "yet" (negated-speech.test.ts)', () => {
    const notYet = extract('Test article\n\nThe club has not yet said whether it will appeal the ban.').quotes;
    expect(notYet.map((q) => [q.speaker.mention?.text, q.text, q.confidence])).toEqual([['The club', 'whether it will appeal the ban', DECLINED_CAP]]);
  });
});

describe('"being" or "been" right before a cue', () => {
  it('makes it passive: the one told is no speaker', () => {
    expect(quotesOf('The club ended its interest after being told the fee was too high.')).toEqual([]);
    // What she was told is said, by someone the sentence does not name.
    const told = extract('Test article\n\nThe nurse has been told that her contract will end.').quotes;
    expect(told.map((q) => [q.speaker.mention, q.text])).toEqual([[null, 'her contract will end']]);
  });
});

describe('an act denied', () => {
  it('is a gerund after an adverb too', () => {
    const x = extract('Test article\n\nThe army has denied deliberately targeting reporters.');
    expect(x.quotes.map((q) => q.text)).toEqual(['deliberately targeting reporters']);
  });
});

describe('a speech act turned down', () => {
  /** Every quote, as [cue, speaker surface, content, confidence]. */
  const declined = (body: string) =>
    extract(`Test article\n\n${body}`).quotes.map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text, q.confidence]);

  it('"declined to comment" reports the act declined, less sure than any word said', () => {
    const [q] = declined('A spokeswoman for the airline declined to comment.');
    expect(q?.slice(0, 3)).toEqual(['declined', 'A spokeswoman', 'to comment']);
    expect(q?.[3]).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
    expect(q?.[3]).toBeLessThanOrEqual(DECLINED_CAP);
  });

  it('"refused to say how …" is the act, and its speech verb reports nothing of its own', () => {
    expect(declined('The club refused to say how much it had paid for the keeper.').map((q) => q.slice(0, 3))).toEqual([
      ['refused', 'The club', 'to say how much it had paid for the keeper'],
    ]);
    expect(declined('His office declined to comment on whether the council would ask ministers to intervene.').map((q) => q.slice(0, 3))).toEqual([
      ['declined', 'His office', 'to comment on whether the council would ask ministers to intervene'],
    ]);
  });

  it('ends at a comma: in a relative clause, or before what the speaker did say', () => {
    expect(declined('The coach, who declined to comment on the injury, left the ground early.').map((q) => q[2])).toEqual(['to comment on the injury']);
    expect(declined('She declined to answer questions about her health, saying she felt fine.').map((q) => q[2])).toEqual([
      'to answer questions about her health',
      'she felt fine',
    ]);
  });

  it('ends before "and" or "but" after the act, and what follows is reported on its own', () => {
    expect(declined('Although the ministry declined to comment and aides later said the memo was a draft, the row grew.').map((q) => q.slice(0, 3))).toEqual([
      ['declined', 'the ministry', 'to comment'],
      ['said', 'aides', 'the memo was a draft'],
    ]);
  });

  it('an act declined that is no speech is not reported; an act refused is a stance (refused-acts.test.ts)', () => {
    expect(declined('The striker declined to travel with the squad.')).toEqual([]);
    expect(declined('The board refused to rule out job cuts.').map((q) => q.slice(0, 3))).toEqual([['refused', 'The board', 'to rule out job cuts']]);
  });
});

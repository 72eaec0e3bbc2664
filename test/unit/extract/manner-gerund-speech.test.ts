// A verb whose object is what it speaks of, as the way the subject's act was done ("by denouncing …",
// "vocal in rejecting …") or after an act done in full ("was quick to condemn …", "went out of his way
// to praise …", "used the speech to attack …"). Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('a gerund after "by" or "in" telling how the act was done', () => {
  it('is speech of the subject: "won races by denouncing …", "hinted at her by mentioning …"', () => {
    expect(quotesAsWritten('Tom Pike started winning races by denouncing the harbour levy.')).toEqual([
      { cue: 'denouncing', speaker: 'Tom Pike', text: 'the harbour levy' },
    ]);
    expect(quotesAsWritten('Tom Pike only hinted at Ann Holt by mentioning the need for a sea wall.')).toEqual([
      { cue: 'mentioning', speaker: 'Tom Pike', text: 'the need for a sea wall' },
    ]);
  });

  it('is speech of the subject: "has been vocal in rejecting …"', () => {
    expect(quotesAsWritten("Ann Holt has been very vocal in rejecting several of Tom Pike's comments.")).toEqual([
      { cue: 'rejecting', speaker: 'Ann Holt', text: "several of Tom Pike's comments" },
    ]);
  });
});

describe('an infinitive after an act done in full', () => {
  it('is speech of the subject: "was quick to condemn", "went out of his way to praise", "used … to attack"', () => {
    expect(quotesAsWritten('Tom Pike was quick to condemn the outcome.')).toEqual([{ cue: 'condemn', speaker: 'Tom Pike', text: 'the outcome' }]);
    expect(quotesAsWritten('Tom Pike went out of his way to praise the mayor.')).toEqual([{ cue: 'praise', speaker: 'Tom Pike', text: 'the mayor' }]);
    expect(quotesAsWritten('Tom Pike used the speech to attack the levy.')).toEqual([{ cue: 'attack', speaker: 'Tom Pike', text: 'the levy' }]);
  });
});

describe('what stays', () => {
  it('a gerund after a passive, an interest or a role', () => {
    expect(quotesAsWritten('Hostility to the port is often justified by denouncing its owners.')).toEqual([]);
    expect(quotesAsWritten('Tom Pike is interested in discussing the levy.')).toEqual([]);
  });

  it('an aim, and a tool used', () => {
    expect(quotesAsWritten('Ann Holt is eager to attack him.')).toEqual([]);
    expect(quotesAsWritten('Tom Pike plans to praise the mayor.').map((q) => q.cue)).not.toContain('praise');
    expect(quotesAsWritten('Ann Holt used a hammer to attack the door.')).toEqual([]);
  });
});

describe('a gerund after "of" in an act of the subject\'s own', () => {
  it('is speech of the subject: "stopped short of demanding …", "made a point of saying …"', () => {
    expect(quotesAsWritten('Ann Holt praised the ferry crews but stopped short of demanding that the pier reopen.')).toContainEqual({
      cue: 'demanding',
      speaker: 'Ann Holt',
      text: 'that the pier reopen',
    });
    expect(quotesAsWritten('Tom Pike had made a point of saying his harbour levy would stay.')).toEqual([
      { cue: 'saying', speaker: 'Tom Pike', text: 'his harbour levy would stay' },
    ]);
  });

  it('not after a verb whose object the gerund is: "accused Tom Pike of saying …" stays as it was', () => {
    expect(quotesAsWritten('Ann Holt accused Tom Pike of saying the levy would stay.').map((q) => q.cue)).not.toContain('saying');
  });
});

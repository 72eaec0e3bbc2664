// "As X said …," opening a sentence makes the main clause after its comma what was said, also after a
// conjunction or a short adverbial opening the sentence ("But as …", "Of course, as …"), and with
// where or when it was said after "pointed out" ("As Ann Holt pointed out in a column, …").
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('"as X said," after a conjunction or an adverbial opening the sentence', () => {
  it('reports the main clause after its comma', () => {
    expect(quotesSaid('But as Ann Holt reported on Saturday, the harbour master has already emerged as an adviser.')).toEqual([
      { cue: 'reported', speaker: 'Ann Holt', text: 'the harbour master has already emerged as an adviser' },
    ]);
    expect(quotesSaid('And as Ann Holt noted on Monday, the council has not met since May.')).toEqual([
      { cue: 'noted', speaker: 'Ann Holt', text: 'the council has not met since May' },
    ]);
    expect(quotesSaid('In the old republic, as Ann Holt reported in her book, the governors had lavish country houses.')).toEqual([
      { cue: 'reported', speaker: 'Ann Holt', text: 'the governors had lavish country houses' },
    ]);
  });

  it('not when the opening clause reports nothing said', () => {
    expect(quotesSaid('But as the tide rose, the ferry left the pier.')).toEqual([]);
    expect(quotesSaid('In May, as the ferry left, Ann Holt waved from the pier.')).toEqual([]);
  });
});

describe('"As X pointed out" with where or when before the comma', () => {
  it('reports the main clause after the comma', () => {
    expect(quotesSaid('As Ann Holt pointed out in a column, the interviews give Tom Reed a huge advantage.')).toEqual([
      { cue: 'pointed', speaker: 'Ann Holt', text: 'the interviews give Tom Reed a huge advantage' },
    ]);
    expect(quotesSaid('As Ann Holt points out in her weekly letter, the quay floods every spring.')).toEqual([
      { cue: 'points', speaker: 'Ann Holt', text: 'the quay floods every spring' },
    ]);
  });

  it('not with an object pointed at', () => {
    expect(quotesSaid('As Ann Holt pointed out the flaws in the plan, Tom Reed left the room.')).not.toContainEqual(
      expect.objectContaining({ text: 'Tom Reed left the room' }),
    );
  });
});

describe('a cue after the comma closing an opening "as" clause', () => {
  it('is no cue inside it, while an aside with no verb may stand inside the as-clause', () => {
    expect(quotesSaid('As many harbour pilots, including Ann Holt, have pointed out, the quay floods every spring.')).toEqual([
      { cue: 'pointed', speaker: 'many harbour pilots', text: 'the quay floods every spring' },
    ]);
    expect(quotesSaid('On Tuesday, as the markets fell, Ann Holt wrote to the crew, telling them to wait.')).not.toContainEqual(
      expect.objectContaining({ cue: 'wrote' }),
    );
  });
});

// "pointed out" with nothing pointed at reports what was said around it, as "noted" does: set off
// after the words, in an "as" clause, or between commas. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('"pointed out" around what was said', () => {
  it('reports the words before it, after it or around it', () => {
    expect(quotesAsWritten('The new quay will flood every spring, Ann Holt pointed out.')).toEqual([
      { cue: 'pointed', speaker: 'Ann Holt', text: 'The new quay will flood every spring' },
    ]);
    expect(quotesAsWritten('The new quay will flood every spring, as Ann Holt pointed out.')).toEqual([
      { cue: 'pointed', speaker: 'Ann Holt', text: 'The new quay will flood every spring' },
    ]);
    expect(quotesAsWritten('And as Tom Pike pointed out, the ferry still runs at a loss.')).toEqual([
      { cue: 'pointed', speaker: 'Tom Pike', text: 'the ferry still runs at a loss' },
    ]);
    expect(quotesAsWritten('The ferry, Tom Pike pointed out, still runs at a loss.')).toEqual([
      { cue: 'pointed', speaker: 'Tom Pike', text: 'The ferry, Tom Pike pointed out, still runs at a loss' },
    ]);
    expect(quotesAsWritten('“The ferry still runs at a loss,” Tom Pike points out.')).toEqual([
      { cue: 'points', speaker: 'Tom Pike', text: 'The ferry still runs at a loss,' },
    ]);
  });
});

describe('what stays', () => {
  it('"pointed out" with its clause, with an object (what was pointed out), or pointing at a place', () => {
    expect(quotesAsWritten('Ann Holt pointed out that the quay will flood.')).toEqual([
      { cue: 'pointed', speaker: 'Ann Holt', text: 'that the quay will flood' },
    ]);
    expect(quotesAsWritten('Ann Holt pointed out the flaws in the plan.')).toEqual([{ cue: 'pointed', speaker: 'Ann Holt', text: 'the flaws in the plan' }]);
    expect(quotesAsWritten('Tom Pike pointed out the window.')).toEqual([]);
  });
});

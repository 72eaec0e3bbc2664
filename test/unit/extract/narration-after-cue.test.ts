// Words after the cue of a quotation that opens its sentence are narration, not a second content:
// also a clause of the time it was said in ("as the votes came in") and speech that was not given
// ("without further comment"); a clause of the cue's own, or another speaker's cue, stays. Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('a clause of the time a quotation was said in, after its cue', () => {
  it('is narration, no second content', () => {
    expect(quotesOf('“We have a plan,” Ann Holt said happily on the radio as the votes came in.')).toEqual([{ cue: 'said', text: 'We have a plan,' }]);
    expect(quotesOf('“You will see,” Tom Pike said carefully, as the words rolled across the screen.')).toEqual([{ cue: 'said', text: 'You will see,' }]);
  });

  it('but a cue inside it reports speech of its own', () => {
    expect(quotesOf('“We did it,” Ann Holt said, as Tom Pike argued that the vote in Velmora was rigged.')).toContainEqual({
      cue: 'argued',
      text: 'that the vote in Velmora was rigged',
    });
  });
});

describe('speech that was not given, after the cue of a quotation', () => {
  it('is narration', () => {
    expect(quotesOf('“The ferry will run,” the harbour master said without further comment.')).toEqual([{ cue: 'said', text: 'The ferry will run,' }]);
  });

  it('while a clause reported by another cue stays', () => {
    expect(quotesOf('“The ferry will run,” Tom Pike said, adding that the fares in Korvena would rise.')).toContainEqual({
      cue: 'adding',
      text: 'that the fares in Korvena would rise',
    });
  });
});

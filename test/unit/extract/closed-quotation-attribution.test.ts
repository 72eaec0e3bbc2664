// A quotation that its own sentence attributes before it and that a stop closes: the sentence after
// it, with a cue of its own, does not take it. Short examples written for the test (a ferry that
// runs late, a harbour master's messages).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and pieces said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, parts: q.parts.map((p) => p.text) }));
}

describe('a quotation attributed before it and closed by a stop', () => {
  it('keeps its lead-in and its speaker when the next sentence agrees', () => {
    expect(quotesOf('Ann Holt met the ferry crews on Monday. The new ferry, she said, “is too slow.” The tides agreed.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', parts: ['The new ferry', 'is too slow.'] },
    ]);
  });

  it('stays apart from the quotation a reply in the next sentence introduces', () => {
    expect(
      quotesOf(
        'In one exchange, harbour master Tom Reyes forwards a photograph of Ann Holt on the quay. Ann Holt responds to Tom Reyes with, “Why now? That was on my way to the island?” Tom Reyes then writes back, “You look cute.”',
      ),
    ).toEqual([
      { cue: 'responds', speaker: 'Ann Holt', parts: ['Why now? That was on my way to the island?'] },
      { cue: 'writes', speaker: 'Tom Reyes', parts: ['You look cute.'] },
    ]);
    expect(
      quotesOf(
        'Mayor Ann Holt answered the fishermen with, “Why now? The ferry was due in May.” Tom Reyes, the harbour master, then added, “It was never due.”',
      ),
    ).toEqual([
      { cue: 'answered', speaker: 'Ann Holt', parts: ['Why now? The ferry was due in May.'] },
      { cue: 'added', speaker: 'Tom Reyes', parts: ['It was never due.'] },
    ]);
  });
});

describe('near misses', () => {
  it('a quotation with no attribution of its own still goes to the sentence after it', () => {
    expect(quotesOf('The crews were angry. “The new ferry is too slow.” The harbour master agreed.')).toEqual([
      { cue: 'agreed', speaker: 'The harbour master', parts: ['The new ferry is too slow.'] },
    ]);
  });

  it('a quotation going on past a comma is still resumed after its attribution', () => {
    expect(quotesOf('“The new ferry is too slow,” Ann Holt said, “and the old one is worse.”')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', parts: ['The new ferry is too slow,', 'and the old one is worse.'] },
    ]);
  });
});

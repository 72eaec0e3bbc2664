// A quotation right after a verb of telling and its listener, with no comma or colon between, is
// what was told. Short examples written for the test in the style of entertainment and local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: kind, cue, speaker and words. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ kind: q.kind, cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('told a listener "…"', () => {
  it('is a quotation by the teller, whatever the narrator adds after it', () => {
    expect(quotesOf('Pop star Maya Reyes told fans "I love this city" and signed autographs for an hour.')).toEqual([
      expect.objectContaining({ kind: 'DIRECT', cue: 'told', speaker: 'Maya Reyes', text: 'I love this city' }),
    ]);
    expect(quotesOf('Coach Dan Ruiz told the players "we go again" on Friday.')).toEqual([
      expect.objectContaining({ kind: 'DIRECT', cue: 'told', text: 'we go again' }),
    ]);
  });

  it('is no quotation when the quoted words are a title or the verb is bare', () => {
    expect(quotesOf('Dan Ruiz told the television programme "Inside Sport" after the match that he would stay.')).not.toContainEqual(
      expect.objectContaining({ kind: 'DIRECT', text: 'Inside Sport' }),
    );
  });
});

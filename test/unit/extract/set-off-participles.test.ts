// A participle with its object set off by commas between a subject and its cue ("Ann Holt,
// contradicting Tom Pike, said") tells what the subject did as it spoke; the subject speaks, not the
// participle's object (set-off-phrases.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const saidBy = (body: string) => quoteReadings(body).filter((q) => q.cue === 'said' || q.cue === 'told');

describe('a participle phrase set off between a subject and its cue', () => {
  it('the subject before it speaks', () => {
    expect(saidBy('Ann Holt, contradicting Tom Pike, said the pier would close.').map((q) => q.speaker)).toEqual(['Ann Holt']);
    expect(saidBy('As Ann Holt, contradicting Tom Pike, said later, the pier would close.').map((q) => q.speaker)).toEqual(['Ann Holt']);
    expect(saidBy('Ann Holt, echoing the mayor, told reporters the pier would close.').map((q) => q.speaker)).toEqual(['Ann Holt']);
    expect(
      saidBy('Tom Pike flew home over the sea, as Ann Holt, contradicting him, said she had told him that Velmora would not pay.').map((q) => q.speaker),
    ).toEqual(['Ann Holt']);
  });

  it('a participle going on with the clause before it leaves the speaker after the cue', () => {
    expect(
      saidBy(
        'That would create a hard summer for Ann Holt leading up to the vote, forcing her to fend off both Tom Pike and Rob Vale, said Brad Bannon, a pollster.',
      ).map((q) => q.speaker),
    ).toEqual(['Brad Bannon']);
  });

  it('after an earlier comma, only when the clause opens there', () => {
    expect(quoteReadings('Friday, Velmora, leading a group of nine towns, asked a judge to block the levy.').map((q) => q.speaker)).toEqual(['Velmora']);
    expect(
      saidBy('Harbour officials familiar with the boat taken from the house in Tarnby, N.Y., speaking on condition of anonymity, said it was damaged.').map(
        (q) => q.speaker,
      ),
    ).not.toContain('New York');
  });

  it('a description set off there still names the speaker', () => {
    expect(saidBy('Tom Pike, a harbour pilot, said the pier would close.').map((q) => q.speaker)).toEqual(['Tom Pike']);
    expect(saidBy('Residents, including Tom Pike, said the pier should close.').map((q) => q.mention)).toEqual(['Residents']);
  });
});

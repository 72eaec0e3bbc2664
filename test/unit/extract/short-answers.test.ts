// Answers shorter than a clause: "said yes", "said no". Short examples written for the test in the
// style of local news and poll reports.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the extract command would print: cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('a one-word answer', () => {
  it('"yes" or "no" after "said" is what was said', () => {
    expect(quotesOf('Asked whether the bypass should be built, 64 per cent of residents said yes. Twenty per cent said no.')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cue: 'said', speaker: '64 per cent of residents', text: 'yes' }),
        expect.objectContaining({ cue: 'said', speaker: 'Twenty per cent', text: 'no' }),
      ]),
    );
    expect(quotesOf('Councillor Tom Hale was asked if he would back the plan. Mr Hale said no, and left the room.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'Tom Hale', text: 'no' }),
    );
    expect(quotesOf('Asked if she would stand again, Mayor Ann Pike replied yes.')).toContainEqual(
      expect.objectContaining({ cue: 'replied', speaker: 'Ann Pike', text: 'yes' }),
    );
  });

  it('"no" opening a clause is no one-word answer', () => {
    expect(quotesOf('Mayor Ann Pike said no decision had been made.')).toEqual([expect.objectContaining({ cue: 'said', text: 'no decision had been made' })]);
  });
});

describe('an answer of a pronoun and an auxiliary', () => {
  it('is what was said when nothing follows it', () => {
    expect(quotesOf('Asked whether he would stand for Velmora council, Tom Pike said he would.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'Tom Pike', text: 'he would' }),
    );
    expect(quotesOf('Ann Holt asked the crowd if she could speak. They said she could.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'she could' }),
    );
    expect(quotesOf("Asked if the ferry had left, Ann Holt replied that it hadn't.")).toContainEqual(
      expect.objectContaining({ cue: 'replied', speaker: 'Ann Holt', text: "it hadn't" }),
    );
  });

  it('leaves a clause with a verb after the auxiliary whole', () => {
    expect(quotesOf('Tom Pike said he would close the Harlow depot.')).toEqual([expect.objectContaining({ text: 'he would close the Harlow depot' })]);
  });
});

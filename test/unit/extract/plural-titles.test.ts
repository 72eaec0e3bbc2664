// A title for two or more names ("Sens. Ann Holt and Tom Pike") keeps its period inside the
// sentence, as "Sen." does, so what was said runs on past it.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.js';
import { extractBody } from '../../support/extraction.js';

const sentencesOf = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('a plural title before names', () => {
  it('ends no sentence: "Sens.", "Reps.", "Govs."', () => {
    expect(sentencesOf('The plan was backed by Sens. Ann Holt and Tom Pike. It passed.')).toEqual([
      'The plan was backed by Sens. Ann Holt and Tom Pike.',
      'It passed.',
    ]);
    expect(sentencesOf('Reps. Ray Cole and Ed Lamb voted no.')).toEqual(['Reps. Ray Cole and Ed Lamb voted no.']);
  });

  it('so a reported clause goes on past it', () => {
    expect(extractBody('Tom Pike said the bridge plan was backed by Govs. Ray Cole and Ed Lamb and would pass.').quotes[0]!.text).toBe(
      'the bridge plan was backed by Govs. Ray Cole and Ed Lamb and would pass',
    );
  });

  it('not the plural noun in lower case, which may end a sentence', () => {
    expect(sentencesOf('Ann Holt did ten reps. Then she rested.')).toEqual(['Ann Holt did ten reps.', 'Then she rested.']);
  });
});

// Names listed with commas before two joined by "and" are one joint subject with them: every name of
// the list speaks. An age set off after a name of the pair or the list leaves it joined.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('listed joint speakers', () => {
  it('"Tom Pike, Ann Holt and Jon Reyes said" is all three, with or without a comma before "and"', () => {
    expect(speakersOf('Tom Pike, Ann Holt and Jon Reyes said the council must act.')).toEqual(['Tom Pike, Ann Holt and Jon Reyes']);
    expect(speakersOf('Tom Pike, Ann Holt, and Jon Reyes said the council must act.')).toEqual(['Tom Pike, Ann Holt and Jon Reyes']);
    expect(speakersOf('Sen. Tom Pike, Gov. Ann Holt, Rep. Jon Reyes and Mia Lund said the council must act.')).toEqual([
      'Tom Pike, Ann Holt, Jon Reyes and Mia Lund',
    ]);
    expect(speakersOf('Britain, France and Germany said the council must act.')).toEqual(['United Kingdom, France and Germany']);
  });

  it('an age set off after a name leaves the pair or the list joined', () => {
    expect(speakersOf('Tom Pike, 54, and Ann Holt said the vote was rigged.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike, 54, and Ann Holt, 61, said the vote was rigged.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike, 54, Ann Holt, 61, and Jon Reyes, 40, said the vote was rigged.')).toEqual(['Tom Pike, Ann Holt and Jon Reyes']);
  });

  it('a pair stays a pair, and a name after a preposition or a lone comma opens no list', () => {
    expect(speakersOf('Tom Pike and Ann Holt said the plan would fail.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Speaking in Velmora, Tom Pike and Ann Holt said the plan would fail.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike, and Ann Holt said the council must act.')).toEqual(['Ann Holt']);
    expect(speakersOf('Ann Holt, 61, said the vote was rigged.')).toEqual(['Ann Holt']);
  });
});

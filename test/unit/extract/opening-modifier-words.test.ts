// An ordinary word opening a sentence before the noun it modifies names nothing, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('an ordinary word opening a sentence, a lower-case noun after it', () => {
  it('is no name', () => {
    expect(typedNames('Farmers\n\nMost of the farmers backed the levy. White farmers in Velmora backed it too.')).toEqual(['LOCATION:Velmora']);
    expect(typedNames('Harvest\n\nThe climate of the valley is mild. Climate change affects the harvest in Velmora.')).toEqual(['LOCATION:Velmora']);
  });

  it('a body named by an ordinary word before its members stays one', () => {
    expect(typedNames('Bill\n\nSenate aides said the bill was dead.')).toEqual(['ORGANIZATION:Senate']);
  });

  it('unless the story names someone by it in full', () => {
    expect(typedNames('Pier\n\nMayor Tom White opened the pier on Monday. White aides said the levy would stay.')).toEqual([
      'PERSON:Tom White',
      'PERSON:White',
    ]);
  });
});

describe('a noun labelling a section or a caption of a story', () => {
  it('is no name', () => {
    expect(typedNames('Levy\n\nThe bridge opened on Friday. Image: Tom Hale.\nBackground\nThe levy was set in 2001.')).toEqual(['PERSON:Tom Hale']);
  });
});

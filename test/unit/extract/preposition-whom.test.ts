// A relative clause a preposition and "whom" open after a name closing a content ("…, with whom he
// clashed") is the narrator's aside on the person, as one "who" opens (narrator-additions.ts,
// topic-end.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../support/extraction.js';

describe('"with whom", "for whom" after a name', () => {
  it('ends an object reported as speech', () => {
    expect(textsOf('Tom Pike criticized the harbour master Ann Holt, with whom he clashed last winter.', 'criticized')).toEqual([
      'the harbour master Ann Holt',
    ]);
    expect(textsOf('Ann Holt praised the crews of the Velmora ferry, with whom she sailed for years.', 'praised')).toEqual(['the crews of the Velmora ferry']);
  });

  it('ends a clause reported', () => {
    expect(textsOf('Ann Holt said she would back Tom Pike, for whom she had campaigned in the spring.', 'said')).toEqual(['she would back Tom Pike']);
  });

  it('leaves "to which" after a place to the speaker', () => {
    expect(textsOf('Tom Pike said the ferry would run to Velmora, to which the council objected.', 'said')).toEqual([
      'the ferry would run to Velmora, to which the council objected',
    ]);
  });
});

// An infinitive of speech after a verb's object has that object for its subject (controlled-infinitives.ts).
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('an infinitive of speech after a verb’s object', () => {
  it('has the object for its subject: a name, a pronoun, people or a quantifier', () => {
    expect(mentionOf('The storm damage led harbour master Tom Reyes to announce that the pier would close.', 'the pier')).toBe('Tom Reyes');
    expect(mentionOf('Ann Holt won the vote by a wide margin, which led her to declare that the levy was dead.', 'the levy')).toBe('her');
    expect(mentionOf('The Velmora Herald sent a reporter to the quay to ask fishermen whether the fares were fair.', 'whether the fares')).toBe('a reporter');
    expect(mentionOf('The trust opened a hotline allowing residents to tell officials that the water was unsafe.', 'the water')).toBe('residents');
    expect(mentionOf('The council closed the pier without notice, leaving many to wonder whether it would open again.', 'whether it would')).toBe('many');
  });

  it('leaves a wish, a verb with no object, or a document for object, to the sentence’s subject', () => {
    expect(mentionOf('Ann Holt wants voters to recall that she opposed the levy.', 'she opposed')).toBe('Ann Holt');
    expect(mentionOf('The mayor wants to say that the pier is safe.', 'the pier')).toBe('The mayor');
    expect(mentionOf('The mayor sent a letter to residents to explain that the pier is safe.', 'the pier')).toBe('The mayor');
  });
});

// An empty "it" ("It’s hard to …", "It was no surprise when …") names no one who speaks: a participle or
// an infinitive of speech looks past it for its subject, and "for X" after it gives the infinitive its
// subject (expletive-it.ts, clause-subjects.ts, controlled-infinitives.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('an empty “it”', () => {
  it('is passed over for the subject of a clause after it', () => {
    expect(mentionOf('It was a long night in Velmora, and Ann Holt looked tired and said, “We will rebuild the pier.”', 'We will rebuild')).toBe('Ann Holt');
    expect(mentionOf('It’s a big if, but Ann Holt was in Velmora on Tuesday night, stressing the harbour’s importance.', 'the harbour’s')).toBe('Ann Holt');
    expect(mentionOf('So it was no surprise on Friday when Tom Pike went off script to comment on the harbour levy.', 'the harbour levy')).toBe('Tom Pike');
  });

  it('gives the infinitive the subject after “for”', () => {
    expect(mentionOf('But it is not unreasonable for Ann Holt to assert that most of the pier is safe.', 'most of the pier')).toBe('Ann Holt');
    expect(mentionOf('It has become common for reporters to describe the mayor as a rebel.', 'the mayor')).toBe('reporters');
  });

  it('is left alone where it did something, and “for” with no empty “it” gives no subject', () => {
    expect(mentionOf('The union met on Monday. It was joined by the ferry crews, saying the levy was unfair.', 'the levy')).toBe('It');
    expect(mentionOf('Ann Holt praised the fishermen for reporting that the pier was unsafe.', 'the pier')).toBe('Ann Holt');
  });
});

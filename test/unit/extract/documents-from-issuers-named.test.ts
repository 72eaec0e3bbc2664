// A post, an email, a message, a video, a column, an essay or a petition from someone speaks for
// whoever it is from, as a letter or a statement from them does. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a post or an email speaks for whoever it is from', () => {
  it('the issuer after "from" speaks', () => {
    expect(speakersOf('The pier will close, according to a post from Ann Holt.')).toEqual(['Ann Holt']);
    expect(speakersOf('The pier will close, according to an email from the Harbour Trust.')).toEqual(['Harbour Trust']);
    expect(speakersOf('A video from the Harbour Trust says the pier will close.')).toEqual(['Harbour Trust']);
  });

  it('with no issuer named, the document speaks as before', () => {
    expect(speakersOf('The video says the pier will close.')).toEqual(['The video']);
  });
});

// A document speaks for its issuer also when words stand between them or between the document and
// its cue: an amount opening the document, whom it went to, a noun for a web page.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('documents and their issuers, past the words between', () => {
  it('an amount opening the document is part of it', () => {
    expect(speakersOf('Senator Ann Holt filed a $40 million lawsuit in 2019 alleging that the firm had cheated its tenants.')).toEqual(['Ann Holt']);
  });

  it('whom the document went to stands between it and its cue: the issuer speaks', () => {
    expect(speakersOf('Ann Holt won the primary. Her campaign sent out a text message to supporters saying: "We won tonight."')).toEqual(['Ann Holt']);
    expect(speakersOf('The club sent a two-page letter to fans saying that the stand would close.')).toEqual(['The club']);
  });

  it('a website speaks for whoever put it out', () => {
    expect(speakersOf('The Harbour Trust on Monday launched a mock website asking for ideas to rename the pier.')).toEqual(['Harbour Trust', 'Harbour Trust']);
  });

  it('with no document before "to", the phrase before the cue speaks as before', () => {
    expect(speakersOf('Tom Reyes spoke to farmers saying that the quay would close.')).toEqual(['Tom Reyes']);
  });
});

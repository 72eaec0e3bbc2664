// Given names the lexicon reads as ordinary words ("frank", "bill", "guy"), and a couple's foundation named
// with two given names: stories written for the test (a harbour survey and its funders).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a given name that is also an ordinary word', () => {
  it('opens a person’s name with a surname that is an ordinary word too', () => {
    expect(typedNames('Survey\n\nFrank Rack got in touch after the divers came back from Velmora.')).toContain('PERSON:Frank Rack');
    expect(typedNames('Survey\n\nThe survey began when Guy Reed sent samples to Harlow.')).toContain('PERSON:Guy Reed');
  });

  it('alone in mid-sentence is a person, and the full name stays a person', () => {
    expect(typedNames('Survey\n\nThe team led by Frank found the wreck off Velmora.')).toContain('PERSON:Frank');
    expect(typedNames('Survey\n\nDonor Dick Holt funds the dive. Holt said more dives would follow.')).toEqual(['PERSON:Dick Holt', 'PERSON:Holt']);
  });

  it('as the ordinary word opening a sentence stays no name', () => {
    expect(typedNames('Survey\n\nFrank talks are needed on the harbour, the mayor of Velmora said.')).not.toContain('PERSON:Frank');
  });
});

describe('a couple’s foundation', () => {
  it('is one body, two given names joined by "and" before the surname and a body’s word', () => {
    expect(typedNames('Funds\n\nThe dive is paid for by the Bill and Ann Holt Foundation.')).toContain('ORGANIZATION:Bill and Ann Holt Foundation');
    expect(typedNames('Funds\n\nThe dive is paid for by the Tom and Ann Reed Foundation.')).toContain('ORGANIZATION:Tom and Ann Reed Foundation');
  });

  it('a body of its own before "and" stays apart', () => {
    const names = typedNames('Funds\n\nAid came from Oxfam and the Velmora Harbour Trust.');
    expect(names).toContain('ORGANIZATION:Oxfam');
  });
});

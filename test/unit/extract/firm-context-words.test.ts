// One unknown capitalised word a firm's context names: the work done at it, a body's office its possessive owns,
// a body's relation after "its". Stories written for the test (a harbour firm's staff and its rivals).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('where a person works, said by the work before "at"', () => {
  it('is a body, not a place ("works at Quantix", "a job at Quantix")', () => {
    expect(typedNames('Staff\n\nAnn Holt works at Quantix and lives in Harlow.')).toEqual(['PERSON:Ann Holt', 'ORGANIZATION:Quantix', 'LOCATION:Harlow']);
    expect(typedNames('Staff\n\nTom Pike took a job at Korvath last year.')).toContain('ORGANIZATION:Korvath');
    expect(typedNames('Staff\n\nAnn Holt has worked at Quantix, where she leads the sales team, for ten years.')).toContain('ORGANIZATION:Quantix');
  });

  it('a place the gazetteer knows stays a place, and "works with" names no body', () => {
    expect(typedNames('Staff\n\nAnn Holt worked at Paris airport for a year.')).toContain('LOCATION:Paris');
    expect(typedNames('Staff\n\nTom Pike works with Ann Holt on the pier.')).toEqual(['PERSON:Tom Pike', 'PERSON:Ann Holt']);
  });
});

describe("the owner of a body's office", () => {
  it('is a body, opening its sentence or not ("Korvath\'s president")', () => {
    expect(typedNames("Ferries\n\nKorvath's president, Tom Pike, said the plan would fail.")).toEqual(['ORGANIZATION:Korvath', 'PERSON:Tom Pike']);
    expect(typedNames("Ferries\n\nTom Pike, Korvath's president, said the plan would fail.")).toContain('ORGANIZATION:Korvath');
    expect(typedNames("Ferries\n\nDalvik's chief executive quit on Monday.")).toContain('ORGANIZATION:Dalvik');
  });

  it("a place the gazetteer knows stays a place, and a person's own staff leave the person", () => {
    expect(typedNames("Ferries\n\nFrance's president said the plan would fail.")).toContain('LOCATION:France');
    expect(typedNames("Ferries\n\nTom Pike's chief of staff said the plan would fail.")).toEqual(['PERSON:Tom Pike']);
  });
});

describe('a body\'s relation after "its"', () => {
  it('is a body ("its rival Korvath")', () => {
    expect(typedNames('Ferries\n\nFares fell after its rival Korvath cut them.')).toContain('ORGANIZATION:Korvath');
  });

  it('a country the gazetteer knows stays a place ("its rival France")', () => {
    expect(typedNames('Ferries\n\nThe league said its rival France had bid too.')).toContain('LOCATION:France');
  });

  it('a person named in full stays a person ("its rival Tom Pike")', () => {
    expect(typedNames('Chess\n\nThe Tarnby club lost the final to its rival Ann Holt on Sunday.')).toContain('PERSON:Ann Holt');
    expect(typedNames('Ferries\n\nFares fell after its rival Tom Pike cut them.')).not.toContain('ORGANIZATION:Tom Pike');
  });
});

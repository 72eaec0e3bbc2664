// Bodies named after someone in the possessive, with a body's head after the name rather than an
// institution's word: "Teachers' Pension Fund", "Guy's and St Thomas' NHS Foundation Trust".
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a body named in the possessive', () => {
  it('a name in "s\'" before a body\'s head is one body ("the Teachers\' Pension Fund")', () => {
    const found = typedNames("Pensions\n\nA spokesman for the Nurses' Pension Fund said it had no plans to sell the site.");
    expect(found).toContain("ORGANIZATION:Nurses' Pension Fund");
    expect(found).not.toContain('ORGANIZATION:Pension Fund');
  });

  it('two patrons joined by "and" before a trust are one body ("Guy\'s and St Thomas\' NHS Foundation Trust")', () => {
    const found = typedNames("Breach\n\nA nurse at Guy's and St Thomas' NHS Foundation Trust said she had received phishing emails.");
    expect(found).toContain("ORGANIZATION:Guy's and St Thomas' NHS Foundation Trust");
    expect(found).not.toContain('ORGANIZATION:St Thomas');
  });

  it('an office\'s title in "\'s" before "Office" is one body ("the Information Commissioner\'s Office")', () => {
    const found = typedNames("Fine\n\nThe Information Commissioner's Office fined the lender £50,000 on Tuesday.");
    expect(found).toContain("ORGANIZATION:Information Commissioner's Office");
    expect(typedNames("Talks\n\nA source at the Prime Minister's Office said no deal was near.")).toContain("ORGANIZATION:Prime Minister's Office");
  });

  it('a firm\'s own name after its owner stays apart ("Anglo Mines\' Tarka Gold Mining Co")', () => {
    const found = typedNames("Mines\n\nOutput fell at Anglo Mines' Tarka Gold Mining Co this month, the company said.");
    expect(found.some((m) => /Mines' Tarka/u.test(m))).toBe(false);
  });

  it('a place or a person owning a body stays apart ("Britain\'s Foreign Office", "Trump\'s Justice Department")', () => {
    expect(typedNames("Visas\n\nBritain's Foreign Office said the rules would change.")).toContain('ORGANIZATION:Foreign Office');
    const found = typedNames("Probe\n\nPresident Donald Trump said on Monday that Trump's Justice Department had done nothing wrong.");
    expect(found.some((m) => /Trump's Justice/u.test(m))).toBe(false);
  });
});

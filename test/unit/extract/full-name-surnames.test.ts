// A lone surname of a person named in full, typed a body, is that person unless the story shows a firm
// by it; stories written for the test.
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/extract/layout.js';
import { typedCandidates } from '../../../src/extract/entities/typed-candidates.js';
import { surnamesAsPersons } from '../../../src/extract/entities/full-name-surnames.js';
import { speakersOf } from '../../support/extraction.js';

/** The candidates of the text, every lone "Pike" typed an organization (as a typer may from "Pike University"), after the pass. */
function typesOfPike(text: string, companies = new Set<string>()): string[] {
  const { typed } = typedCandidates(layout(text));
  for (const t of typed) if (t.c.text === 'Pike') t.type = 'ORGANIZATION';
  surnamesAsPersons(typed, companies, () => false);
  return typed.filter((t) => t.c.text === 'Pike').map((t) => String(t.type));
}

describe('a lone surname typed a body', () => {
  it('is the person the story names in full', () => {
    expect(typesOfPike('Donors want to defeat Pike. Critics point to Pike University. Tom Pike spoke on Tuesday.')).toEqual(['PERSON']);
  });

  it('stays a firm or a side where the story shows one, and with no person named in full', () => {
    expect(typesOfPike('Shares of Pike fell. Tom Pike founded the firm in 1990. Pike cut jobs.')).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    expect(typesOfPike('Tom Pike founded the firm. Pike said its profit rose.', new Set(['pike']))).toEqual(['ORGANIZATION']);
    expect(typesOfPike('Donors want to defeat Pike. Critics point to Pike University.')).toEqual(['ORGANIZATION']);
    expect(typesOfPike('Guard Tom Pike scored 22 points. Elsewhere, Yale beat Pike 77-60.')).toEqual(['ORGANIZATION']);
  });

  it('is the person also where a kind of body before it opens a clause the person is the subject of', () => {
    expect(typesOfPike('Tom Pike gave two talks. The group Pike addressed in May paid him. Pike said it went well.')).toEqual(['PERSON', 'PERSON']);
    expect(typesOfPike('Tom Pike retired in May. A charity Pike founded closed. Pike said he was sad.')).toEqual(['PERSON', 'PERSON']);
  });

  it('a kind of body before it with no verb after stays a firm', () => {
    expect(typesOfPike('Tom Pike founded the chain. The retailer Pike, based in Harlow, cut jobs. Pike said sales fell.')).toEqual([
      'ORGANIZATION',
      'ORGANIZATION',
    ]);
  });

  it('a quote of the surname alone then goes to the person named in full', () => {
    const story = 'Tom Pike gave two paid talks this autumn. The group Pike addressed in May paid him well. Pike denied that he would take new bookings.';
    expect(speakersOf(story)).toEqual(['Tom Pike']);
  });
});

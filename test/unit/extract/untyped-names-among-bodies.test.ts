// A word the model leaves without a type, listed with bodies' names, is a body too; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour fair opens\n\n${body}`);

describe('an untyped word listed with bodies', () => {
  it('heading the list or amid it, the list going on past the body after it', () => {
    expect(namesOf('Ann Holt toured the fair on Monday.\nQuorvex, Microsoft, and Sony all had large stands at the fair.')).toContain('ORGANIZATION:Quorvex');
    expect(namesOf('Stands were set up by Microsoft, Quorvex, Sony and Nintendo at the fair.')).toContain('ORGANIZATION:Quorvex');
  });
  it('but not where the list ends before a noun it names things of', () => {
    expect(namesOf('Thieves took Kalvashnikov, Uzi and Fal rifles from the fair.')).not.toContain('ORGANIZATION:Kalvashnikov');
  });
});

// "Church" after a faith's words alone names the faith's body, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { namesFaithChurch } from '../../../src/extract/entities/faith-churches.js';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour chapel sold\n\n${body}`);

describe("a faith's church is a body", () => {
  it('after the faith alone or a people and the faith, wherever the model reads a place', () => {
    expect(namesOf('Ann Holt sold the chapel in Velmora despite the resistance of the Catholic Church.')).toContain('ORGANIZATION:Catholic Church');
    expect(namesOf('Tom Pike wrote to the Anglican Church about the chapel.')).toContain('ORGANIZATION:Anglican Church');
    expect(namesOf('The Greek Orthodox Church bought the chapel from Ann Holt.')).toContain('ORGANIZATION:Greek Orthodox Church');
  });
  it('while a church with a name of its own keeps the type it had', () => {
    expect(namesOf("Ann Holt sang at St Mary's Church in Velmora on Sunday.")).toContain("ORGANIZATION:St Mary's Church");
    expect(namesFaithChurch(['Kelvo', 'Baptist', 'Church'])).toBe(false);
    expect(namesFaithChurch(['Roman', 'Catholic', 'Church'])).toBe(true);
  });
});

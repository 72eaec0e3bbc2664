// A party named by its words before "party" in lower case is the party, with its word; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { namesPartyBeforeParty } from '../../../src/extract/entities/party-names.js';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour election notes\n\n${body}`);

describe('a party with "party" in lower case', () => {
  it('is the party, its word in the name', () => {
    expect(namesOf('Ann Holt said she would back the nominee of the Republican party in Velmora.')).toContain('ORGANIZATION:Republican party');
    expect(namesOf('Tom Pike has belonged to the Labour party since he moved to Velmora.')).toContain('ORGANIZATION:Labour party');
    expect(namesOf('Ann Holt was a Social Democratic party organiser in Harlow.')).toContain('ORGANIZATION:Social Democratic party');
  });
  it('also opening the sentence, its officials after it', () => {
    expect(namesOf('Democratic party officials in Velmora said the count would start at noon.')).toContain('ORGANIZATION:Democratic party');
  });
  it('not a party of another kind, nor the adjective alone', () => {
    const names = namesOf('Tom Pike, a Republican senator, left the Holiday party in Velmora early.');
    expect(names.some((n) => n.includes(' party'))).toBe(false);
    expect(namesPartyBeforeParty(['Holiday'])).toBe(false);
    expect(namesPartyBeforeParty(['Green'])).toBe(true);
    expect(namesPartyBeforeParty(['Kelvo', 'Labour'])).toBe(false);
  });
});

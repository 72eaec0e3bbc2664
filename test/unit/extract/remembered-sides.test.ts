// Towns the typer's memory knows as sides of results tables are towns outside sport; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a town remembered as a side', () => {
  it('is the town in a story of no sport', () => {
    const found = typedNames(
      'Delegates head north\n\nThe delegates who go to Cleveland in July will pick the nominee. Ann Holt spoke at a Cincinnati rally on Monday, and Tom Pike of Oakland said the vote would be close.',
    );
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Cleveland', 'LOCATION:Cincinnati', 'LOCATION:Oakland']));
    expect(found.some((m) => m.startsWith('ORGANIZATION:'))).toBe(false);
  });

  it('stays a side in a sports report', () => {
    const found = typedNames(
      'Cleveland rally late\n\nCleveland beat Oakland 5-3 on Sunday. The pitcher struck out nine, and Cleveland moved up the standings.',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Cleveland', 'ORGANIZATION:Oakland']));
  });

  it('a firm the lexicon knows keeps the model’s say', () => {
    expect(typedNames('Carmakers report\n\nToyota said on Monday that sales rose in Velmora.')).toContain('ORGANIZATION:Toyota');
  });
});

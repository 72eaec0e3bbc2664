// Companies by what an apposition after an adverb of time, a name the company is known by, a description
// opening the sentence, or an officer it names says of them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typesOf } from '../../support/extraction.js';

describe('what the story calls a company', () => {
  it('an apposition after "once" or "formerly"', () => {
    const types = typesOf("Property\n\nEvergrande, once China's largest developer, was ordered liquidated in January.");
    expect(types.get('Evergrande')).toBe('ORGANIZATION');
  });

  it('"as the company is known"', () => {
    const types = typesOf('Oil\n\nPemex, as the company is known, said production fell to 1.6 million barrels a day.');
    expect(types.get('Pemex')).toBe('ORGANIZATION');
  });

  it('a description opening the sentence before the name set off in commas', () => {
    const clinics = typesOf('Dentists\n\nThe company, Larkspur Dental, said it would open three clinics in Leeds this year.');
    expect(clinics.get('Larkspur Dental')).toBe('ORGANIZATION');
    const parent = typesOf('Results\n\nSales fell 4 percent. Its parent company, Harlow Morrow, said prices would rise.');
    expect(parent.get('Harlow Morrow')).toBe('ORGANIZATION');
    // A phrase of place before the subject describes no name.
    const founder = typesOf('Dentists\n\nIn the company, Ann Holt, who founded it, is still respected.');
    expect(founder.get('Ann Holt')).toBe('PERSON');
  });

  it('naming its chief executive, not one "of" another firm', () => {
    const firm = typesOf('Oil\n\nIn Colombia, Ecopetrol named Ricardo Roa as chief executive on Monday.');
    expect(firm.get('Ecopetrol')).toBe('ORGANIZATION');
    const minister = typesOf('Oil\n\nIn Lima, Arista named Ricardo Roa as chief executive of the state firm.');
    expect(minister.get('Arista')).not.toBe('ORGANIZATION');
  });
});

// "The agency said" or "the ministry said" is a body of the state, never a business the story
// named since, by its name ("Kelvane Therapeutics") or by the word before it ("drugmaker Orrin").
// Short examples written for the test in the style of health and business news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a description of a body of the state', () => {
  it('passes over a business named since, not a body whose name holds an industry word', () => {
    const approval = [
      'The Veldian Medicines Administration approved a drug made by Kelvane Therapeutics.',
      'Kelvane said it would launch the drug in March. The agency said doctors should watch for side effects.',
    ];
    expect(speakersOf(approval.join(' ')).at(-1)).toBe('Veldian Medicines Administration');
    const fine = 'The Department of Energy fined a refinery on Monday. The department said the plant had leaked gas for months.';
    expect(speakersOf(fine).at(-1)).toBe('Department of Energy');
  });
});

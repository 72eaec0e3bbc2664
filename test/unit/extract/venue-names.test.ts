// Venues named as bodies are named (a centre for what is shown, held or done there, a museum, a base, a
// complex): places, where a centre named for what it studies stays a body; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('venues', () => {
  it('a centre named for what is shown, held or done there is a place, and so is its acronym', () => {
    const names = typedNames(
      'Ferries retired\nThe last ferry will go on show at the Velmora Space Center (VSC) in Dovra. Hundreds of VSC staff watched. The fair took place at the Dovra Convention Centre this weekend.',
    );
    expect(names).toContain('LOCATION:Velmora Space Center');
    expect(names).toContain('LOCATION:VSC');
    expect(names).toContain('LOCATION:Dovra Convention Centre');
    expect(names.filter((n) => n.startsWith('ORGANIZATION:'))).toEqual([]);
  });

  it('a museum, a base and a complex are places', () => {
    const names = typedNames(
      'Ferries retired\nA second ferry goes to the Museum of Ferries in Dovra, a third to Korvena Air Force Base, and the rest to the Velmora Harbour Visitor Complex.',
    );
    expect(names).toContain('LOCATION:Museum of Ferries');
    expect(names).toContain('LOCATION:Korvena Air Force Base');
    expect(names).toContain('LOCATION:Velmora Harbour Visitor Complex');
  });

  it('a centre named for what it studies or serves stays a body', () => {
    const names = typedNames('Ferries retired\nThe Dovra Policy Center said the ferries cost too much, and the Center for Harbour Studies agreed.');
    expect(names).toContain('ORGANIZATION:Dovra Policy Center');
    expect(names).toContain('ORGANIZATION:Center for Harbour Studies');
  });
});

// Names of crafts (ships and liners), which are no person, body or place, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

const namesOf = (text: string) => recognizeEntities(layout(`Harbour news\n\n${text}`)).map((e) => `${e.type}:${e.name}`);

describe('a craft named after its noun, its prefix or its numeral', () => {
  it.each([
    ['a noun with a modifier before the craft', 'The cruise ship Marta Holt docked in Kelmouth.', ['LOCATION:Kelmouth']],
    [
      'a ship prefix, and the name alone after it',
      'Divers raised a slab of the RMS Marisol. The steel-hulled Marisol sank near Kelmouth.',
      ['LOCATION:Kelmouth'],
    ],
    ['a navy prefix before a person-like name', 'Jets took off from the USS Tom Pike near Kelmouth.', ['LOCATION:Kelmouth']],
    ['crafts in the plural joined by "and"', 'Relief came from the aircraft carriers Vorland and Ostwind near Kelmouth.', ['LOCATION:Kelmouth']],
    ['a royal title and a name before a numeral', 'Relatives boarded the Queen Marta 2 at Kelmouth.', ['LOCATION:Kelmouth']],
  ])('%s', (_, text, names) => {
    expect(namesOf(text)).toEqual(names);
  });

  it('keeps the person a craft noun only stands near', () => {
    expect(namesOf('Tom Pike, master of the ship, said Queen Marta spoke to the crew in Kelmouth.')).toEqual([
      'PERSON:Tom Pike',
      'PERSON:Marta',
      'LOCATION:Kelmouth',
    ]);
  });
});

describe('a craft its clause describes', () => {
  it('a name said to be a craft names none, wherever the story names it', () => {
    const names = typedNames(
      'Dust home\nCorvina is a Velmoran space capsule that carried dust home. Corvina landed in the desert on Sunday, and the team said Corvina had done well.',
    );
    expect(names.filter((n) => n.includes('Corvina'))).toEqual([]);
  });

  it('a person said to be what a craft has stays a person', () => {
    expect(typedNames('Harbour\nTom Pike is a ship captain in Dovra. Pike said the pier was unsafe.')).toContain('PERSON:Tom Pike');
  });
});

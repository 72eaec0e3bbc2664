// A name right before a lower-case noun for a kind of place names that place; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a name before the kind of place it names', () => {
  it('a village, a province, mountains, a checkpoint, a port or a sanatorium name the place before them', () => {
    const story =
      'Unrest in the north\n\nPolice arrested two men in the eastern Korvash province on Friday after a fire in Marjat village. ' +
      'Gunfire echoed in the nearby Talvar mountains, and a convoy was stopped at the Dalvine checkpoint. ' +
      'Aid arrived at Tanvir Priok port, and the minister spent the night at the Barvenko sanatorium.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['LOCATION:Korvash', 'LOCATION:Marjat', 'LOCATION:Talvar', 'LOCATION:Dalvine', 'LOCATION:Tanvir Priok', 'LOCATION:Barvenko']),
    );
  });

  it('a person’s name before an airport names the airport', () => {
    expect(typedNames('Strike\n\nFlights left Arno Velde airport late on Monday.')).toContain('LOCATION:Arno Velde');
  });

  it('a town hall or a camp gathers a person’s followers, and a titled name stays a person’s', () => {
    const found = typedNames(
      'Campaign\n\nShe spoke at a Marta Olsen town hall in Ohio. The Vance camp said it would appeal. Governor Ruth Amsel village visits went on.',
    );
    expect(found).toEqual(expect.arrayContaining(['PERSON:Marta Olsen', 'PERSON:Vance']));
    expect(found.filter((m) => /^LOCATION:(?:Marta|Vance|Ruth)/u.test(m))).toEqual([]);
  });

  it('a region’s adjective or a party’s acronym before the kind is no place', () => {
    const places = (text: string) => typedNames(text).filter((m) => m.startsWith('LOCATION:'));
    expect(places('Crash\n\nThe plane crashed on the Arctic island of Norsund. Velka, in the central Varnian town of Bistra, makes pumps.')).toEqual([
      'LOCATION:Norsund',
      'LOCATION:Bistra',
    ]);
    expect(places('Primary\n\nThe GOP county chairs met on Monday in Velmar village, and NATO region commanders flew in.')).toEqual(['LOCATION:Velmar']);
  });
});

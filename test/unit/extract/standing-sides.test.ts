// The sides a gap in points is counted from, in sports reports; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a gap in points is counted from a side', () => {
  it('a name of no type after "points behind" or "points clear of" is a club, wherever the story names it', () => {
    const found = typedNames(
      'SOCCER - LEAGUE ROUND-UP.\n\nORVIK 1996-09-01\n\nLying three points behind Varnok, Rotor need a win. Kelvo are five points clear of Marbury. Marbury play Kelvo next.',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Varnok', 'ORGANIZATION:Marbury']));
    expect(found.filter((m) => m === 'ORGANIZATION:Marbury')).toHaveLength(2);
  });

  it('a nation stays the nation and a driver a person', () => {
    const group = typedNames('SOCCER - WORLD CUP GROUP.\n\nCARDIFF 1996-09-01\n\nScotland are three points behind Wales in the group after two games.');
    expect(group).toContain('LOCATION:Wales');
    const drivers = typedNames(
      'MOTOR RACING - TITLE RACE.\n\nMONZA 1996-09-01\n\nDamon Hill is 13 points ahead of Jacques Villeneuve before the race at Monza.',
    );
    expect(drivers).toContain('PERSON:Jacques Villeneuve');
  });
});

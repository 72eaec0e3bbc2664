// A nation's name among the clubs of a table or results lines names a club; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe("a nation's name among clubs", () => {
  it('names a club in a league table and in results lines, wherever the story names it but at a venue', () => {
    const table = typedNames(
      'SOCCER - VELMORAN LEAGUE STANDINGS.\nKORVENA 1996-11-30\nStandings (tabulate under played, won, drawn, lost, goals for, against, points):\nKorvena 15 10 3 2 30 12 33\nMonaco 15 9 4 2 25 11 31\nBastia 15 8 4 3 21 14 28\nAuxerre 15 7 5 3 19 13 26',
    );
    expect(table).toContain('ORGANIZATION:Monaco');
    const results = typedNames(
      'SOCCER - VELMORAN LEAGUE RESULTS.\nKORVENA 1996-11-30\nResults of Velmoran league matches on Saturday:\nBastia 2 Monaco 1\nLyon 0 Auxerre 0\nMonaco striker Tom Pike was sent off. Rain fell in Monaco all day.',
    );
    expect(results.filter((m) => m === 'ORGANIZATION:Monaco')).toHaveLength(2);
    expect(results).toContain('LOCATION:Monaco');
  });

  it('a table of nations stays one of places', () => {
    const found = typedNames(
      'SOCCER - WORLD CUP QUALIFYING GROUP.\nKORVENA 1996-11-30\nStandings in group two:\nItaly 3 3 0 0 7 1 9\nEngland 3 2 0 1 5 2 6\nPoland 3 1 0 2 3 4 3\nMoldova 3 0 0 3 1 9 0',
    );
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Italy', 'LOCATION:England', 'LOCATION:Poland', 'LOCATION:Moldova']));
    const results = typedNames('SOCCER - FRIENDLY RESULTS.\nKORVENA 1996-11-30\nResults of friendly internationals:\nItaly 2 Poland 1\nMoldova 0 England 3');
    expect(results.some((m) => m.startsWith('ORGANIZATION:'))).toBe(false);
  });
});

// League table rows with a share of games won or a percentage among their columns; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a league table row names a side', () => {
  it('with the share of games won and the games behind', () => {
    const found = typedNames(
      'BASEBALL - VELMORAN LEAGUE STANDINGS.\nKORVENA 1996-08-30\nStandings (tabulate under won, drawn, lost, percentage, games behind):\nHaitai 64 2 43 .596 -\nVelmora 59 2 49 .545 5 1/2\nKorvena 58 1 49 .542 6\nOstrava 46 6 54 .462 14 1/2',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Velmora', 'ORGANIZATION:Korvena', 'ORGANIZATION:Ostrava']));
  });

  it('with a percentage after six counts', () => {
    const found = typedNames(
      'AUSTRALIAN RULES - STANDINGS.\nVELMORA 1996-08-25\nStandings (tabulate under played, won, drawn, lost, points for, against, percentage, points):\nKorvena 21 15 1 5 2067 1687 122.5 62\nWest Velmora 21 15 0 6 2151 1673 128.6 60',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Korvena', 'ORGANIZATION:West Velmora']));
  });

  it("a player's averages with two decimals stay his", () => {
    const found = typedNames(
      'CRICKET - SERIES AVERAGES.\nVELMORA 1996-08-27\nBatting (tabulate under matches, innings, not outs, runs, highest score, average):\nTom Pike 3 5 0 396 170 79.20\nDan Okoro 2 3 0 178 106 59.33\nBowling:\nHolt 57.2 10 165 6 27.50',
    );
    expect(found).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Dan Okoro']));
    expect(found.some((m) => m.startsWith('ORGANIZATION:'))).toBe(false);
  });
});

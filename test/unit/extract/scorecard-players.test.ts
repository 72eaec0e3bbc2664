// The players a cricket scorecard names are persons, whatever else their names are; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a cricket scorecard', () => {
  const card =
    'CRICKET - ENGLAND V PAKISTAN SCOREBOARD.\nLONDON 1996-08-22\nScoreboard on the first day of the third test between England and Pakistan on Thursday:\nEngland first innings\nCarlisle st Dunmore b Reyes 22\nTessel not out 50\nDerby c Pike b Lincoln 8\nExtras (b-1 lb-4) 5\nTotal (for 3 wickets) 85\nDid not bat: Rennie, Olonga.\nBowling: Reyes 10-1-30-2, Kent 6.5-1-23-4.';

  it('makes persons of batsmen, fielders, bowlers and those who did not bat, towns and counties too', () => {
    const found = typedNames(card);
    for (const name of ['Carlisle', 'Dunmore', 'Reyes', 'Tessel', 'Derby', 'Pike', 'Lincoln', 'Rennie', 'Olonga', 'Kent'])
      expect(found).toContain(`PERSON:${name}`);
    expect(found.filter((m) => m.startsWith('ORGANIZATION'))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['LOCATION:England', 'LOCATION:Pakistan', 'LOCATION:LONDON']));
  });

  it('makes persons of the batsmen and bowlers a scores line lists in brackets, the sides staying sides', () => {
    const found = typedNames(
      'CRICKET - COUNTY SCORES.\nLONDON 1996-08-30\nClose of play scores on Friday:\nKent 210 (Fleming 58, Moody 61; Chapple 4-40) v Lancashire 45-2 (Elliott 20 not out).',
    );
    expect(found).toEqual(
      expect.arrayContaining(['ORGANIZATION:Kent', 'ORGANIZATION:Lancashire', 'PERSON:Fleming', 'PERSON:Moody', 'PERSON:Chapple', 'PERSON:Elliott']),
    );
  });

  it('leaves prose and a football line as they were', () => {
    expect(typedNames('Tom Pike said he would bat at Velmora. Kent won by 45 runs.')).toEqual(expect.not.arrayContaining(['PERSON:Kent', 'PERSON:Velmora']));
    const football = typedNames('SOCCER - RESULTS.\nLONDON 1996-08-30\nResults on Saturday:\nVelmora 2 (Pike 3, Holt 80 pen) Korvena 1 (Reyes 55)');
    expect(football).toEqual(expect.arrayContaining(['ORGANIZATION:Velmora', 'ORGANIZATION:Korvena', 'PERSON:Pike', 'PERSON:Holt', 'PERSON:Reyes']));
  });
});

// What a deal buys, merges with or values is a firm, and a firm issues profit warnings; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('the target of a deal is a firm', () => {
  it('bought, acquired, merged with, valued: the name no given name opens is a company', () => {
    expect(typedNames('Korvena said on Monday it would buy Velmora for $2 billion.')).toEqual(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']);
    expect(typedNames('Velmora agreed to acquire Korvena in a deal worth 300 million dollars.')).toContain('ORGANIZATION:Korvena');
    expect(typedNames('The deal values Korvena at 1.2 billion dollars, the company said.')).toEqual(['ORGANIZATION:Korvena']);
    expect(typedNames("Korvena's board approved the merger with Velmora on Monday.")).toEqual(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']);
    expect(typedNames('Korvena issued a profit warning on Monday.')).toEqual(['ORGANIZATION:Korvena']);
  });

  it('a person bought a drink or a house, a player bought from his club and a country stay as they were', () => {
    expect(typedNames('Ann Holt said she would buy Tom Pike a drink.')).toEqual(['PERSON:Ann Holt', 'PERSON:Tom Pike']);
    expect(typedNames("Tom Pike bought Jon Reyes's house for 200,000 dollars.")).toEqual(['PERSON:Tom Pike', 'PERSON:Jon Reyes']);
    const transfer = typedNames(
      'SOCCER - TRANSFER.\nLONDON 1996-08-30\nVelmora bought striker Tom Pike from Korvena for 2 million pounds. Velmora bought Pike to replace Jon Reyes.',
    );
    expect(transfer).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Pike']));
    expect(typedNames("The fund bought a stake in Brazil's largest bank.")).toEqual(['LOCATION:Brazil']);
    expect(typedNames('Korvena, 45, said he would appeal the ruling.')).toEqual(['PERSON:Korvena']);
  });
});

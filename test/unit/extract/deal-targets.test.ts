// What a deal buys, merges with or values is a firm, and a firm issues profit warnings; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('the target of a deal is a firm', () => {
  it('bought, acquired, merged with, valued: the name no given name opens is a company', () => {
    expect(mentionsOf('Korvena said on Monday it would buy Velmora for $2 billion.')).toEqual(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']);
    expect(mentionsOf('Velmora agreed to acquire Korvena in a deal worth 300 million dollars.')).toContain('ORGANIZATION:Korvena');
    expect(mentionsOf('The deal values Korvena at 1.2 billion dollars, the company said.')).toEqual(['ORGANIZATION:Korvena']);
    expect(mentionsOf("Korvena's board approved the merger with Velmora on Monday.")).toEqual(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']);
    expect(mentionsOf('Korvena issued a profit warning on Monday.')).toEqual(['ORGANIZATION:Korvena']);
  });

  it('a person bought a drink or a house, a player bought from his club and a country stay as they were', () => {
    expect(mentionsOf('Ann Holt said she would buy Tom Pike a drink.')).toEqual(['PERSON:Ann Holt', 'PERSON:Tom Pike']);
    expect(mentionsOf("Tom Pike bought Jon Reyes's house for 200,000 dollars.")).toEqual(['PERSON:Tom Pike', 'PERSON:Jon Reyes']);
    const transfer = mentionsOf(
      'SOCCER - TRANSFER.\nLONDON 1996-08-30\nVelmora bought striker Tom Pike from Korvena for 2 million pounds. Velmora bought Pike to replace Jon Reyes.',
    );
    expect(transfer).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Pike']));
    expect(mentionsOf("The fund bought a stake in Brazil's largest bank.")).toEqual(['LOCATION:Brazil']);
    expect(mentionsOf('Korvena, 45, said he would appeal the ruling.')).toEqual(['PERSON:Korvena']);
  });
});

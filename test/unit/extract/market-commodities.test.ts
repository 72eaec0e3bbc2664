// A metal or crop opening a market report's sentence is an ordinary word, no name. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** Each entity of a short market report with its type, as "TYPE words". */
const namesIn = (story: string) =>
  recognizeEntities(layout(`Tarvik metals\n\n${story}`)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type} ${m.text}`));

describe('a metal or crop opening a sentence', () => {
  it('names nothing', () => {
    expect(namesIn('Nickel rose by 300 to 41,500 crowns on thin supplies, dealers in Mumbai said.')).toEqual(['LOCATION Mumbai']);
    expect(namesIn('Zinc eased while other base metals held steady.')).toEqual([]);
  });

  it('a surname the story gives in full and a firm named with the word stay names', () => {
    expect(namesIn('Tom Gold joined the board in May. Gold said he was pleased.')).toEqual(['PERSON Tom Gold', 'PERSON Gold']);
    expect(namesIn('Nickel Mines rose 5 cents after the results.')).toEqual(['ORGANIZATION Nickel Mines']);
  });
});

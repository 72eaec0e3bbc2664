// A name said to be undervalued, overvalued or a buy is a company's; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('a stock’s valuation', () => {
  it('makes a company of the name it is said of', () => {
    expect(mentionsOf('Analysts said Velmora was undervalued after the sell-off.')).toEqual(['ORGANIZATION:Velmora']);
    expect(mentionsOf('Brokers said Tessel was still a buy.')).toEqual(['ORGANIZATION:Tessel']);
    expect(mentionsOf('Tom Pike said Korvena looked significantly overvalued.')).toContain('ORGANIZATION:Korvena');
  });

  it('leaves a person who feels undervalued and a person named in full as they were', () => {
    expect(mentionsOf('Tom Pike joined the club in May. Pike felt undervalued at his old club.')).toEqual(['PERSON:Tom Pike', 'PERSON:Pike']);
    expect(mentionsOf('Critics said Tom Pike was undervalued as a coach.')).toEqual(['PERSON:Tom Pike']);
  });
});

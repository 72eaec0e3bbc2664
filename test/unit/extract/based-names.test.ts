// A name right after where it is based is a firm's or a body's; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('a name after where it is based', () => {
  it('is an organization', () => {
    expect(mentionsOf('Korvena-based Velmora Tarrant is the largest employer in the region.')).toEqual(['ORGANIZATION:Velmora Tarrant']);
    expect(mentionsOf('The shares of Korvena-based Tessel rose sharply.')).toEqual(['ORGANIZATION:Tessel']);
    expect(mentionsOf('Marnock, Dunland-based Tarrant Pike said it would cut jobs.')).toContain('ORGANIZATION:Tarrant Pike');
  });

  it('leaves a person named with a given name or a trade, and a party’s member, as they were', () => {
    expect(mentionsOf('Texas-based Tom Pike said he would vote.')).toEqual(['PERSON:Tom Pike']);
    expect(mentionsOf('London-based spokesman Jon Reyes said the deal was off.')).toEqual(['PERSON:Jon Reyes']);
    expect(mentionsOf('A Florida-based Republican said the vote was close.')).not.toContain('ORGANIZATION:Republican');
    expect(mentionsOf('The speech was delivered to the Korvena-based Meals on Wheels Plus.')).not.toContain('ORGANIZATION:Meals');
  });
});

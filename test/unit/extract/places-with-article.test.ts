// Places whose name holds its article ("The Hague", "the Bronx"), on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const placesOf = (text: string) =>
  recognizeEntities(layout(`Court ruling\n\n${text}`))
    .filter((e) => e.type === 'LOCATION')
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.name}:${m.text}`));

describe('a place named with its article', () => {
  it.each([
    ['a capitalised "The" inside a sentence is a word of the name', 'Judges in The Hague ruled against Ann Holt.', ['The Hague:The Hague']],
    ['as at the opening of a sentence', 'The Hague said on Monday it would appeal.', ['The Hague:The Hague']],
    ['after a small "the" the word alone names the same place', 'Tom Pike grew up in the Bronx and coaches there.', ['The Bronx:Bronx']],
    ['a name going on after the place is left to the other rules', 'Ann Holt wrote to The Hague Tribunal on Monday.', []],
  ])('%s', (_, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });
});

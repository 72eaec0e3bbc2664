// "miss" in lower case before a name is the verb, not the courtesy title, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const typesOf = (text: string) => recognizeEntities(layout(`Injury news\n\n${text}`)).map((e) => `${e.type}:${e.name}`);

describe('"miss" before a name', () => {
  it.each([
    ['a nation missed stays the nation', "Ann Holt and Tom Pike are injured and will miss Wales's opening qualifier against Arvelia.", 'LOCATION:Wales'],
    ['a name missed is titled by nobody', "Ann Holt will miss Kelvo's opening match on Sunday.", 'PERSON:Ann Holt'],
    ['the title written "Miss" still titles a person', 'The prize went to Miss Marta Vell on Sunday.', 'PERSON:Marta Vell'],
  ])('%s', (_, text, name) => {
    expect(typesOf(text)).toContain(name);
  });

  it('makes no person of a name only missed', () => {
    expect(typesOf("Ann Holt will miss Kelvo's opening match on Sunday.")).not.toContain('PERSON:Kelvo');
  });
});

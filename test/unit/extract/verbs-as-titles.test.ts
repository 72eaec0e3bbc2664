// "miss" in lower case before a name is the verb, not the courtesy title, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const typesOf = (text: string) => recognizeEntities(layout(`Injury news\n\n${text}`)).map((e) => `${e.type}:${e.name}`);

describe('"miss" before a name', () => {
  it('is the verb: a nation missed stays the nation, and a name missed is titled by nobody', () => {
    expect(typesOf("Ann Holt and Tom Pike are injured and will miss Wales's opening qualifier against Arvelia.")).toContain('LOCATION:Wales');
    const missed = typesOf("Ann Holt will miss Kelvo's opening match on Sunday.");
    expect([missed.includes('PERSON:Ann Holt'), missed.includes('PERSON:Kelvo')]).toEqual([true, false]);
  });

  it('written "Miss", still titles a person', () => {
    expect(typesOf('The prize went to Miss Marta Vell on Sunday.')).toContain('PERSON:Marta Vell');
  });
});

// compromise's lexicon, kept as JSON once built: what is read back is the package's own lexicon, key
// for key in its order (the gazetteer adds places in that order).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compromiseLexicon } from '../../../src/extract/compromise-lexicon.js';

describe('compromise’s lexicon', () => {
  it('is the package’s, built or read from where it was kept', () => {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: object } } };
    const own = JSON.stringify(nlp.model().one.lexicon);
    expect(JSON.stringify(compromiseLexicon())).toBe(own);
    expect(JSON.stringify(compromiseLexicon())).toBe(own); // the second time from the kept file
  });
});

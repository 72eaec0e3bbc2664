// A parent firm named before its subsidiary, and an apposition with a superlative; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { mergeChains } from '../../../src/extract/entity-chains.js';

const entitiesOf = (text: string) => mergeChains(recognizeEntities(layout(text)));
/** The canonical names of the entities a surface form belongs to. */
const ownersOf = (text: string, surface: string) =>
  entitiesOf(text)
    .filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === surface))
    .map((e) => e.name);

describe('a firm named alone before a longer firm ending in its name', () => {
  it('is the parent, the longer name another firm', () => {
    const text =
      "Tea sale\n\nUnilever said on Thursday it had agreed to sell its tea business to CVC Capital Partners for 4.5 billion euros. Unilever's shares rose 1.2 percent in London.\n\nHindustan Unilever, which is 62 percent owned by the parent, said its brands were not part of the sale. Shares in Hindustan Unilever fell 0.8 percent in Mumbai.";
    expect(ownersOf(text, 'Unilever')).toEqual(['Unilever']);
    expect(ownersOf(text, 'Hindustan Unilever')).toEqual(['Hindustan Unilever']);
  });

  it('but the short name goes on meaning a longer one named first', () => {
    const text = 'Football\n\nBorussia Dortmund beat Mainz 2-0 on Saturday. Dortmund stay third.';
    expect(ownersOf(text, 'Dortmund')).toEqual(['Borussia Dortmund']);
  });
});

describe('a firm named before the foundation bearing its name', () => {
  it('is another than the foundation', () => {
    const text = 'Drugs\n\nHalvor Brandt Group said it stood by its drugs. The Halvor Brandt Group Foundation, which controls the company, is a charity.';
    expect(ownersOf(text, 'Halvor Brandt Group')).toEqual(['Halvor Brandt Group']);
  });
});

describe('what an apposition calls a name', () => {
  it('a superlative before the kind still names it', () => {
    const text =
      "Drugs\n\nRegulators opened an inquiry into Halvor Brandt on Monday. Halvor Brandt, Denmark's most valuable company, said it stood by its drugs.";
    expect(entitiesOf(text).find((e) => e.name === 'Halvor Brandt')?.type).toBe('ORGANIZATION');
  });
});

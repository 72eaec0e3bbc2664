// A parent firm named before its subsidiary, a company named after a small town, and an apposition with a
// superlative; stories written for the test.
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

describe('a company named in full with its legal form, then by a small town’s name alone', () => {
  it('is the company there, the town where the story says so', () => {
    const text =
      "Seat maker sold\n\nShares of Harlow Seating Co rose 4 percent after Thursday's news that the seat maker had agreed to be bought by Tamworth Holdings Inc.\n" +
      'Tamworth, Keller Controls and Brandt have been building up their interiors businesses, analysts said. Tamworth was up 1/8 on the day.\n' +
      'The company was founded in Tamworth in 1950.';
    const owners = entitiesOf(text).filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Tamworth'));
    const firm = owners.find((e) => e.name === 'Tamworth Holdings Inc');
    expect(firm?.mentions.map((m) => m.start)).toEqual(expect.arrayContaining([text.indexOf('Tamworth,'), text.indexOf('Tamworth was')]));
    // "in Tamworth" is the town.
    expect(owners.find((e) => e.type === 'LOCATION')?.mentions.map((m) => m.start)).toEqual([text.indexOf('in Tamworth') + 3]);
  });
});

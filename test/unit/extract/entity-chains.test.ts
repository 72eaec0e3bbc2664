// One entity per referent within an article: a shorter name standing for exactly one fuller name is
// folded into that entity, as an alias with its mentions.
import { describe, expect, it } from 'vitest';
import { mergeChains } from '../../../src/extract/entity-chains.js';
import { extract } from '../../../src/extract/index.js';
import type { Entity, EntityType } from '../../../src/extract/types.js';

const entity = (id: string, type: EntityType, name: string, start: number): Entity => ({
  id,
  type,
  name,
  aliases: [],
  mentions: [{ start, end: start + name.length, text: name, kind: 'NAME' }],
  gender: null,
});
const names = (entities: Entity[]) => entities.map((e) => [e.name, ...e.aliases].join(' = '));

describe('entity chains', () => {
  it('a company without its legal form or its trade word is the company', () => {
    const merged = mergeChains([entity('e1', 'ORGANIZATION', 'Halden Motor Corp.', 0), entity('e2', 'ORGANIZATION', 'Halden', 40)]);
    expect(names(merged)).toEqual(['Halden Motor Corp. = Halden']);
    expect(merged[0]!.mentions.map((m) => m.start)).toEqual([0, 40]);
    expect(names(mergeChains([entity('e1', 'ORGANIZATION', 'Brimvale AG', 0), entity('e2', 'ORGANIZATION', 'Brimvale', 30)]))).toEqual([
      'Brimvale AG = Brimvale',
    ]);
  });

  it('the noun heading exactly one organization name is that organization', () => {
    expect(names(mergeChains([entity('e1', 'ORGANIZATION', 'Nordic Trade Commission', 0), entity('e2', 'ORGANIZATION', 'Commission', 50)]))).toEqual([
      'Nordic Trade Commission = Commission',
    ]);
    // Two commissions: "Commission" alone could be either.
    const two = [
      entity('e1', 'ORGANIZATION', 'Nordic Trade Commission', 0),
      entity('e2', 'ORGANIZATION', 'Election Commission', 30),
      entity('e3', 'ORGANIZATION', 'Commission', 60),
    ];
    expect(mergeChains(two)).toHaveLength(3);
  });

  it('the noun heading a name before "of" is that organization too', () => {
    expect(names(mergeChains([entity('e1', 'ORGANIZATION', 'Bank of England', 0), entity('e2', 'ORGANIZATION', 'Bank', 50)]))).toEqual([
      'Bank of England = Bank',
    ]);
    const x = extract('Rates will stay on hold, the Bank of England said. The Bank forecast that inflation would fall to 2% by spring.');
    expect(x.quotes.map((q) => q.speaker.name)).toEqual(['Bank of England', 'Bank of England']);
  });

  it('a place before a trade word, and two bodies joined by "and", stay apart', () => {
    expect(mergeChains([entity('e1', 'ORGANIZATION', 'New York Times', 0), entity('e2', 'ORGANIZATION', 'New York', 30)])).toHaveLength(2);
    expect(mergeChains([entity('e1', 'ORGANIZATION', 'Justice Department and Congress', 0), entity('e2', 'ORGANIZATION', 'Congress', 40)])).toHaveLength(2);
  });

  it('speakers and entities of an article agree', () => {
    const x = extract('Test article\n\nThe Nordic Trade Commission fined the firm. The Commission said the fine was fair.');
    expect(x.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['Nordic Trade Commission']);
    expect(x.quotes.map((q) => q.speaker.name)).toEqual(['Nordic Trade Commission']);
  });
});

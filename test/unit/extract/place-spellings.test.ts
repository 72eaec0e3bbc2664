// Places spelt with a compass point written as one word, "of" after a body of water, lower-case words
// of their own, or an ordinary word opening them after an office. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

describe('places spelt with a compass point, "of" or lower-case words', () => {
  it('a compass point written as one word opens a region', () => {
    expect(mentionsOf('Health\n\nCholera is spreading across Southeast Asia, officials said.')).toEqual(['LOCATION:Southeast Asia']);
  });

  it('a gulf or sea "of" a place is one place', () => {
    expect(mentionsOf('Shipping\n\nA tanker was seized in the Gulf of Oman. The IRGC navy said it carried fuel.')).toContain('LOCATION:Gulf of Oman');
  });

  it('a lower-case word inside a place the gazetteer knows joins it', () => {
    expect(mentionsOf('Cholera\n\nHealth officials in Dar es Salaam reported 40 new cases.')).toEqual(['LOCATION:Dar es Salaam']);
  });

  it('a place opening with an ordinary word after "mayor of" is no office’s domain', () => {
    expect(mentionsOf('Shelters\n\nThe mayor of New York City, Eric Adams, defended the plan.')).toEqual(['LOCATION:New York City', 'PERSON:Eric Adams']);
  });
});

describe('places of worship and castles', () => {
  it('are places by their last word', () => {
    expect(mentionsOf('Visit\n\nTourists crowded Edinburgh Castle and Westminster Abbey on Sunday.')).toEqual([
      'LOCATION:Edinburgh Castle',
      'LOCATION:Westminster Abbey',
    ]);
    expect(mentionsOf('Crane\n\nPilgrims prayed at the Al-Aqsa Mosque.')).toEqual(['LOCATION:Al-Aqsa Mosque']);
  });

  it('a head that is a surname too stays one after a given name', () => {
    expect(mentionsOf('Film\n\nShirley Temple sang on Sunday.')).toEqual(['PERSON:Shirley Temple']);
  });
});

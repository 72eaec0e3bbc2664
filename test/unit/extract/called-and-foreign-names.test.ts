// Other names set off after a full one, names in other languages' connectors, sides of a draw, and
// firms named by a given name and an adjective; stories written for the test.
import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from '../../support/extraction.js';

/** The canonical name of the entity a surface form belongs to. */
const ownerOf = (text: string, surface: string) => entitiesOf(text).find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === surface))?.name;

describe('another name set off after the full one', () => {
  it('"known as" gives any word, and it means the full name wherever it stands', () => {
    const text = 'Banks\n\nThe Federal Financial Supervisory Authority, known as BaFin, fined the lender. BaFin said the bank had improved.';
    expect(ownerOf(text, 'BaFin')).toBe('Federal Financial Supervisory Authority');
    const cocoa = 'Cocoa\n\nThe Ghana Cocoa Board, or Cocobod, raised prices. Cocobod said farmers would gain.';
    expect(ownerOf(cocoa, 'Cocobod')).toBe('Ghana Cocoa Board');
    const person = 'Sudan\n\nMohamed Hamdan Dagalo, known as Hemedti, spoke on Monday. Hemedti said he was ready.';
    expect(ownerOf(person, 'Hemedti')).toBe('Mohamed Hamdan Dagalo');
  });

  it('after "or" a word not drawn from the full name is another thing', () => {
    const text = 'Retail\n\nShoppers may visit Hallam Stores, or Tesco, on Sunday.';
    expect(ownerOf(text, 'Tesco')).not.toBe('Hallam Stores');
  });
});

describe('connectors and firms of other kinds', () => {
  it('Portuguese "do" and "e" inside a body\'s name its opener begins', () => {
    const types = typesOf('Brazil\n\nBanco do Brasil led gains, and the Ministerio de Minas e Energia backed the payout.');
    expect(types.get('Banco do Brasil')).toBe('ORGANIZATION');
    expect(types.get('Ministerio de Minas e Energia')).toBe('ORGANIZATION');
  });

  it('"and" before initials opening another name ends the first', () => {
    const types = typesOf('Markets\n\nShares in Rolls-Royce and BAE Systems led gains in London on Tuesday.');
    expect(types.get('Rolls-Royce and BAE Systems')).toBeUndefined();
    expect(types.get('BAE Systems')).toBe('ORGANIZATION');
  });

  it('papers whose names other languages open or end with the word for a paper', () => {
    const types = typesOf('Press\n\nCorriere della Sera reported the closure, and the Asahi Shimbun said the premier would meet Ueda.');
    expect(types.get('Corriere della Sera')).toBe('ORGANIZATION');
    expect(types.get('Asahi Shimbun')).toBe('ORGANIZATION');
  });

  it('a given name and a long adjective in "-al" name a firm', () => {
    const types = typesOf('Mortgages\n\nAbbey National, now part of Santander UK, once dominated the market.');
    expect(types.get('Abbey National')).toBe('ORGANIZATION');
  });

  it('"Jan" opening a name before another name is a given name', () => {
    const types = typesOf('Praise\n\nJan Peter Balkenende, a former prime minister, praised the governor.');
    expect(types.get('Jan Peter Balkenende')).toBe('PERSON');
  });
});

describe('sides of a result', () => {
  it("two towns and a side's word before a result's verb are one side", () => {
    const types = typesOf('Football\n\nBrighton and Hove Albion drew 1-1 with Nottingham Forest on Saturday.');
    expect(types.get('Brighton and Hove Albion')).toBe('ORGANIZATION');
  });

  it("a side held to a draw by a name like a person's makes it a club", () => {
    const types = typesOf('Football\n\nBenfica were held to a goalless draw by Vitoria Guimaraes on Sunday. Athletic Bilbao drew with Rayo Vallecano.');
    expect(types.get('Vitoria Guimaraes')).toBe('ORGANIZATION');
    expect(types.get('Rayo Vallecano')).toBe('ORGANIZATION');
  });
});

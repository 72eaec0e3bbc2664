// Names typed by what the words around them say, on wire stories written for the test with names no
// gazetteer lists: appositions, the kind of firm before a name, and one type per name in a story.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

describe('an apposition says what a name is', () => {
  it('a kind of organization or place after the name types it', () => {
    const story =
      'Shares fall in Warsaw.\n\nBudimex, a construction firm, was unchanged. Dealers said Halvorsen Brothers, a Norwegian shipping firm, was the bidder.';
    expect(mentionsOf(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Budimex', 'ORGANIZATION:Halvorsen Brothers']));
    expect(mentionsOf('Rebels attack.\n\nThe rebels fled to Koysinjaq, a town near the border, on Monday.')).toContain('LOCATION:Koysinjaq');
    expect(mentionsOf('Rebels attack.\n\nA spokesman for the Zomba Movement, a rebel group active in the south, spoke.')).toContain(
      'ORGANIZATION:Zomba Movement',
    );
  });

  it('the head of the phrase decides, past a possessive and before a role', () => {
    expect(mentionsOf('Results out.\n\nProfits rose at Mostowiec, Poland’s largest builder, on Tuesday.')).toContain('ORGANIZATION:Mostowiec');
    expect(mentionsOf('Results out.\n\nProfits rose, said Kolawole Adebayo, a bank economist, on Tuesday.')).toContain('PERSON:Kolawole Adebayo');
  });

  it('a description that opens a clause of its own or comes before a name is no apposition', () => {
    const clause = mentionsOf('Talks held.\n\nHe met the negotiator for Ruvenda, the ministry said on Friday.');
    expect(clause).not.toContain('ORGANIZATION:Ruvenda');
    const title = mentionsOf('Dissident held.\n\nPolice detained dissident Lin Baoshan, the pressure group Rights Watch Asia said.');
    expect(title).toContain('PERSON:Lin Baoshan');
  });
});

describe('the kind of firm before a name', () => {
  it('types companies named without a legal form', () => {
    const story = 'Publisher buys rival.\n\nDutch publisher Wolters Kluwer agreed to buy German legal publisher Neumann Verlag and builder Mostostal Zabrze.';
    expect(mentionsOf(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Wolters Kluwer', 'ORGANIZATION:Neumann Verlag', 'ORGANIZATION:Mostostal Zabrze']));
  });

  it('a playmaker or a lawmaker is a person', () => {
    expect(mentionsOf('Cup tie.\n\nFormer Auxerre playmaker Corvin Maltras headed home a corner.')).toContain('PERSON:Corvin Maltras');
  });
});

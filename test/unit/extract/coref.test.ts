// Pronoun resolution by salience: the subject of the sentences just read, a speaker, beats a name
// met in passing; names inside quotations and possessors weigh little; a gender told by a given
// name alone may be overruled, one told by a title may not.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { layout as layoutOf } from '../../../src/extract/layout.js';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { Salience } from '../../../src/extract/coref.js';
import { referenceWeight } from '../../../src/extract/reference-weights.js';
import { chainHeads } from '../../../src/extract/entity-chains.js';
import type { Entity, Span } from '../../../src/extract/types.js';

/** The salience model over `body`, with the quotation spans given as the substrings `quoted`. */
function salienceOf(body: string, quoted: string[] = []) {
  const text = `Test article\n\n${body}`;
  const layout = layoutOf(text);
  const entities = recognizeEntities(layout);
  const quotations: Span[] = quoted.map((q) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length }));
  const salience = new Salience(layout, entities, quotations);
  return { salience, at: (word: string) => text.lastIndexOf(word), text };
}

describe('salience weights', () => {
  const plain = { subject: false, possessor: false, quoted: false, spoke: false, named: true };
  it('a subject and a speaker weigh more, a possessor less, and a quotation nothing', () => {
    expect(referenceWeight({ ...plain, subject: true }, 0)).toBeGreaterThan(referenceWeight(plain, 0));
    expect(referenceWeight({ ...plain, spoke: true }, 0)).toBeGreaterThan(referenceWeight(plain, 0));
    expect(referenceWeight({ ...plain, possessor: true }, 0)).toBeLessThan(referenceWeight(plain, 0));
    expect(referenceWeight({ ...plain, quoted: true }, 0)).toBe(0);
  });

  it('halves for each sentence back', () => {
    expect(referenceWeight(plain, 1)).toBe(referenceWeight(plain, 0) / 2);
    expect(referenceWeight(plain, 3)).toBe(referenceWeight(plain, 0) / 8);
  });
});

describe('salience', () => {
  it('prefers the subject of the sentence before to a person named after a preposition', () => {
    const { salience, at } = salienceOf('Robert Jones spoke with Mark Reed on Monday. He left early.');
    expect(salience.person(at('He'), 'MALE')?.name).toBe('Robert Jones');
  });

  it('prefers the recent subject to a subject three sentences back', () => {
    const { salience, at } = salienceOf('Mark Reed won. The vote was close. Robert Jones lost the seat. He left early.');
    expect(salience.person(at('He'), 'MALE')?.name).toBe('Robert Jones');
  });

  it('ignores names spoken of inside a quotation', () => {
    const body = 'Henry Brown led the march. “Frank Ocean had singers and a choir,” he said.';
    const { salience, at } = salienceOf(body, ['Frank Ocean had singers and a choir,']);
    expect(salience.person(at('he said'), 'MALE')?.name).toBe('Henry Brown');
  });

  it('takes gender into account, firmly when a title told it', () => {
    const { salience, at } = salienceOf('Maria Lopez met Robert Jones on Monday. She left early.');
    expect(salience.person(at('She'), 'FEMALE')?.name).toBe('Maria Lopez');
    const titled = salienceOf('Mr. Holt met the board on Monday. She left early.');
    expect(titled.salience.person(titled.at('She'), 'FEMALE')).toBeNull();
  });

  it('takes for subject a name that opens a clause, not one deep in it or after a preposition', () => {
    const org = (e: { type: string }) => (e.type === 'ORGANIZATION' ? 1 : 0);
    const cited = salienceOf('The annual report cites Halden Bank data on loans. It said more.');
    expect(cited.salience.best(cited.at('It'), org, 1, true)).toBeNull();
    const opening = salienceOf('Last week Halden Bank cut its rates. It said more.');
    expect(opening.salience.best(opening.at('It'), org, 1, true)?.name).toBe('Halden Bank');
    const led = salienceOf('During a visit to Robert Jones, Ann Holt spoke. She left early.');
    expect(led.salience.person(led.at('She'), 'FEMALE')?.name).toBe('Ann Holt');
  });

  it('a sentence opening with "she" keeps the person it resolves to salient, and its names are no subject', () => {
    const body =
      '“We will appeal,” Ruth Okafor said. She has faced criticism since she met Tom Hale and his wife, the senator Nina Hale, on a plane. She has defended the meeting. She said more.';
    const { salience, at } = salienceOf(body, ['We will appeal,']);
    expect(salience.person(at('She said'), 'FEMALE')?.name).toBe('Ruth Okafor');
    // Read alone, the last sentence before would give the senator named in it.
    const alone = salienceOf('She has faced criticism since she met Tom Hale and his wife, the senator Nina Hale, on a plane. She said more.');
    expect(alone.salience.person(alone.at('She said'), 'FEMALE')?.name).toBe('Nina Hale');
  });

  it('an opening "he" with no man named just before continues nobody', () => {
    // Tom Reed is three sentences before "He": too far for "He" to carry him on to "She".
    const { salience, at } = salienceOf(
      'Like Tom Reed, I believe in voters. Nonetheless, I write this. My father died long ago. He was ill. She still says things.',
    );
    expect(salience.person(at('She still'), 'FEMALE')).toBeNull();
  });

  it('weighs a name inside what someone is reported to have said less than one in narration', () => {
    const body = 'Ann Lee thanked the voters. Ruth Okafor said Ann Lee was wrong. She left early.';
    const plain = salienceOf(body);
    expect(plain.salience.person(plain.at('She'), 'FEMALE')?.name).toBe('Ann Lee');
    const text = `Test article\n\n${body}`;
    const content = { start: text.indexOf('Ann Lee was wrong'), end: text.indexOf('Ann Lee was wrong') + 'Ann Lee was wrong'.length };
    const layout = layoutOf(text);
    const reported = new Salience(layout, recognizeEntities(layout), [], [content]);
    expect(reported.person(text.lastIndexOf('She'), 'FEMALE')?.name).toBe('Ruth Okafor');
  });

  it('finds nobody beyond a few sentences', () => {
    const { salience, at } = salienceOf('Robert Jones won. The vote was close. The turnout was low. The rain fell. The polls closed. He left early.');
    expect(salience.person(at('He'), 'MALE')).toBeNull();
  });

  it('counts a noted speaker reference', () => {
    const { salience, at, text } = salienceOf('Robert Jones and Mark Reed met. The talks were long. He said they failed. The rain fell. He left.');
    const jones = salience.person(at('He said'), 'MALE')!;
    expect(jones.name).toBe('Robert Jones');
    salience.note(jones, { start: at('He said'), end: at('He said') + 2 }, false);
    expect(text.slice(at('He left'))).toBe('He left.');
    expect(salience.person(at('He left'), 'MALE')?.name).toBe('Robert Jones');
  });
});

describe('pronoun speakers', () => {
  it('a pronoun goes to the subject just read, not to the speaker of an earlier quote', () => {
    expect(speakersOf('“We will win,” said John Smith. Robert Jones has led the polls for weeks. He said the race was over.')).toEqual([
      'John Smith',
      'Robert Jones',
    ]);
  });

  it('"they" is never a plural opening a quotation, and goes to the organization the sentence before opened with', () => {
    expect(
      speakersOf(
        '“We are out of time,” said Cindy Holt. “Children are dying.” The Rapid Support Forces, which hold the city, denied blocking aid. They said the army was to blame.',
      ),
    ).toEqual(['Cindy Holt', 'Rapid Support Forces', 'Rapid Support Forces']);
  });

  it('"he" for what a person said outweighs a given name of the other gender, in a text with no "she"', () => {
    const story =
      '“This is a company in triage,” said Ron Epstein, an analyst. He said he expected no quick recovery.\n\n' +
      'Chief Executive Kelly Ortberg has said he wants to fix the culture. “We need to get back to engineering,” he told analysts.';
    expect(speakersOf(story)).toEqual(['Ron Epstein', 'Ron Epstein', 'Kelly Ortberg', 'Kelly Ortberg']);
    // Where the text does speak of a woman, "he" in what she said is someone else.
    expect(speakersOf('Hillary Clinton said he was unfit. Later she spoke again. “He must go,” she told reporters.')).toEqual([
      'Hillary Clinton',
      'Hillary Clinton',
    ]);
  });

  it('a given name that usually tells the other gender does not stop the speaker going on', () => {
    expect(speakersOf('“We will appeal,” said widow Terry Holt. She said the court had erred.')).toEqual(['Terry Holt', 'Terry Holt']);
  });
});

describe('name chains', () => {
  const entity = (id: string, type: Entity['type'], name: string): Entity => ({ id, type, name, aliases: [], mentions: [], gender: null });
  const headNames = (entities: Entity[]) => new Map([...chainHeads(entities)].map(([e, head]) => [e.name, head.name]));

  it('an organization named without its trade word is the organization named in full', () => {
    expect(headNames([entity('e1', 'ORGANIZATION', 'Halden Energy'), entity('e2', 'ORGANIZATION', 'Halden')])).toEqual(new Map([['Halden', 'Halden Energy']]));
  });

  it('a name that another organization extends by a place, or that two extend, stays itself', () => {
    expect(headNames([entity('e1', 'ORGANIZATION', 'Vox America'), entity('e2', 'ORGANIZATION', 'Vox')]).size).toBe(0);
    expect(
      headNames([entity('e1', 'ORGANIZATION', 'Halden Energy'), entity('e2', 'ORGANIZATION', 'Halden Bank'), entity('e3', 'ORGANIZATION', 'Halden')]).size,
    ).toBe(0);
  });

  it('a given name alone is the one person named in full with it, never a person of another type', () => {
    expect(headNames([entity('e1', 'PERSON', 'Ann Holt'), entity('e2', 'PERSON', 'Ann')])).toEqual(new Map([['Ann', 'Ann Holt']]));
    expect(headNames([entity('e1', 'PERSON', 'Ann Holt'), entity('e2', 'PERSON', 'Ann Reyes'), entity('e3', 'PERSON', 'Ann')]).size).toBe(0);
    expect(headNames([entity('e1', 'PERSON', 'Ann Holt'), entity('e2', 'ORGANIZATION', 'Ann')]).size).toBe(0);
  });

  it('"it" goes to the organization a sentence just before had for subject', () => {
    expect(speakersOf('The Halden Growers Union represents 5,000 farmers. Recently, it said the tariffs would ruin them.')).toEqual(['Halden Growers Union']);
  });

  it('the speaker shown is the fullest name', () => {
    expect(speakersOf('Halden Energy lost money in June. Halden said it would cut jobs.')).toEqual(['Halden Energy']);
  });
});

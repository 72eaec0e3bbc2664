// A faith, a doctrine or the fear of one, named in one word, is no person, body nor place; stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf } from '../../support/extraction.js';

describe('a faith or a doctrine in one word', () => {
  it('names no entity', () => {
    expect(nameMentionsOf("The crush at Islam's holiest site hurt dozens, Ann Holt said.")).toEqual(['PERSON:Ann Holt']);
    expect(nameMentionsOf('Tom Pike campaigned against Communism and warned of rising Islamophobia.')).toEqual(['PERSON:Tom Pike']);
    expect(nameMentionsOf('Volunteers in Velmora try to convert new arrivals to Christianity.')).toEqual(['LOCATION:Velmora']);
  });

  it('keeps a longer name holding one, and a surname after a title', () => {
    expect(nameMentionsOf('Ann Holt leads the Union for Reform Judaism in Velmora.')).toContain('ORGANIZATION:Union for Reform Judaism');
    expect(nameMentionsOf('Mr Islam said the ferry would sail on Monday.')).toEqual(['PERSON:Islam']);
    expect(nameMentionsOf('Tom Pike, the minister for Tourism, said hotels in Velmora were full.')).toContain('ORGANIZATION:Tourism');
  });
});

describe('a language in one word', () => {
  it('names no entity: "said in Hebrew", "prints her paper in Swahili", "translated into Esperanto"', () => {
    expect(nameMentionsOf('Tom Reed said in Hebrew that the quay would close.')).toEqual(['PERSON:Tom Reed']);
    expect(nameMentionsOf('Ann Holt prints her paper in Swahili.')).toEqual(['PERSON:Ann Holt']);
    expect(nameMentionsOf('The book was translated into Esperanto and Sanskrit by Ann Holt.')).toEqual(['PERSON:Ann Holt']);
  });

  it('keeps a longer name holding one', () => {
    expect(nameMentionsOf('Ann Holt teaches at the Hebrew University of Velmora.')).toContain('ORGANIZATION:Hebrew University of Velmora');
  });
});

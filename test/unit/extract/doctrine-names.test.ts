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

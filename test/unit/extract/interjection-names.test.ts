// An interjection calling a person by a given name ("Hey John, …"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Poet of the harbour\n\n${body}`);

describe('an interjection before a given name', () => {
  it('is no word of the name', () => {
    expect(namesIn('People say, ‘Hey John, my name is Tom,’ and laugh.')).toEqual(['PERSON:John', 'PERSON:Tom']);
    expect(namesIn('“Hi Tom, welcome,” said Ann Holt.')).toEqual(['PERSON:Tom', 'PERSON:Ann Holt']);
    expect(namesIn('Oh Ann, you know the harbour.')).toEqual(['PERSON:Ann']);
  });

  it('stays a given name before a word that is none, and a word of a name that calls no one', () => {
    expect(namesIn('He met Bam Adebayo and Yaa Asantewaa on Monday.')).toEqual(['PERSON:Bam Adebayo', 'PERSON:Yaa Asantewaa']);
    expect(namesIn('In 1714 the Holy Roman Emperor Leopold Varga signed the harbour treaty.')).not.toContain('PERSON:Roman');
  });
});

// An office written as a title with its domain after "of" ("Chief of Staff", "Director of
// Communications") right after a body's name: the body's name ends before the title, and the person
// named after it is the holder, with no piece of the title.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf, speakersOf } from '../../support/extraction.js';

describe('titles with a domain after a body', () => {
  it('"White House Chief of Staff Tom Pike said" names Tom Pike', () => {
    const story = 'White House Chief of Staff Tom Pike said the plan would fail.';
    expect(speakersOf(story)).toEqual(['Tom Pike']);
    expect(nameMentionsOf(story)).toEqual(['LOCATION:White House', 'PERSON:Tom Pike']);
    expect(speakersOf('Velmora City Hall Director of Communications Ann Holt said the plan would fail.')).toEqual(['Ann Holt']);
  });

  it('a title with its domain and no body before it names the holder as before', () => {
    expect(speakersOf('Secretary of State Tom Pike said the plan would fail.')).toEqual(['Tom Pike']);
    expect(speakersOf('Deputy Chief of Staff Ann Holt said the plan would fail.')).toEqual(['Ann Holt']);
  });

  it('a body whose own name goes on with "of" keeps it', () => {
    expect(nameMentionsOf('The House of Commons voted on Tuesday.')).toEqual(['ORGANIZATION:House of Commons']);
    expect(nameMentionsOf('The Office of the Director of National Intelligence said it would fail.')).toEqual([
      'ORGANIZATION:Office of the Director of National Intelligence',
    ]);
    expect(nameMentionsOf('The Board of Governors met in Velmora.')).toContain('ORGANIZATION:Board of Governors');
  });
});

describe('a title phrase before its domain names no one', () => {
  it('"the Team Manager of", "the Grand Marshal for": a word and a title before "of" or "for" are one title', () => {
    expect(nameMentionsOf('Tom Reyes was also the Team Manager of the Dorrow rowing team.')).toEqual(['PERSON:Tom Reyes']);
    expect(nameMentionsOf('Ann Holt, the Club Secretary of the Harwick Rowing Club, said so.')).toEqual([
      'PERSON:Ann Holt',
      'ORGANIZATION:Harwick Rowing Club',
    ]);
    expect(nameMentionsOf('They asked Ann Holt, the Grand Marshal for the parade, to withdraw.')).toEqual(['PERSON:Ann Holt']);
  });

  it('"the General Manager of", "Deputy General Manager of": a title after "General" names no firm and no one', () => {
    expect(nameMentionsOf('Ann Holt, the General Manager of the club, said so.')).toEqual(['PERSON:Ann Holt']);
    expect(nameMentionsOf('Tom Reyes is the Deputy General Manager of Harwick Mining.')).toEqual(['PERSON:Tom Reyes', 'ORGANIZATION:Harwick Mining']);
  });

  it('a holder, a body or a surname after the title stays named', () => {
    expect(nameMentionsOf('General Manager Tom Reyes said the club would appeal.')).toEqual(['PERSON:Tom Reyes']);
    expect(nameMentionsOf('The United Nations High Commissioner for Refugees said so.')).toEqual(['ORGANIZATION:United Nations']);
    expect(nameMentionsOf('Senator Judge of Velmora said so.')).toContain('PERSON:Judge');
    expect(nameMentionsOf('Food\n\nGeneral Mills cut its sales forecast.')).toContain('ORGANIZATION:General Mills');
  });
});

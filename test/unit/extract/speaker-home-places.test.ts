// Politicians described by the place they stand for: "the Maine Republican" is the one the text placed in Maine.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('speakers described by their home place', () => {
  it('"the Maine Republican" is the senator bracketed with Maine, not the one of Alaska quoted last', () => {
    const story =
      'Sen. Susan Collins (R-Maine) voted against the cuts. Sen. Lisa Murkowski of Alaska was undecided. “I need to see the text,” Murkowski said. ' +
      '“We were promised changes before,” the Maine Republican said.';
    // (the first quote is the vote against the cuts)
    expect(speakersOf(story)).toEqual(['Susan Collins', 'Lisa Murkowski', 'Susan Collins']);
  });

  it('a place in an apposition or before the title counts, for a party member or an office', () => {
    const story =
      'Sen. Lisa Murkowski, an Alaska Republican, was undecided. Maine Sen. Susan Collins voted against the cuts. “This hurts hospitals,” Collins said. ' +
      'The Alaska Republican said she would decide by Friday. “I need to see the text,” the Alaska senator said.';
    // (the first quote is the vote against the cuts)
    expect(speakersOf(story)).toEqual(['Susan Collins', 'Susan Collins', 'Lisa Murkowski', 'Lisa Murkowski']);
  });

  it('a state abbreviation in the bracket is the state', () => {
    const story =
      'Rep. Ann Holt (D-N.Y.) and Rep. Mia Price (D-Calif.) wrote to the agency. “The delay is unacceptable,” Price said. ' +
      '“We expect answers this week,” the New York Democrat said.';
    expect(speakersOf(story)).toEqual(['Mia Price', 'Ann Holt']);
  });
});

describe('a place before a party member or an office opening the subject of a verb joined by "and"', () => {
  it('the description is the person the text placed there, never the place', () => {
    const story = 'Sen. Tom Velder (R-Kansas) faced a hard race. The Kansas Republican survived the primary and says he will fight on.';
    expect(speakersOf(story)).toEqual(['Tom Velder']);
  });

  it('with no one placed there the description speaks in its own words', () => {
    expect(speakersOf('The count ended on Tuesday. The Oregon Democrat won the seat and says he will fight on.')).toEqual(['The Oregon Democrat']);
    const story = 'Rep. Ann Holt of Nevada lost. The Oregon Democrat won the seat and told reporters that the count was fair.';
    expect(speakersOf(story)).toEqual(['The Oregon Democrat']);
  });
});

describe('a party and state bracketed after a name, then a comma', () => {
  it('the comma after the bracket sets off no apposition: the person speaks', () => {
    expect(speakersOf('At a lighthouse in Rockland, Gov. Tom Weller (R-ME), said, “We will keep the lamp lit.”')).toEqual(['Tom Weller']);
    expect(speakersOf('Rep. Ann Holt (D-N.Y.), said on Monday that the lighthouse fund would be doubled.')).toEqual(['Ann Holt']);
  });

  it('a description before the bracketed name keeps the name as speaker; a phrase the name closes does not', () => {
    expect(speakersOf('The lighthouse’s oldest friend, Sen. Ann Holt (D-N.Y.), said the fund would grow.')).toEqual(['Ann Holt']);
    expect(speakersOf('The trust, led by Sen. Ann Holt (D-N.Y.), said the lamp would be relit.')).toEqual(['The trust']);
  });
});

describe('where a speaker lives, set after the name', () => {
  it('a town after the district a person is "of" or "from" goes on with where they live; the person speaks', () => {
    expect(speakersOf('Tom Reyes, 42, of Kingsway, Hull, said the fish market closed too early.')).toEqual(['Tom Reyes']);
    expect(speakersOf('Tom Reyes of Kingsway, Hull, said the fish market closed too early.')).toEqual(['Tom Reyes']);
    expect(speakersOf('One stallholder, Tom Reyes, from Kingsway, Hull, said the fish market closed too early.')).toEqual(['Tom Reyes']);
  });

  it('a named body set off after a description still speaks', () => {
    expect(speakersOf('His union, the Fish Porters Guild, said the market closed too early.')).toEqual(['Fish Porters Guild']);
  });
});

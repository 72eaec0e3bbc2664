// A named person described by an epithet: an office by another word ("the pontiff" for the pope, "the
// vicar"), or where they come from ("the Yorkshireman"); never one the
// quotation itself names.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('epithets of office', () => {
  it('"the pontiff" is the one titled pope', () => {
    const story = 'Pope Leo XIV called for a ceasefire on Sunday. Crowds filled the square. “I appeal to all who hold responsibility,” the pontiff said.';
    expect(speakersOf(story).at(-1)).toBe('Leo XIV');
  });

  it('"the vicar" is the one who spoke as vicar; "the archdeacon" with nobody so titled is nobody named', () => {
    const story =
      'The vicar of St Mary’s has resigned. The Rev Alison Hartley said she would miss the town. “I have buried so many people here,” the vicar said. ' +
      'The archdeacon said he would meet the hall’s users next month.';
    expect(speakersOf(story)).toEqual(['Alison Hartley', 'Alison Hartley', 'The archdeacon']);
    const named = 'The vicar has resigned. The archdeacon, Christopher Bryan, will look after the parish. The archdeacon said he would meet the users.';
    expect(speakersOf(named)).toEqual(['Christopher Bryan']);
  });
});

describe('epithets of origin', () => {
  it('"the Yorkshireman" is a person, even when taken for a body’s name', () => {
    const story = 'Joe Root made his 34th Test century on Friday. The Yorkshireman said the pitch had been kind to batters.';
    expect(speakersOf(story)).toEqual(['Joe Root']);
  });

  it('one the quotation names is not who speaks it; with nobody else in view, the one quoted last is', () => {
    const story =
      'Joe Root made his 34th Test century. “It is a special place to do it,” Root said. England closed on 358 for six. ' +
      'The lead was 162, with Gus Atkinson unbeaten on 74. The tourists bowled too short. “Gus has batted beautifully,” the Yorkshireman said.';
    expect(speakersOf(story).at(-1)).toBe('Joe Root');
  });
});

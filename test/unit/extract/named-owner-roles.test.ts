// A role owned by a name ("Vale's spokeswoman") is no one the story titled the same role for another
// owner ("Pike's spokeswoman Ann Lee").
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

const race = "Tom Pike and Ron Vale are running for the seat.\n\nPike's spokeswoman Ann Lee said Pike is proud of the plan.\n\n";

describe("a role written with its owner's name", () => {
  it('is not the one the story gave that role for another owner', () => {
    expect(speakersOf(`${race}Vale's spokeswoman said he maintains that the mayor is competent.`)).toEqual(['Ann Lee', "Vale's spokeswoman"]);
  });

  it('is still the one the story gave that role for the same owner', () => {
    expect(speakersOf(`${race}Pike's spokeswoman said the plan was fully costed.`)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('is still one the story gave that role with no owner', () => {
    const story =
      "Tom Pike and Ron Vale are running for the seat.\n\nSpokeswoman Ann Lee said Vale is proud of the plan.\n\nVale's spokeswoman said the plan was fully costed.";
    expect(speakersOf(story)).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

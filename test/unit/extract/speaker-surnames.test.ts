// A surname two persons of the story bear ("Peter Lamb", "Carol Lamb") stands for the one its title
// and the sentences just before point to.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a surname shared by two persons, with a title', () => {
  it('"Mrs Lamb" after "Mr Lamb" is the woman of that name, not the man the bare name found first', () => {
    const story = 'Peter Lamb went out in the boat. Carol Lamb stayed at home. Mr Lamb said it was calm. Mrs Lamb said she would sell the boat.';
    expect(speakersOf(story)).toEqual(['Peter Lamb', 'Carol Lamb']);
  });

  it('the bare surname after both stays with the one it named first', () => {
    const story =
      'Peter Lamb went out in the boat. Carol Lamb stayed at home. Mr Lamb said it was calm. Mrs Lamb said she would sell the boat. ' +
      'Lamb said he would keep it.';
    expect(speakersOf(story)).toEqual(['Peter Lamb', 'Carol Lamb', 'Peter Lamb']);
  });

  it('"Ms Simpson said" is the Simpson of her gender named in full in the sentence before', () => {
    const story =
      'Edna Simpson, 87, was taken to hospital with a broken hip. Her granddaughter, Kerry Simpson, said staff were overworked. ' +
      '“She was in agony,” Ms Simpson said.';
    expect(speakersOf(story)).toEqual(['Kerry Simpson', 'Kerry Simpson']);
  });

  it('further back, the title goes to the one of that name the story named first', () => {
    const story =
      'Edna Simpson, 87, was taken to hospital with a broken hip. Her granddaughter, Kerry Simpson, said staff were overworked. ' +
      'The trust apologised on Friday. Its chief executive wrote to the family. Ms Simpson said she had accepted the apology.';
    expect(speakersOf(story)).toEqual(['Kerry Simpson', 'Edna Simpson']);
  });

  it('a bare surname without a title is the one named first, whoever was named in full just before', () => {
    const story = 'Ted Cruz spoke in Houston. He was joined on stage by his wife, Heidi Cruz. “I will not back him,” Cruz said.';
    expect(speakersOf(story)).toEqual(['Ted Cruz']);
  });
});

describe('"the younger Mr Lamb", "the elder Lamb"', () => {
  it('is the one of two bearing the surname the text made younger or older by the ages it gave', () => {
    const story =
      'Edward Lamb, 68, and his son Thomas, 39, milk 220 cows. “We have never known it this bad,” the elder Mr Lamb said. ' +
      '“We are working to lose money,” the younger Mr Lamb said. “Nobody listens,” he said.';
    expect(speakersOf(story)).toEqual(['Edward Lamb', 'Thomas Lamb', 'Thomas Lamb']);
  });

  it('or by the kin one was introduced as, without ages', () => {
    const story = 'Ruth Dale and her daughter Megan run the bakery. The younger Dale said sales had doubled. The elder Ms Dale said rents had too.';
    expect(speakersOf(story)).toEqual(['Megan Dale', 'Ruth Dale']);
  });
});

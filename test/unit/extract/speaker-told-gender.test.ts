// Speakers known only by a description or a given name keep the gender the text told of them:
// "the man" or "he" is never the unnamed woman quoted before.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('the gender told of an unnamed speaker', () => {
  it('"the man" does not go on for a pensioner whose relative clause said "her"', () => {
    const story =
      'Shoppers were divided over the charges. “I can’t afford it,” said a pensioner who has lived in the town all her life. ' +
      'The man, who declined to give his surname, said the charges were fair.';
    expect(speakersOf(story)).toEqual(['a pensioner', 'The man']);
  });

  it('"he" is not a woman known only by the first name she gave', () => {
    const story =
      'Shoppers were divided over the charges. A pensioner, who gave her name only as Margaret, said the charges would stop her coming. ' +
      '“It is robbery,” the man, who declined to give his surname, said.';
    expect(speakersOf(story)).toEqual(['Margaret', 'the man']);
  });

  it('a given name a pronoun once told is no speaker of the other pronoun', () => {
    const story =
      'Shoppers were divided over the charges. A pensioner, who gave her name only as Margaret, said the charges would stop her coming. ' +
      '“I can’t afford it,” she said. Her neighbour, Sam, agreed. “It is robbery,” he said.';
    expect(speakersOf(story)).toEqual(['Margaret', 'Margaret', 'Sam']);
  });

  it('"Mrs" before a surname two persons share is the woman, not the one whose gender the text never told', () => {
    const story =
      'Dev Lakhani, 61, died after the crash on the bypass. His widow, Asha Lakhani, told the inquest she had begged him to sell the car. ' +
      '“I wake up and for a second I forget,” Mrs Lakhani said.';
    expect(speakersOf(story)).toEqual(['Asha Lakhani', 'Asha Lakhani']);
  });

  it('"Mr" before a surname a woman shares is the other person of that name', () => {
    const story = 'Asha Lakhani and Dev Lakhani ran the shop for 30 years. “We never closed on a Sunday,” Mr Lakhani said.';
    expect(speakersOf(story)).toEqual(['Dev Lakhani']);
  });
});

describe('a kin word before a trade and a name', () => {
  it('"Her husband, the architect Daniel Okafor" is surely a man: "she says" after him is the woman quoted before', () => {
    const story =
      'Novel\n\nSally Okafor spent 15 years at the Bar before she wrote a word of fiction. Her debut novel has sold 200,000 copies.\n\n' +
      '"I never wanted to be famous," she says, sitting in a cafe near her home. "I wanted to be good at something. The law gave me that for a long time."\n\n' +
      'Her husband, the architect Daniel Okafor, read every draft. "He is my harshest critic," she says.';
    expect(speakersOf(story).at(-1)).toBe('Sally Okafor');
  });
});

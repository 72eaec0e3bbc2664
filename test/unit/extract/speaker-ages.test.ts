// Speakers described by age: "the 29-year-old" is the person the text gave that age, not whoever spoke last.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('speakers described by age', () => {
  it('"the 29-year-old" is the person given that age, not the one quoted just before', () => {
    const story =
      'Daniel Okafor, 29, was sent off on Saturday. Manager Tom Reilly kept him in the side. “We will stand by him,” Reilly said. ' +
      '“I am sorry to the fans,” the 29-year-old wrote on social media.';
    expect(speakersOf(story)).toEqual(['Tom Reilly', 'Daniel Okafor']);
  });

  it('"he" after a sentence the age opens is that person', () => {
    const story =
      'Striker Daniel Okafor, 29, was sent off on Saturday. Manager Tom Reilly, 54, kept him in the side. “We will stand by him,” Reilly said. ' +
      'The 29-year-old apologised on Sunday. “I reacted badly,” he wrote.';
    expect(speakersOf(story)).toEqual(['Tom Reilly', 'Daniel Okafor']);
  });

  it('an age before the name counts', () => {
    const story =
      'Midfielder Ana Costa, a 31-year-old Brazilian, scored twice. Coach Marta Vidal was pleased. “She was superb,” Vidal said. ' +
      '“I felt strong today,” the 31-year-old said.';
    expect(speakersOf(story)).toEqual(['Marta Vidal', 'Ana Costa']);
    expect(speakersOf(story.replace('Midfielder Ana Costa, a 31-year-old Brazilian,', 'The 31-year-old Ana Costa'))).toEqual(['Marta Vidal', 'Ana Costa']);
  });
});

describe('speakers portrayed as by a nationality', () => {
  it('"the Yorkshireman" is the player named before, not a person called Yorkshireman', () => {
    expect(
      speakersOf(
        'Calvert-Lewin, who scored the equaliser, was more measured. “I felt contact,” he said. The Yorkshireman, who has now scored in three straight games, said his fitness was the best in years.',
      ),
    ).toEqual(['Calvert-Lewin', 'Calvert-Lewin']);
  });

  it('"the mum-of-two", "the father-of-three" is the person the story is about', () => {
    expect(speakersOf('Headteacher Bethan Lewis, 52, said the visit had been kept secret. “The children were so excited,” the mum-of-two said.')).toEqual([
      'Bethan Lewis',
      'Bethan Lewis',
    ]);
    expect(
      speakersOf(
        'Owen Price, a paramedic, reached the scene within minutes. His colleague Ann Cole was there too. “I only did my job,” the father-of-three told reporters.',
      ),
    ).toEqual(['Owen Price']);
  });
});

// "they" with no plural speaker before: the plural noun phrase a clause just before opened with.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { pluralSubject } from '../../../src/extract/plural-subject.js';

const subjectOf = (sentence: string) => pluralSubject(sentence, 0, sentence.length)?.text ?? null;

describe('plural subjects', () => {
  it('finds the plural noun phrase a clause opens with, past leading words and clauses', () => {
    expect(subjectOf('Voting rights advocates have expressed deep concern about the policy.')).toBe('Voting rights advocates');
    expect(subjectOf('Should the company fail, environmentalists worry that taxpayers will pay.')).toBe('environmentalists');
    expect(subjectOf('Ohio and industry groups are challenging the rules in court.')).toBe('Ohio and industry groups');
    expect(subjectOf('But analysts say the plan will fail.')).toBe('analysts');
    // a capitalised plural the lexicon lacks, before a verb only a plural takes
    expect(subjectOf('Unions were less pleased.')).toBe('Unions');
    expect(subjectOf('Harris has left.')).toBeNull();
  });

  it('takes a capitalised word opening its clause in the shape of a plural, no name and no word the lexicon knows otherwise, for a plural before any verb', () => {
    expect(speakersOf('The Velmora quay will close in May. Unions reacted angrily. They said the plan would cost 200 jobs.')).toEqual(['Unions']);
    expect(speakersOf('The ward was full on Monday. Nurses protested outside. They said they had not been paid.')).toEqual(['Nurses']);
    expect(speakersOf('The catch was down again. Fishermen gathered at the quay. They said prices were too low.')).toEqual(['Fishermen']);
    // Read where no name was found: "Unions" is a plural; "Collins" a surname the lexicon knows, "Harris"
    // and "Tunis" end in "-is", "Politics" and "Athens" are words the lexicon knows otherwise.
    const unnamed = (sentence: string) => pluralSubject(sentence, 0, sentence.length, () => false)?.text ?? null;
    expect(unnamed('Unions reacted angrily.')).toBe('Unions');
    for (const word of ['Collins', 'Harris', 'Tunis', 'Politics', 'Athens']) expect(unnamed(`${word} reacted angrily.`)).toBeNull();
    // Where a name covers the word, it is none.
    expect(pluralSubject('Unions reacted angrily.', 0, 23, () => true)).toBeNull();
  });

  it('finds people placed by a long phrase before their verb, but no long run of other words', () => {
    expect(subjectOf('Researchers at the Medical University of Lodz in Poland analysed data from 17 studies.')).toBe(
      'Researchers at the Medical University of Lodz in Poland',
    );
    expect(subjectOf('Rising prices of fuel and food in the north of England worried voters.')).toBeNull();
  });

  it('takes a word in -s after a count for a plural noun, whatever verb it also spells ("Dozens of states")', () => {
    expect(subjectOf('Dozens of states are challenging the rules in court.')).toBe('Dozens of states');
    expect(subjectOf('Twenty-seven states led by West Virginia are challenging the rules.')).toBe('Twenty-seven states');
    expect(subjectOf('Several groups have sued.')).toBe('Several groups');
    expect(speakersOf('Dozens of states are challenging the rules in court. They argue that the agency overstepped its authority.')).toEqual([
      'Dozens of states',
    ]);
  });

  it('finds a plural phrase set off by a comma, whose verb follows an aside', () => {
    expect(subjectOf('The researchers, led by Dr. Ann Holt of the state university, followed 4,000 nurses.')).toBe('The researchers');
    expect(subjectOf('Local farmers, who have lost two harvests, want the dam removed.')).toBe('Local farmers');
    // A list of places is no subject set off.
    expect(subjectOf('In Paris, Lyon and Nice, the mayor spoke.')).toBeNull();
    expect(speakersOf('The researchers, led by Dr. Ann Holt, followed 4,000 nurses. They found that the risk rose.')).toEqual(['The researchers']);
  });

  it('takes a body of people in lower case for a plural, and no clause opening with a verb for a subject', () => {
    expect(subjectOf('The team tested the compound on mice.')).toBe('The team');
    expect(subjectOf('The team, led by Dr. Ann Holt, tested the compound on mice infected with the bacteria.')).toBe('The team');
    expect(speakersOf('The team tested the drug on mice. They said it cleared the infection within a week.')).toEqual(['The team']);
    expect(speakersOf('The family, led by Ann Holt, tested the water. Writing in a letter, they reported that it was unsafe.')).toEqual(['The family']);
    // "Wagner Group" is a name, found as one.
    expect(subjectOf('The Wagner Group sent fighters to the town.')).toBeNull();
  });

  it('finds none where the clause opens with a singular subject, a pronoun or a determiner', () => {
    expect(subjectOf('The Associated Press interviewed more than 20 former crew members.')).toBeNull();
    expect(subjectOf('These are strange days.')).toBeNull();
    expect(subjectOf('They sent a letter to the committee.')).toBeNull();
    expect(subjectOf('Mitt Romney released his returns in 2012.')).toBeNull();
  });

  it('gives "they" the group a sentence before opened with', () => {
    expect(speakersOf('Voting rights advocates have expressed deep concern about the policy. They say the purge broke the law.')).toEqual([
      'Voting rights advocates',
    ]);
    // A plural speaker quoted just before still comes first.
    expect(speakersOf('Officials said the bridge was safe. Residents have complained for years. They said the repairs would start in May.')).toEqual([
      'Officials',
      'Residents',
    ]);
  });

  it('takes a word after a determiner for a noun, whatever verb it spells ("Critics of the plan")', () => {
    expect(subjectOf('Critics of the plan were angry about the vote.')).toBe('Critics of the plan');
    expect(subjectOf('Owners of the mill have complained.')).toBe('Owners of the mill');
    expect(speakersOf('Critics of the plan, like Tom Pike, were angry. “The plan is dead,” they wrote.')).toEqual(['Critics of the plan']);
    expect(speakersOf('Neighbours of the quay were angry. They sent a letter. “The wall must go,” they wrote.')).toEqual(['Neighbours of the quay']);
  });
});

// Speech named by a noun: "her warning that …", "the mayor's repeated insistence that …". The
// possessor speaks and the "that" clause is what was said; the noun with no clause reports nothing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { saidAndSpeakers as said } from '../../support/extraction.js';

describe('a possessed speech noun with a "that" clause', () => {
  it('a possessive pronoun speaks for the person it refers to', () => {
    expect(said('Ann Holt stood by her warning that the bridge would collapse within a year.')).toEqual([
      ['the bridge would collapse within a year', 'Ann Holt'],
    ]);
    expect(said('Tom Reyes repeated his claim that the election had been stolen.')).toEqual([['the election had been stolen', 'Tom Reyes']]);
  });

  it('an adjective may stand between the possessor and the noun', () => {
    expect(said("Critics mocked Karl Berg's earlier prediction that prices would halve by June.")).toEqual([['prices would halve by June', 'Karl Berg']]);
    expect(said("Ann Holt's repeated insistence that the audit was routine angered the board.")).toEqual([['the audit was routine', 'Ann Holt']]);
  });

  it("as the subject, the clause ends at the sentence's own verb, also after a figure or inside what a cue reports", () => {
    expect(said("Ann Holt's warning that rents could double by 2030 alarmed tenants.")).toEqual([['rents could double by 2030', 'Ann Holt']]);
    expect(said("Karl Berg said the mayor's claim that crime had fallen was false.")).toContainEqual(['crime had fallen', 'the mayor']);
    expect(said("Ann Holt's insistence that she would not stand again after losing surprised her party.")).toEqual([
      ['she would not stand again after losing', 'Ann Holt'],
    ]);
  });

  it('quoted words inside the clause are read whole, and a participle after an adverb is still the clause’s', () => {
    expect(said('Ann Holt’s claim that the rally had been “largely peaceful” was disputed by the police.')).toEqual([
      ['the rally had been “largely peaceful”', 'Ann Holt'],
    ]);
    expect(said('Karl Berg’s warning that the strike could last “weeks, not days” alarmed the mills.')).toEqual([
      ['the strike could last “weeks, not days”', 'Karl Berg'],
    ]);
    expect(said('Tom Reyes’s claim that the audit was politically motivated drew a rebuke from the board.')).toEqual([
      ['the audit was politically motivated', 'Tom Reyes'],
    ]);
  });

  it('a source after "from" or "by" speaks the noun’s clause', () => {
    expect(said('The vote went ahead despite assurances from the minister that no ballots were missing.')).toEqual([
      ['no ballots were missing', 'the minister'],
    ]);
    expect(said('Residents dismissed claims by the developer that the tower would bring 500 jobs.')).toContainEqual([
      'the tower would bring 500 jobs',
      'the developer',
    ]);
    expect(said('Despite assurances from the whips that the revolt would fade, several members said they would rebel.')).toEqual([
      ['the revolt would fade', 'the whips'],
      ['they would rebel', 'several members'],
    ]);
    // ("claims by the developer that were rejected": a relative clause)
    expect(said('The council studied claims by the developer that were rejected in May.')).toEqual([]);
  });

  it('an opening phrase holding the noun ends at its comma', () => {
    expect(said('Tom Reyes took office in May. Contrary to his assurance that taxes would not rise, the levy went up twice.')).toEqual([
      ['taxes would not rise', 'Tom Reyes'],
    ]);
  });

  it('without a clause, or with a belief, no one speaks', () => {
    expect(said('Ann Holt stood by her warning to the council.')).toEqual([]);
    expect(said('Tom Reyes kept his belief that the plan would work.')).toEqual([]);
    expect(said('The warning that the dam might fail came too late.')).toEqual([]);
  });
});

describe('a speech noun after a light verb', () => {
  it('"gave assurances that", "issued a warning that": the subject speaks the clause', () => {
    expect(said('Ann Holt gave assurances that the water was safe to drink.')).toEqual([['the water was safe to drink', 'Ann Holt']]);
    expect(said('The ministry issued a stern warning that the dam might fail.')).toEqual([['the dam might fail', 'The ministry']]);
    expect(said('Tom Reyes made it clear that he would not resign.')).toEqual([['he would not resign', 'Tom Reyes']]);
    expect(said('Tom Reyes made clear that he would not resign.')).toEqual([['he would not resign', 'Tom Reyes']]);
  });

  it('"made the case that", "made the point that", "made the argument that"', () => {
    expect(said('Ann Holt made the case that the levy was unfair.')).toEqual([['the levy was unfair', 'Ann Holt']]);
    expect(said('Tom Reyes made a strong case that the ferry should be sold.')).toEqual([['the ferry should be sold', 'Tom Reyes']]);
    expect(said('Ann Holt made the point that the town had doubled in size.')).toEqual([['the town had doubled in size', 'Ann Holt']]);
    expect(said('Tom Reyes made the argument that rents were too high.')).toEqual([['rents were too high', 'Tom Reyes']]);
  });

  it('"case" and "point" name speech only after "make"', () => {
    expect(said('The court heard the case that Ann Holt brought.')).toEqual([]);
    expect(said('Tom Reyes made a point of visiting every school.')).toEqual([]);
    expect(said('The ferry reached the point that the town had feared.')).toEqual([]);
  });

  it('a relative clause after the noun, or no clause, is no speech', () => {
    expect(said('Ann Holt gave a statement that was read in court.')).toEqual([]);
    expect(said('Ann Holt gave assurances to the council.')).toEqual([]);
    expect(said('The judge made clear progress on the case.')).toEqual([]);
  });
});

describe('a report noun in the object of a cue', () => {
  it('the noun phrase does not take the cue verb for its speaker', () => {
    const quotes = extract('Test article\n\nAnn Holt dismissed claims that the bridge was unsafe.').quotes;
    expect(quotes.map((q) => q.speaker.name)).not.toContain('Ann Holt dismissed');
  });
});

describe('a speech noun whose source is not named', () => {
  it('the "that" clause is what was said, by nobody named', () => {
    expect(said('The councillor faced allegations that he had misused the ward budget.')).toEqual([['he had misused the ward budget', null]]);
    expect(said('There were numerous complaints that quad bikes were tearing up the dunes.')).toEqual([['quad bikes were tearing up the dunes', null]]);
    expect(said('Shares in the brewer rose on Friday amid speculation that a buyer had made an approach.')).toEqual([['a buyer had made an approach', null]]);
  });

  it('in a phrase opening the sentence, the clause ends at its comma', () => {
    expect(said('Despite accusations that the club had broken spending rules, the league took no action.')).toEqual([
      ['the club had broken spending rules', null],
    ]);
  });

  it('a relative clause, a time after "that", a reminder or the subject of the sentence is not read so', () => {
    expect(said('The story began with a claim that originated in a council leaflet.')).toEqual([]);
    expect(said('The firm blocks threats that change every day.')).toEqual([]);
    expect(said('The comments that night were heard by few.')).toEqual([]);
    expect(said('The flood was a stark reminder that the levee needs repair.')).toEqual([]);
  });
});

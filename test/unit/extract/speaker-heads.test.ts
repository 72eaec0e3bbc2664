// The head of a speaker phrase speaks: a noun before the prepositions attached to it, a person
// after an organization and a title, people rather than the organization modifying them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { namesPeople } from '../../../src/extract/phrase-heads.js';

const speakersOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.speaker.name);

describe('speaker phrase heads', () => {
  it('a person after an organization or possessor and a title speaks', () => {
    expect(speakersOf('“We will appeal,” said CNN host Ana Silva.')).toEqual(['Ana Silva']);
    expect(speakersOf('The talks failed, noted CNN’s Ana Silva.')).toEqual(['Ana Silva']);
    expect(speakersOf('Mark Reed’s campaign manager Ana Silva said as much on Monday, arguing that the polls were wrong.')).toEqual(['Ana Silva']);
    expect(speakersOf('“We will appeal,” said Del. Ana Silva of Guam.')).toEqual(['Ana Silva']);
  });

  it('the noun before the prepositions speaks', () => {
    expect(speakersOf('Tom Reyes spoke. “We will appeal,” Mr. Reyes of the Farmers Union said.')).toEqual(['Tom Reyes']);
    expect(speakersOf('Experts on trade and farm policy said the deal was unfair.')).toEqual(['Experts']);
    expect(speakersOf('Observers in Lisbon and around the world said the vote was fair.')).toEqual(['Observers']);
    expect(speakersOf('Attorneys for the family said the video was clear.')).toEqual(['Attorneys']);
    expect(speakersOf('A spokeswoman for Hillary Clinton says the report is false.')).toEqual(['A spokeswoman']);
  });

  it('a group counted with "of" speaks whole', () => {
    expect(speakersOf('A group of parents said the schools were failing.')).toEqual(['A group of parents']);
  });

  it('an organization in a description after a name does not speak', () => {
    expect(speakersOf('Ana Silva, president of the Farmers Union, which represents 9,000 growers, said the deal was unfair.')).toEqual(['Ana Silva']);
  });

  it('people named with an organization are not the organization; its report and its analysts are', () => {
    expect(speakersOf('Several former CNN reporters said the network was biased.')).toEqual(['Several former CNN reporters']);
    expect(speakersOf('European Union leaders warn that the bloc could fall apart.')).toEqual(['European Union leaders']);
    expect(speakersOf('Two Nordvik Bank sources told Reuters the lender would cut jobs.')).toEqual(['Two Nordvik Bank sources']);
    // Any role noun after a determiner names a person who may speak.
    expect(speakersOf('The professor urged city officials to act.')).toEqual(['The professor']);
    expect(speakersOf('Three OPEC+ sources told Reuters the group would meet.')).toEqual(['sources']);
    expect(speakersOf('The Reuters survey found that voters were leaving.')).toEqual(['Reuters']);
    expect(speakersOf('Analysts at the Lowy Institute in Sydney said the alliance was weakening.')).toEqual(['Lowy Institute']);
  });

  it('nouns for people by office or kind, not for what speaks for an organization', () => {
    expect(['leaders', 'nominee', 'reporters', 'experts'].every(namesPeople)).toBe(true);
    expect(['spokesman', 'report', 'survey', 'statement'].some(namesPeople)).toBe(false);
  });
});

// A public body a place owns ("the city's finance office", "the county's health department") is the
// place's own, not a body of another kind the story named before (organization-descriptions.ts).
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a body a place owns', () => {
  it('"the city\'s finance office" is no chamber of commerce named before', () => {
    expect(speakersOf("The Dunmore Chamber of Commerce held its annual dinner. The city's finance office said fees rose by 4 percent.")).toEqual([
      "The city's finance office",
    ]);
    expect(speakersOf("Fees in Dunmore rose, the Dunmore Traders Guild said. According to the county's tax office, the rise was small.")).toEqual([
      'Dunmore Traders Guild',
      "the county's tax office",
    ]);
  });

  it('a body named before with the same head is the one the place owns', () => {
    expect(speakersOf("The Dunmore Health Department opened two clinics. The county's health department said flu cases rose.")).toEqual([
      'Dunmore Health Department',
    ]);
  });

  it("a company's office still speaks for the company", () => {
    expect(speakersOf("Orvel Motors cut 300 jobs. The company's finance office said sales fell.")).toEqual(['Orvel Motors']);
  });
});

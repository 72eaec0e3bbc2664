// A description by nation and office ("the French president", "the German leader") is the person
// the text tied to that nation, not the one of another nation named last; and a description by a
// role no one named before holds is the person the next sentences name in it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

const PHONE = 'Leaders talk.\n\nPresident Mark Dalton spoke by phone this week with ';
const BERLIN = 'Trade talks.\n\nPresident Mark Dalton met ';
const AGENDA = ' in Berlin. Dalton said trade was on the agenda. The German leader said she wanted a deal by June.';

describe('descriptions by nation or by a role named next', () => {
  it.each([
    ['"of France" after the name', `${PHONE}President Pierre Lamarque of France. The French president said he would visit in May.`, ['Pierre Lamarque']],
    ['"France’s president, …" before it', `${PHONE}France’s president, Pierre Lamarque. The French president said he would visit in May.`, ['Pierre Lamarque']],
    ['a chancellor "of Germany" for "the German leader"', `${BERLIN}Chancellor Anna Vogel of Germany${AGENDA}`, ['Mark Dalton', 'Anna Vogel']],
    ['"the German chancellor, …" for "the German leader"', `${BERLIN}the German chancellor, Anna Vogel,${AGENDA}`, ['Mark Dalton', 'Anna Vogel']],
    [
      'of two French, the minister',
      'Summit.\n\nFrench President Pierre Lamarque and French Foreign Minister Claire Roux met President Mark Dalton in Oslo. Dalton said the talks were useful. The French minister said Paris wanted more time.',
      ['Mark Dalton', 'Claire Roux'],
    ],
    [
      '"The Ohio attorney general is confirming …" before "Attorney General Ann Holt said"',
      'Latest.\n\n11:40 a.m. The campaign’s state chairman, Tom Reyes, said he could not comment on the letter. 11:50 a.m. The Ohio attorney general is confirming that the charity is not registered in Ohio. Attorney General Ann Holt said her office had opened an inquiry.',
      ['Tom Reyes', 'Ann Holt', 'Ann Holt'],
    ],
    [
      'one given the role before, though another is named in it next',
      'Inquiry.\n\nAttorney General Ann Holt opened an inquiry. The attorney general says the charity broke the law. Attorney General Tom Reyes of Ohio agreed.',
      ['Ann Holt'],
    ],
  ])('%s', (_, story, speakers) => {
    expect(speakersOf(story).slice(0, speakers.length)).toEqual(speakers);
  });
});

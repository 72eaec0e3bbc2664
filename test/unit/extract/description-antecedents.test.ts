// Definite descriptions of organizations and places ("the utility", "the grocer", "the province")
// resolve to what the text named before; "it" goes on from a one-word outlet name ("the Times").
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { describesOrganization, describesPlace, organizationFor } from '../../../src/extract/description-heads.js';
import type { Entity } from '../../../src/extract/types.js';

describe('description heads', () => {
  it('knows the kinds of business, public body and place a description names', () => {
    for (const head of ['utility', 'grocer', 'union', 'watchdog', 'association', 'automaker', 'airline']) expect(describesOrganization(head)).toBe(true);
    for (const head of ['province', 'territory', 'city']) expect(describesPlace(head)).toBe(true);
    for (const head of ['minister', 'plan', 'report']) expect(describesOrganization(head)).toBe(false);
  });

  it('takes a company word as better evidence than a place type, unless a gazetteer knows the place', () => {
    const entity = (name: string): Entity => ({ id: 'e1', type: 'LOCATION', name, aliases: [], mentions: [], gender: null });
    expect(organizationFor('retailer', entity('Brimvale'))).toBe(true);
    expect(organizationFor('retailer', entity('Manitoba'))).toBe(false);
    expect(organizationFor('union', entity('Brimvale'))).toBe(false);
    // A country is no firm, whatever words its name has.
    expect(organizationFor('company', entity('United Kingdom'))).toBe(false);
    expect(speakersOf('Dockworkers at Felixstowe, Britain’s biggest container port, will strike. The company said it was disappointed.')).toEqual([
      'The company',
    ]);
  });

  it('a name that says what kind of body it is fits only a description of that kind', () => {
    const organization = (name: string): Entity => ({ id: 'e1', type: 'ORGANIZATION', name, aliases: [], mentions: [], gender: null });
    expect(organizationFor('union', organization('International Longshore Association'))).toBe(true);
    expect(organizationFor('union', organization('Teamsters'))).toBe(true);
    expect(organizationFor('union', organization('University of Southern Maine'))).toBe(false);
    expect(organizationFor('union', organization('Portland Port Authority'))).toBe(false);
    expect(organizationFor('company', organization('Portland Port Authority'))).toBe(true);
    // A business by its name is no public body.
    expect(organizationFor('union', organization('Nordvik Air'))).toBe(false);
    expect(organizationFor('ministry', organization('Harlow Foods Ltd'))).toBe(false);
    expect(organizationFor('airline', organization('Nordvik Air'))).toBe(true);
  });
});

describe('speakers given by a description of an organization or a place', () => {
  it('a business named by what it does', () => {
    expect(speakersOf('Hydro One said 40,000 customers lost power. The utility said crews were working to restore it.')).toEqual(['Hydro One', 'Hydro One']);
    expect(speakersOf('Loblaw Companies Ltd. raised prices again. The grocer said supplier costs had risen.')).toEqual(['Loblaw Companies Ltd.']);
  });

  it('passes over bodies whose names say they are another kind', () => {
    expect(
      speakersOf(
        'Teresa Alvarez leads Local 861 of the Dockworkers Association. Port officials met Ann Kim of the University of Maine. Members voted to strike, according to the union.',
      ),
    ).toEqual(['Dockworkers Association']);
  });

  it('"the force" is a police force, not a firm named since', () => {
    expect(
      speakersOf('Two officers from Thames Valley Police shared the messages with staff at Serco. The force said both had received written warnings.'),
    ).toEqual(['Thames Valley Police']);
  });

  it('"the consultancy" is a business named before', () => {
    expect(speakersOf('Capital Economics said wage growth was too strong. “June is more likely than July,” the consultancy said in a note.')).toEqual([
      'Capital Economics',
      'Capital Economics',
    ]);
  });

  it('a body is the one whose name its head word was written before, not another of that kind named since', () => {
    const story =
      'Housing association Irwell Homes, which owns the estate, said it was disappointed. The Salford Tenants Union organised the strike. ' +
      '“Withholding rent puts tenancies at risk,” a spokesperson for the association said.';
    expect(speakersOf(story)).toEqual(['Irwell Homes', 'Irwell Homes']);
  });

  it('a province or territory named before', () => {
    expect(speakersOf('The province of Manitoba will fund ten new clinics. The province said the first would open in May.')).toEqual(['Manitoba']);
  });

  it('"it" after a country opening the sentence before is that country, as after an organization', () => {
    expect(speakersOf('Iran welcomed the decision. In a statement, it said talks would resume in the spring.')).toEqual(['Iran', 'Iran']);
  });

  it('"it" after a description of an organization opening the sentence before is the organization it describes', () => {
    expect(
      speakersOf(
        'Most cases are in young children, according to the Department of Health. The mayor said rates had fallen. The department has opened free clinics. It said 2,000 people had been vaccinated.',
      ),
    ).toEqual(['Department of Health', 'The mayor', 'Department of Health']);
    expect(
      speakersOf('Shares of Nordic Semiconductor fell. Analyst Ann Lee said the stock was cheap. The chipmaker opened a plant. It said 900 people were hired.'),
    ).toEqual(['Ann Lee', 'Nordic Semiconductor']);
  });

  it('a company word goes back to a name that spoke last and shows nothing of a person', () => {
    expect(speakersOf('Pale Lantern asked, “Who pays for this?”\n\nThe website noted that the fund had lost money for three years.')).toEqual([
      'Pale Lantern',
      'Pale Lantern',
    ]);
    // A lone capitalised word no recogniser took is such a name, also under a people's word.
    expect(
      speakersOf(
        'Maersk, the world’s second-biggest container line, said it was reviewing its schedules. The Danish company said customers should expect delays.',
      ),
    ).toEqual(['Maersk', 'Maersk']);
    // A given name shows a person: "the company" is someone else.
    expect(speakersOf('Mark Holt asked, “Who pays for this?”\n\nThe company noted that the fund had lost money for three years.')[1]).toBe('The company');
  });

  it('"it" goes on from a one-word outlet name', () => {
    expect(speakersOf('“Prices fell for a third month,” the Times wrote. “Few expected it,” it added.')).toEqual(['Times', 'Times']);
  });

  it('"the firm" is no body the text wrote down as a union, though named last', () => {
    const story =
      'Drivers will strike, the Unison union said. Bus operator Norbus said the offer was fair. “We regret that Unison has chosen to disrupt passengers,” a spokesman said. ' +
      'The firm said it would run a limited service.';
    expect(speakersOf(story).at(-1)).toBe('Norbus');
  });

  it('"The agency said" after a body’s spokeswoman spoke is her body, not one named since in passing', () => {
    const story =
      'The United Nations has held talks on the crisis. “We are running out of time,” World Relief Programme spokeswoman Leni Moss told a regular UN briefing in Geneva. ' +
      'The agency said it had reached only a fifth of those in need.';
    expect(speakersOf(story).at(-1)).toBe('World Relief Programme');
  });
});

describe('a firm opening the sentence before after the trade it is given', () => {
  it('"Rival SK Hynix, which supplies Nvidia, … The company has said" is SK Hynix, not the firm in its relative clause', () => {
    const story =
      'Chips\n\nSamsung Electronics reported a jump in profit. Rival SK Hynix, which supplies Nvidia, reports its results next week. ' +
      'The company has said it has sold out its chips for next year.';
    expect(speakersOf(story).at(-1)).toBe('SK Hynix');
    const second =
      'Cars\n\nVolkswagen cut its forecast. German carmaker BMW, which competes with Mercedes, cut prices on Monday. The company said demand in China was weak.';
    expect(speakersOf(second).at(-1)).toBe('BMW');
  });
});

describe('a street is no company', () => {
  it('"the company said" after "Wall Street\'s expectations" is the firm the story is about', () => {
    const story =
      "Shares of Nimbus Systems rose 9% after the company reported revenue above Wall Street's expectations. " +
      'Revenue rose 24% to $3.1 billion, the company said.';
    expect(speakersOf(story)).toContain('Nimbus Systems');
    expect(speakersOf(story)).not.toContain('Wall Street');
  });
});

describe('a union named with an industry word', () => {
  it('is "the union" when its name says it is an association or a union too', () => {
    const union = (name: string): Entity => ({ id: 'e1', type: 'ORGANIZATION', name, aliases: [], mentions: [], gender: null });
    expect(organizationFor('union', union('Air Line Pilots Association'))).toBe(true);
    expect(organizationFor('association', union('Media Workers Association'))).toBe(true);
    expect(organizationFor('union', union('Nordvik Air Pilots'))).toBe(false);
    expect(speakersOf('Pilots at Nordvik Air will strike, the Air Line Pilots Association said. The union said talks had failed.')).toEqual([
      'Air Line Pilots Association',
      'Air Line Pilots Association',
    ]);
  });
});

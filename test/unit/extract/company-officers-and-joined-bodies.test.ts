// Firms named like persons, known by the officers only a company has; names joined by "and"; a
// firm and the body it endows; a head word another body is called by; illnesses and events named
// by a coined word. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { entitiesOf, typesOf } from '../../support/extraction.js';

const surfacesOf = (text: string) => entitiesOf(text).map((e) => [...new Set(e.mentions.map((m) => m.text))].join('|'));

describe('an office or holder only a company has, after a name that opens with a given name', () => {
  it('its shareholders or chief executive make it a firm, wherever the story names it', () => {
    expect(typesOf('Merger vote\n\nFelix Marlow shareholders approved the merger on Friday in Auckland.').get('Felix Marlow')).toBe('ORGANIZATION');
    const boss = typesOf('Drug sales\n\nSales rose 8 percent, Marlow chief executive Ann Ruiz told analysts on Friday.');
    expect([boss.get('Marlow'), boss.get('Ann Ruiz')]).toEqual(['ORGANIZATION', 'PERSON']);
    expect(typesOf('Oswin Harlow shareholders back break-up\n\nThe vote in Wellington ended years of doubt.').get('Oswin Harlow')).toBe('ORGANIZATION');
  });

  it('a titled name stays a person', () => {
    expect(typesOf('Board\n\nSenator Lena Hart chairman of the panel, said so.').get('Lena Hart')).toBe('PERSON');
  });
});

describe('a company\'s office before "of"', () => {
  it('what a chief executive, chairman or executive chair is of is a firm, though a city or a person bears the name', () => {
    expect(typesOf('Banks\n\nAna Soler, executive chair of Santander, said the bank would cut costs.').get('Santander')).toBe('ORGANIZATION');
    expect(typesOf('Banks\n\nThe chief executive of Barclays said the bank would cut 500 jobs.').get('Barclays')).toBe('ORGANIZATION');
    expect(typesOf('Clubs\n\nThe chairman of Leeds, Paolo Ferri, said the club would appeal.').get('Leeds')).toBe('ORGANIZATION');
  });

  it('a nation, a state or a county keeps its chief executive or chair, and an owner named before the firm is a person', () => {
    expect(typesOf('Politics\n\nMay Wong, chief executive of Hong Kong, said the law would stay.').get('Hong Kong')).toBe('LOCATION');
    expect(typesOf('Caucus\n\nTom Reed, the GOP chairman of Iowa, said the caucus would go ahead.').get('Iowa')).toBe('LOCATION');
    expect(typesOf('Votes\n\n"We are ready," said Cheryl Ames, the Democratic chair of Jefferson County.').get('Jefferson County')).toBe('LOCATION');
    expect(typesOf("Airlines\n\nHe was chairman of Paul Garvey's airline for a decade.").get('Paul Garvey')).toBe('PERSON');
  });
});

describe('"and" between names of bodies', () => {
  it('a firm named after a place or a people, or closed by its legal form, after "and" is another firm', () => {
    expect(surfacesOf('Flights\n\nFlights resumed as Tarvair and British Airways avoided the airspace.')).toEqual(
      expect.arrayContaining(['Tarvair', 'British Airways']),
    );
    expect(surfacesOf('Bids\n\nKestrel and Apache Corp are among the bidders, sources said.')).toEqual(expect.arrayContaining(['Kestrel', 'Apache Corp']));
    expect(surfacesOf('Drugs\n\nAstraZeneca and Merck & Co won approval for the drug on Tuesday.')).toEqual(
      expect.arrayContaining(['AstraZeneca', 'Merck & Co']),
    );
  });

  it('two names of two words each opened by a word of their own are two firms ("Barrick Gold and Teck Resources")', () => {
    expect(surfacesOf('Miners\n\nShares of Darrow Gold and Pelk Resources rose with metal prices on Tuesday.')).toEqual(['Darrow Gold', 'Pelk Resources']);
    expect(surfacesOf('Miners\n\nDarrow Gold and Pelk Resources rose with metal prices on Tuesday.')).toEqual(['Darrow Gold', 'Pelk Resources']);
  });

  it('a body of a place, or a name its initials open, ends before a firm named in one word ("Royal Bank of Canada and Scotiabank")', () => {
    expect(surfacesOf('Banks\n\nStocks rose after Royal Bank of Canada and Varnabank reported profits.')).toEqual(['Royal Bank of Canada', 'Varnabank']);
    expect(surfacesOf('Banks\n\nBank of America and Citigroup fell on Tuesday.')).toEqual(['Bank of America', 'Citigroup']);
    expect(surfacesOf('Banks\n\nAnalysts at RBC Capital Markets and Varnabank raised their targets.')).toEqual(['RBC Capital Markets', 'Varnabank']);
  });

  it("two places sharing one body are one name; a body's ordinary words and a firm's run on", () => {
    expect(surfacesOf('Cricket\n\nThe England and Wales Cricket Board will cut the number of matches.')).toEqual(['England and Wales Cricket Board']);
    const bodies = surfacesOf('Power\n\nBaltimore Gas and Electric Co raised prices. The Food and Drug Administration said so.');
    expect(bodies).toEqual(['Baltimore Gas and Electric Co', 'Food and Drug Administration']);
  });
});

describe('a firm and the bodies named after it or called by its words', () => {
  it('a firm named alone before the foundation bearing its name is not the foundation', () => {
    const names = surfacesOf(
      'Sale\n\nKelda said it would sell its robotics unit. Kelda said the price was fair.\n\nThe Kelda Foundation owns a small stake in the company.',
    );
    expect(names).toEqual(expect.arrayContaining(['Kelda', 'Kelda Foundation']));
  });

  it('a head word alone names another body where the longer one is called by its first word', () => {
    const story =
      'Walkout\n\nThe Trinamool Congress backed the walkout. Trinamool leader Ann Basu said so. The main opposition Congress party also joined the protest.';
    const names = extract(story).entities.map((e) => [...new Set(e.mentions.map((m) => m.text))].join('|'));
    expect(names).toEqual(expect.arrayContaining(['Trinamool Congress|Trinamool', 'Congress']));
  });
});

describe('an illness or event named by a coined word', () => {
  it('is no person, body nor place', () => {
    const story = 'Inquiry\n\nBritain was poorly prepared for Covid, the inquiry said. Covid killed thousands. Brexit had drawn officials away.';
    expect([...typesOf(story).keys()]).not.toEqual(expect.arrayContaining(['Covid']));
    expect([...typesOf(story).keys()].some((n) => /Covid|Brexit/u.test(n))).toBe(false);
  });
});

describe('what the story says a name with a given name first is, or owns', () => {
  it('the subject of "is" and a company\'s noun, alone or joined by "and", is a firm', () => {
    const story = 'Drugs\n\nHarlan Wade and Lena Brock were the two most valuable drugmakers in the world.';
    expect([typesOf(story).get('Harlan Wade'), typesOf(story).get('Lena Brock')]).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    expect(typesOf('Cars\n\nOswin Harlow is the largest carmaker in the region.').get('Oswin Harlow')).toBe('ORGANIZATION');
  });

  it('saying it would sell or spin off its arm, unit or stake makes a firm; its plans, its people do not', () => {
    expect(typesOf('Paper\n\nFelix Marlow said it would spin off its forestry arm.').get('Felix Marlow')).toBe('ORGANIZATION');
    expect(typesOf('Vote\n\nRuth Davies said it would raise its spending.').get('Ruth Davies')).toBe('PERSON');
    expect(typesOf('Film\n\nLena Brock is a producer of the film.').get('Lena Brock')).toBe('PERSON');
  });

  it('a name between a firm\'s "its" and a part of a firm is that part, a company, wherever the story names it', () => {
    const story = 'Sale\n\nThe group is in talks to sell its Mead Harlow infant formula business. Mead Harlow faces hundreds of lawsuits.';
    expect(typesOf(story).get('Mead Harlow')).toBe('ORGANIZATION');
    expect(typesOf('Vote\n\nThe party chose its Ruth Davies as leader. Ruth Davies said so.').get('Ruth Davies')).toBe('PERSON');
  });
});

describe('a title word before what is no name of anyone', () => {
  it('a field of work in "-ics" or an industry after "General" closes a firm\'s name', () => {
    expect(surfacesOf('Defence\n\nGeneral Dynamics said on Tuesday it had won a contract.')).toEqual(['General Dynamics']);
    expect(typesOf('Power\n\nGeneral Electric bid for the turbines.').get('General Electric')).toBe('ORGANIZATION');
    expect(surfacesOf('Robots\n\nKestrel and Varno Robotics lead the market.')).toEqual(['Kestrel', 'Varno Robotics']);
    expect(typesOf('Army\n\nGeneral Petraeus said the surge had worked.').get('Petraeus')).toBe('PERSON');
  });

  it('a lone capital letter after it is no initial: "Gen Z" names no one', () => {
    expect(surfacesOf('Youth\n\nGen Z protesters marched in Nairobi on Tuesday.')).toEqual(['Nairobi']);
    expect(typesOf('Vote\n\nPresident J Smith said the vote would go ahead.').get('J Smith')).toBe('PERSON');
  });
});

describe('words around a name that settle what it is', () => {
  it("a party word before a town's name that heads a body opens the body's name", () => {
    const names = surfacesOf('Budget\n\nThe Ubuntu Congress and the Democratic Alliance agreed on a budget.');
    expect(names).toEqual(expect.arrayContaining(['Democratic Alliance']));
    expect(typesOf('Budget\n\nThe Ubuntu Congress and the Democratic Alliance agreed on a budget.').get('Democratic Alliance')).toBe('ORGANIZATION');
  });

  it('an apposition owned by a place of several words still says what the name is', () => {
    const story = "Banks\n\nFelix Marlow, Latin America's largest bank by market value, reported a profit on Monday.";
    expect(typesOf(story).get('Felix Marlow')).toBe('ORGANIZATION');
  });

  it("a person's role before a name of two words and a verb of speech after it make a person", () => {
    expect(typesOf('Robots\n\nKestrel founder Masato Son said robots would be the next frontier.').get('Masato Son')).toBe('PERSON');
  });
});

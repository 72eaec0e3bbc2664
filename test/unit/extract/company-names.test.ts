// Companies named by ordinary words or by what looks like a person's name, typed by what the story
// says they have or are, wherever it names them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typesOf } from '../../support/extraction.js';

describe('what only a company has settles its name wherever the story uses it', () => {
  it('its shares, its chief executive, its profit, after a possessive', () => {
    const fined = typesOf("Regulators act\n\nRegulators fined Apple 40 million euros on Monday. Apple's shares fell 2 percent.");
    expect(fined.get('Apple')).toBe('ORGANIZATION');
    const boss = typesOf("Drug deal\n\nEli Lilly agreed to pay 50 million dollars. Eli Lilly's chief executive, Dan Okafor, attended.");
    expect(boss.get('Eli Lilly')).toBe('ORGANIZATION');
    expect(boss.get('Dan Okafor')).toBe('PERSON');
    const profit = typesOf("Oil results\n\nA court ordered Shell to cut emissions. Shell's quarterly profit rose.");
    expect(profit.get('Shell')).toBe('ORGANIZATION');
    // Any chief officer, and a general counsel.
    const legal = typesOf("App case\n\n“Rivals were punished,” said Dan Okafor, Tunely's chief legal officer. Ann Holt, Brandt's general counsel, agreed.");
    expect([legal.get('Tunely'), legal.get('Brandt')]).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  it('its finance chief or chairman, of a name with no given name first', () => {
    const officer = typesOf("Results\n\nRuth Okafor, Alphabet's finance chief, said spending would rise.");
    expect(officer.get('Alphabet')).toBe('ORGANIZATION');
    const candidate = typesOf("Campaign\n\nDonald Trump's finance chief, Steven Moore, raised money.");
    expect(candidate.get('Donald Trump')).toBe('PERSON');
  });

  it('shares in it, bought and held', () => {
    const held = typesOf('Drug deal\n\nEli Lilly agreed to pay 50 million dollars to settle the claims. Shares in Eli Lilly were flat.');
    expect(held.get('Eli Lilly')).toBe('ORGANIZATION');
  });

  it('a person\'s holding, a singer\'s sales and a heading before "shares" are no company', () => {
    const holder = typesOf("Stake sold\n\nMarta Kowalczyk sold Kowalczyk's shares in the firm on Monday.");
    expect(holder.get('Marta Kowalczyk')).toBe('PERSON');
    const singer = typesOf("Charts\n\nThe judge praised Lena Arvidsson. Lena Arvidsson's album sales doubled.");
    expect(singer.get('Lena Arvidsson')).toBe('PERSON');
    const table = typesOf('Offer\n\nPrice range 10 to 12\nTotal shares to be offered 4 million');
    expect(table.get('Total')).toBeUndefined();
  });
});

describe('what a firm does, said of a name that opens with a given name', () => {
  it('raising its forecast, reporting a profit, moving in price', () => {
    const story = 'Drugs\n\nEli Lilly raised its full-year forecast on Tuesday. Eli Lilly said demand was strong.';
    expect(typesOf(story).get('Eli Lilly')).toBe('ORGANIZATION');
    expect(typesOf('Banks\n\nMorgan Stanley reported a quarterly profit of 3 billion dollars.').get('Morgan Stanley')).toBe('ORGANIZATION');
  });

  it('"it" a person says, or "its" of another body, leaves a person', () => {
    expect(typesOf('Weather\n\nJane Marsh said it would rain on Tuesday.').get('Jane Marsh')).toBe('PERSON');
    expect(typesOf('Vote\n\nRuth Davies said the party would raise its spending.').get('Ruth Davies')).toBe('PERSON');
  });
});

describe('the kind of organization before a name that opens with a given name', () => {
  it('the next sentence calling it a company based somewhere, places of capitals too', () => {
    const based = typesOf('Defence\n\nVarrow Kessin said it looked forward to the trials. The Bethesda, Maryland-based company already builds tanks.');
    expect(based.get('Varrow Kessin')).toBe('ORGANIZATION');
    const group = typesOf('Cars\n\nOstrak Belm said on Monday the plan was sound. The Tokyo-based group makes engines.');
    expect(group.get('Ostrak Belm')).toBe('ORGANIZATION');
    // A person's town before their trade stays a person's.
    const coach = typesOf('Golf\n\nOstrak Belm said the round was fine. The Leeds-based coach plays on Sunday.');
    expect(coach.get('Ostrak Belm')).toBe('PERSON');
  });

  it('a bank, a lender or a drugmaker named before it, opening a sentence or not', () => {
    expect(typesOf('Deal\n\nThe investment bank Morgan Stanley advised on the deal.').get('Morgan Stanley')).toBe('ORGANIZATION');
    expect(typesOf('Drugs\n\nDrugmaker Eli Lilly raised its forecast on Tuesday.').get('Eli Lilly')).toBe('ORGANIZATION');
    expect(typesOf('Mining\n\nShares rose after lender Morgan Stanley cut costs.').get('Morgan Stanley')).toBe('ORGANIZATION');
  });

  it('a clause after the kind, or a trade a person follows, leaves a person', () => {
    expect(typesOf('Profile\n\nHe joined the company Jeff Okafor founded in 1990.').get('Jeff Okafor')).toBe('PERSON');
    expect(typesOf('Film\n\nThe film was made by producer Jerry Haldane last year.').get('Jerry Haldane')).toBe('PERSON');
  });
});

describe("a role before a name that ends as a firm's", () => {
  it('a company form, an industry or a bank closing the name outweighs the role before it', () => {
    const types = typesOf('Bond issued\n\nThe bond was announced by lead manager Halvard Bank AG, said adviser Brenner Securities.');
    expect(types.get('Halvard Bank AG')).toBe('ORGANIZATION');
    expect(types.get('Brenner Securities')).toBe('ORGANIZATION');
    // The role still makes a person of a name that ends otherwise.
    expect(typesOf('Bond issued\n\nThe bond was announced by fund manager Tom Halvard.').get('Tom Halvard')).toBe('PERSON');
  });

  it('a name ending in a word compounded with "bank" is a bank', () => {
    expect(typesOf('Bond issued\n\nCo-leads are Ostmark Kreditbank and Halvard Bank.').get('Ostmark Kreditbank')).toBe('ORGANIZATION');
  });
});

describe('what closes the name of a firm or a newsroom', () => {
  it("initials of three capitals or more, a foreign industry or a newsroom close no person's name", () => {
    const types = typesOf(
      'Banks\n\nThe deal was handled by Marlowe TSB and Fenton KBC. Nordaire Industrie said orders rose.\n\n-- Sofia Newsroom, +359 2 84561',
    );
    expect(types.get('Marlowe TSB')).toBe('ORGANIZATION');
    expect(types.get('Fenton KBC')).toBe('ORGANIZATION');
    expect(types.get('Nordaire Industrie')).toBe('ORGANIZATION');
    expect(types.get('Sofia Newsroom')).toBe('ORGANIZATION');
  });

  it("honours and numerals still leave persons' names persons', and a region's initials a place's", () => {
    const types = typesOf('Honours\n\nAnn Roe OBE met Pope John XXIII scholars in Hong Kong SAR on Monday.');
    expect(types.get('Ann Roe')).toBe('PERSON');
    expect(types.get('Hong Kong SAR')).not.toBe('ORGANIZATION');
    expect(typesOf('Data\n\nDiluted EPS rose while Mexico GDP fell.').get('Mexico GDP')).toBeUndefined();
  });
});

describe('the two sides of one result are of one kind', () => {
  it('a side that looks like a person’s name, against a club, is a club wherever the story names it', () => {
    const story = 'Football\n\nIn Cairo, Al Masry beat Zamalek 2-1 to win the title. Al Masry’s coach praised the players.';
    expect(typesOf(story).get('Al Masry')).toBe('ORGANIZATION');
  });

  it('a tennis result has persons on both sides', () => {
    const story = 'Tennis\n\nSandra Vos beat Ana Ruiz 6-4 6-3 on Monday.';
    expect(typesOf(story).get('Sandra Vos')).toBe('PERSON');
  });
});

describe('firms of the financial pages named like persons', () => {
  it('a bank or broker named after its founders is a firm wherever it stands', () => {
    const story = typesOf('Brokers\n\nLehman Brothers and Bear Stearns both cut their forecasts. Dealers said Merrill Lynch was buying.');
    expect(story.get('Bear Stearns')).toBe('ORGANIZATION');
    expect(story.get('Merrill Lynch')).toBe('ORGANIZATION');
  });

  it('names listed after a firm that words before the list type are firms too, not an apposition', () => {
    const listed = typesOf('Retail\n\nAnalysts at Hallam Stevens and Ruby Carrow said the grocer was losing share.');
    expect(listed.get('Ruby Carrow')).toBe('ORGANIZATION');
    const shares = typesOf('Banks\n\nShares of Okoro Bank, Dunmore Kell and Ansel Brandt rose.');
    expect(shares.get('Dunmore Kell')).toBe('ORGANIZATION');
    const coach = typesOf('Coaches\n\nHe played under his former coach at Torvik, Eliseo Marrone.');
    expect(coach.get('Eliseo Marrone')).toBe('PERSON');
    // A comma and "and" after one firm close the apposition of a person: the next name is another person's.
    const authors = typesOf('Study\n\nAnn Holt, a professor at Harwick University, and Tom Brann wrote the study.');
    expect(authors.get('Tom Brann')).toBe('PERSON');
    const serial = typesOf('Banks\n\nShares of Okoro Bank, Dunmore Kell, and Ansel Brandt rose.');
    expect(serial.get('Ansel Brandt')).toBe('ORGANIZATION');
  });

  it('a name that cuts or sells what is "its", or whose price moves in fractions, is a firm', () => {
    const rated = typesOf('Ratings\n\nHarley Winslow cut its rating on the retailer to sell.');
    expect(rated.get('Harley Winslow')).toBe('ORGANIZATION');
    const fractions = typesOf('Wall Street\n\nBarnaby Kell rose 1-1/4 to 52-3/8 after the brokerage reported higher profit.');
    expect(fractions.get('Barnaby Kell')).toBe('ORGANIZATION');
    // Not after a preposition: the airforce began its campaign, not the man it served under.
    const under = typesOf('History\n\nIn 1940 the airforce under Hermann Goering began its bombing campaign.');
    expect(under.get('Hermann Goering')).toBe('PERSON');
  });

  it('a name left without a type that says its results is a firm, and so is one an apposition of joined modifiers calls a group', () => {
    expect(typesOf('Funds\n\nKemper Financial said its assets under management rose.').get('Kemper Financial')).toBe('ORGANIZATION');
    expect(typesOf('Pubs\n\nWhitbread, the brewing and leisure group, said profits rose.').get('Whitbread')).toBe('ORGANIZATION');
    expect(typesOf('Retail\n\nJohn Lewis Partnership said sales rose 4 percent.').get('John Lewis Partnership')).toBe('ORGANIZATION');
  });

  it('where workers, members or sources are is a body', () => {
    expect(typesOf('Strike\n\nThe union said its members at Velkor would strike.').get('Velkor')).toBe('ORGANIZATION');
    expect(typesOf('Deal\n\nSources at Harrow Lyle said the unit would be sold.').get('Harrow Lyle')).toBe('ORGANIZATION');
  });

  it('two names joined by "and" are one firm where a share price, its shares or a company form follow', () => {
    const story = typesOf('Shares\n\nHolt and Barrow fell 4 pence to 480 pence. Shares in Scottish and Kerrow rose. Dunn and Kell Plc said profit rose.');
    expect(story.get('Holt and Barrow')).toBe('ORGANIZATION');
    expect(story.get('Scottish and Kerrow')).toBe('ORGANIZATION');
    expect(story.get('Dunn and Kell Plc')).toBe('ORGANIZATION');
    // Two firms that say "they", two candidates rising in a poll, two persons: each name stays its own.
    expect(typesOf('Drugs\n\nPharmacia and Upjohn said they would merge.').has('Pharmacia and Upjohn')).toBe(false);
    const poll = typesOf('Poll\n\nClinton and Dole rose 3 points in the poll. Smith and Jones went to London.');
    expect([...poll.keys()]).toEqual(expect.arrayContaining(['Clinton', 'Dole', 'Smith', 'Jones']));
  });
});

describe('a kind of public body or association right before a name says what it is', () => {
  it('a federation, a watchdog, a charity, a union before a word of no other use', () => {
    const federation = typesOf(
      "Outlook\n\nItalian employers' federation Confindustria said on Thursday growth would slow. Confindustria said output would rise.",
    );
    expect(federation.get('Confindustria')).toBe('ORGANIZATION');
    expect(typesOf('Inquiry\n\nMedia watchdog Ofcom opened an investigation into the broadcaster.').get('Ofcom')).toBe('ORGANIZATION');
    expect(typesOf('Housing\n\nThe housing charity Shelter said homelessness was at a record level.').get('Shelter')).toBe('ORGANIZATION');
  });

  it('not a person named with a given name after it, nor a name cut short at its "the"', () => {
    expect(typesOf('Football\n\nThe federation Emma Hayes joined had acted.').get('Emma Hayes')).toBe('PERSON');
    expect(typesOf('Hunger\n\nThe charity Save the Children warned of famine.').get('Save')).toBeUndefined();
  });

  it('so do its campaigners after one word, not after a people or a person the story names', () => {
    expect(typesOf('Protest\n\nGreenpeace activists climbed the roof on Monday.').get('Greenpeace')).toBe('ORGANIZATION');
    expect(typesOf('Protest\n\nKurdish activists marched.').get('Kurdish')).toBeUndefined();
    expect(typesOf('Rally\n\nDonald Trump spoke in Ohio. Trump activists cheered.').get('Donald Trump')).toBe('PERSON');
  });
});

describe('a name that reports its own results moving is a firm', () => {
  it('profits, net debt, revenue or volumes it says rose or fell', () => {
    expect(typesOf('Aluminium\n\nNorsk said profits fell in the third quarter.').get('Norsk')).toBe('ORGANIZATION');
    expect(typesOf('Chemicals\n\nMontedison said net debt fell to 9.2 trillion lire.').get('Montedison')).toBe('ORGANIZATION');
    expect(typesOf("Telecoms\n\nKenya's Safaricom said M-Pesa revenue grew 14 percent.").get('Safaricom')).toBe('ORGANIZATION');
    expect(typesOf('Consumer goods\n\nHindustan Unilever said volumes grew 3 percent.').get('Hindustan Unilever')).toBe('ORGANIZATION');
  });

  it('what it said it expected', () => {
    expect(typesOf('Results\n\nNorvatek said on Monday it expected a loss.').get('Norvatek')).toBe('ORGANIZATION');
  });

  it('not an analyst speaking of the firms he follows', () => {
    expect(typesOf('Results\n\nKowalski said profits fell at most of the firms he covers.').get('Kowalski')).toBe('PERSON');
  });
});

describe('a name right before who leads or speaks for it, then that person, is a body', () => {
  it('a party of two words of no English', () => {
    const story = 'Politics\n\nSinn Fein leader Gerry Adams met officials in Belfast. Forza Italia leader Silvio Berlusconi said the government should resign.';
    const types = typesOf(story);
    expect(types.get('Sinn Fein')).toBe('ORGANIZATION');
    expect(types.get('Forza Italia')).toBe('ORGANIZATION');
    expect(types.get('Gerry Adams')).toBe('PERSON');
  });

  it('not a place, a people, nor a party member', () => {
    const story = 'Politics\n\nKashmir leader Farooq Abdullah agreed. Tutsi leader Paul Kagame spoke. Senate Republican leader Mitch McConnell left.';
    const types = typesOf(story);
    expect(types.get('Kashmir')).toBe('LOCATION');
    expect(types.get('Tutsi')).toBeUndefined();
    expect(types.get('Senate Republican')).toBeUndefined();
  });
});

describe('a name joined by "and" to an organization is another one', () => {
  it("though its words look like a person's", () => {
    const types = typesOf('Markets\n\nThe index rose, led by HSBC and Hutchison Whampoa. The Labour Party and Plaid Cymru met on Monday.');
    expect(types.get('Hutchison Whampoa')).toBe('ORGANIZATION');
    expect(types.get('Plaid Cymru')).toBe('ORGANIZATION');
  });

  it('not a person with a given name, nor a surname the story gives someone', () => {
    const types = typesOf('Mines\n\nMicrosoft and Bill Gates gave money. The union and Scargill disagreed. Arthur Scargill left.');
    expect(types.get('Bill Gates')).toBe('PERSON');
    expect(types.get('Arthur Scargill')).toBe('PERSON');
  });
});

describe('what only a firm or a public body does, right after a name', () => {
  it('agreeing to buy, rejecting a takeover approach, swinging to a loss, fining a firm', () => {
    const story =
      'Deals\n\nAviva agreed to buy Direct Line for 3.7 billion pounds. Rightmove rejected a fourth takeover approach. Asos swung to a loss as shoppers cut back. Ofwat fined Thames Water 123 million pounds.';
    const types = typesOf(story);
    for (const name of ['Aviva', 'Rightmove', 'Asos', 'Ofwat']) expect(types.get(name)).toBe('ORGANIZATION');
  });

  it('not a person with a given name who agrees to buy', () => {
    expect(typesOf('Homes\n\nMaria Okafor agreed to buy the house in May.').get('Maria Okafor')).toBe('PERSON');
  });
});

describe('where a market report leaves a name’s shares', () => {
  it('"was weak", "were also lower", "led bank shares higher" after a name of no given name make it a company', () => {
    const story =
      'Oslo shares\n\nOSLO 1996-08-22\n\nOslo shares ended mixed on Thursday. Dealers said Orkla Borregaard was weak. Hafslund Nycomed and Elkem Spigerverk were also lower. ' +
      'Storebrand led insurance shares higher.';
    const types = typesOf(story);
    for (const name of ['Orkla Borregaard', 'Hafslund Nycomed', 'Elkem Spigerverk', 'Storebrand']) expect(types.get(name)).toBe('ORGANIZATION');
  });
});

describe('a market brief and an earnings roundup show firms by their prices and results', () => {
  it('a small move in words, and a name after "and" that opens a clause of its own', () => {
    const story =
      'NZ STOCKS - QUIET\n\nAUCKLAND, May 2 (Reuter) - New Zealand shares were flat on Friday, dealers said.\n\n' +
      'Hallam Stirling added two cents and Ferris Hawke Walden lost one cent. Dunmore Kerr fell six cents to NZ$2.10.';
    const types = typesOf(story);
    for (const name of ['Hallam Stirling', 'Ferris Hawke Walden', 'Dunmore Kerr']) expect(types.get(name)).toBe('ORGANIZATION');
  });

  it('a change in results reported, the day between the name and its verb', () => {
    const types = typesOf('Miners\n\nTarrant Vale on Tuesday reported a 12% fall in half-year profit, and its shares rose.');
    expect(types.get('Tarrant Vale')).toBe('ORGANIZATION');
  });

  it('a phrase set off by commas between the name and what only a firm does', () => {
    const story =
      'Retail\n\nKorvanda, the owner of two supermarket chains, reported a 3% rise in profit. Melbrook, controlled by a mining magnate, said it would cut 700 jobs.';
    const types = typesOf(story);
    expect(types.get('Korvanda')).toBe('ORGANIZATION');
    expect(types.get('Melbrook')).toBe('ORGANIZATION');
  });

  it('a minor place that reports its results is the firm named after it, in the headline too', () => {
    const types = typesOf('Results: Rio Tinto and Korvanda\n\nRio Tinto on Wednesday reported a 9% fall in first-half profit.');
    expect(types.get('Rio Tinto')).toBe('ORGANIZATION');
  });

  it('not a person set off by commas, nor a town that raises its taxes', () => {
    const types = typesOf('Board\n\nOkonkwo, the chairman of the board, said it would meet. Kettering raised its taxes on Monday.');
    expect(types.get('Okonkwo')).not.toBe('ORGANIZATION');
    expect(types.get('Kettering')).toBe('LOCATION');
  });
});

describe("a firm's first two words name it", () => {
  it('"Carter Holt" after "Carter Holt Harvey" is the firm', () => {
    const entities = recognizeEntities(
      layout('Forestry\n\nCarter Holt Harvey fell six cents to NZ$3.21, dealers said. "It was a dull day, with Carter Holt the only story," a dealer said.'),
    );
    const firm = entities.find((e) => e.name === 'Carter Holt Harvey');
    expect(firm?.type).toBe('ORGANIZATION');
    expect(firm?.mentions.map((m) => m.text)).toContain('Carter Holt');
  });

  it('not a person whose name opens a body named after them', () => {
    const types = typesOf('Visit\n\nRonald Reagan spoke at length. The Ronald Reagan Foundation paid for it.');
    expect(types.get('Ronald Reagan')).toBe('PERSON');
  });
});

describe('a one-word name typed a person in one place and an organization in another', () => {
  it('is the organization, unless the story names a person by it', () => {
    const side = typesOf(
      "Leinster too strong for Munster\n\nDUBLIN — Leinster beat Munster 31-17 at the Aviva Stadium on Saturday. Leinster's Leo Cullen praised his forwards.",
    );
    expect(side.get('Leinster')).toBe('ORGANIZATION');
    const player = typesOf(
      "Kelmora too strong for Brandt\n\nDUBLIN — Kelmora beat Brandt 31-17 on Saturday. Kelmora's Leo Cullen praised his forwards. Jack Kelmora scored twice.",
    );
    expect(player.get('Jack Kelmora')).toBe('PERSON');
  });
});

describe('the next sentence opening with what a company or a university owns', () => {
  it('makes the name before it one', () => {
    const sued = typesOf(
      "Grants\n\nHarvard sued the government on Monday over frozen grants. Harvard said the freeze had halted cancer research. The university's president, Alan Garber, said it would fight.",
    );
    expect(sued.get('Harvard')).toBe('ORGANIZATION');
    expect(sued.get('Alan Garber')).toBe('PERSON');
    const carrier = typesOf("Storm\n\nOkafor cancelled 1,200 flights on Monday. The airline's chief operating officer apologised to customers.");
    expect(carrier.get('Okafor')).toBe('ORGANIZATION');
    // What a team owns says nothing of a player: "The team's coach".
    const player = typesOf("Final\n\nOkafor scored twice on Monday. The team's coach praised the forwards.");
    expect(player.get('Okafor')).not.toBe('ORGANIZATION');
  });
});

describe('a minor place’s name the story shows to be a firm', () => {
  it('is the firm wherever it stands', () => {
    const carrier = typesOf(
      'Airlines count cost of snowstorm as Delta cancels 1,200 flights\n\nDelta cancelled more than 1,200 flights on Monday as a winter storm swept across the South. Delta said in a statement that it expected operations to return to normal by Wednesday.',
    );
    expect(carrier.get('Delta')).toBe('ORGANIZATION');
  });
});

describe('a name said to be "which", speaking after the phrase set off', () => {
  it('is a body, and what it says of itself tells as after any firm', () => {
    const launcher = typesOf('Space\n\nRocket Lab, which builds smaller rockets in New Zealand and Virginia, said separately it had won a contract.');
    expect(launcher.get('Rocket Lab')).toBe('ORGANIZATION');
    const school = typesOf('Grants\n\nStanford, which faces a separate investigation, declined to comment.');
    expect(school.get('Stanford')).toBe('ORGANIZATION');
    // "who" is said of a person.
    const owner = typesOf('Shop\n\nKelmora, who runs the shop, said it would close.');
    expect(owner.get('Kelmora')).toBe('PERSON');
  });
});

describe('a major place’s name reporting a profit or loss of its own', () => {
  it('is a firm wherever the story names it', () => {
    const carrier = typesOf(
      "Results\n\nIn the Gulf, Emirates reported a record annual profit of $5.1 billion. Emirates' president, Tim Clark, said the carrier would grow.",
    );
    expect(carrier.get('Emirates')).toBe('ORGANIZATION');
    expect(carrier.get('United Arab Emirates')).toBeUndefined();
    // A country's sales, forecasts and deficits are its own.
    const countries = typesOf('Trade\n\nJapan reported a fall in retail sales. Germany cut its growth forecast. Britain posted a budget deficit.');
    expect([countries.get('Japan'), countries.get('Germany'), countries.get('United Kingdom')]).toEqual(['LOCATION', 'LOCATION', 'LOCATION']);
  });
});

describe('a partnership of brothers by its legal form, and a form’s period ending the sentence', () => {
  it('"Bros." ends a company’s name, whatever given name opens it', () => {
    const studio = typesOf('Film\n\nThe film was released by Harlan Bros. in June, the studio said.');
    expect(studio.get('Harlan Bros.')).toBe('ORGANIZATION');
    const bank = typesOf('Markets\n\n“Demand is strong,” said Tom Reed, Fenwick Bros. chief strategist.');
    expect([bank.get('Fenwick Bros.'), bank.get('Tom Reed')]).toEqual(['ORGANIZATION', 'PERSON']);
  });

  it('a legal form’s period that ends the sentence before a quotation’s closing mark set apart ends no name', () => {
    // Wire copy that sets its quotation marks apart by a space.
    const text = 'Sale\n\nAnn Holt said: " We sold the unit to Keller Wertheim & Co. "\nTom Reed said: " The film went to Harlan Bros. "';
    const mentions = recognizeEntities(layout(text)).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(expect.arrayContaining(['Keller Wertheim & Co', 'Harlan Bros']));
  });
});

describe("a name whose words a company's spokesperson goes on with is the company", () => {
  it('in the sentence after it, past a quotation and a line of the page', () => {
    const bid = typesOf('Port sale\n\nTarvik Ports said on Tuesday the offer was fair. “We have made our final offer,” a company spokeswoman said.');
    expect(bid.get('Tarvik Ports')).toBe('ORGANIZATION');
    const page = typesOf('Ferry deal\n\nHolm Lines said the route would close.\n\nAdvertisement\n\n“It lost money,” a company spokesman told reporters.');
    expect(page.get('Holm Lines')).toBe('ORGANIZATION');
  });

  it('while a spokesperson of no company, or one named, leaves a person a person', () => {
    const mayor = typesOf('Pier row\n\nAnn Holt said the pier would reopen. “It is safe,” a council spokeswoman said.');
    expect(mayor.get('Ann Holt')).toBe('PERSON');
  });
});

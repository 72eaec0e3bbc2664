// Names whose kind the story tells by what stands around them elsewhere: a craft's name, a firm's name
// without its web domain, a body a preposition puts where places stand, a courtesy title of another
// language; stories written for the test.
import { describe, expect, it } from 'vitest';
import { entitiesOf, nameMentionCounts as mentionsOf, namesOf as named } from '../../support/extraction.js';

describe('kinds of names told by the story', () => {
  it('a courtesy title of another language is a title: "Mme Brassac" is Brassac', () => {
    const found = entitiesOf('Clinic reopens\n\nMme Lucienne Brassac, who runs the clinic, said it would reopen. Mme Brassac thanked donors.');
    expect(found.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Lucienne Brassac']);
    expect(named('Vote\n\nHerr Albrecht Kessel, the mayor, voted early. Herr Kessel said little.')).toContain('PERSON:Albrecht Kessel');
  });

  it('a craft the story names by its kind is no person nor place, wherever it stands', () => {
    const probe = named('Comet samples\n\nScientists cheered the Nightjar spacecraft as it left orbit. Nightjar flew past the comet in May, said Lena Ortiz.');
    expect(probe).not.toContain('PERSON:Nightjar');
    expect(probe).toContain('PERSON:Lena Ortiz');
    expect(named('Launch\n\nThe space shuttle Columbia lifted off at dawn. Columbia will dock on Friday, NASA said.')).toEqual(['ORGANIZATION:NASA']);
    // A maker's craft is still the maker's name, and a named inquiry no craft.
    expect(named('Launch\n\nThe Boeing capsule docked on Friday. Boeing said it was pleased.')).toContain('ORGANIZATION:Boeing');
  });

  it('a firm named with its web domain is that firm named without it ("Zalando.com … Zalando said")', () => {
    const text = 'Online retail\n\nShares in Zalando.com fell 4 percent in Berlin. Zalando said demand had slowed.';
    expect(mentionsOf(text, 'Zalando.com')).toEqual(['ORGANIZATION:2']);
    expect(named('Trade\n\nAmazon.com shares rose. Amazon said sales were up.')).toEqual(['ORGANIZATION:Amazon.com']);
  });

  it('an unknown word a preposition puts where places stand is the body the story names by it', () => {
    const text = 'Leak\n\nSemafor reported on Monday that the deal was done. Nobody at Semafor would say who leaked it.';
    expect(mentionsOf(text, 'Semafor')).toEqual(['ORGANIZATION:2']);
  });
});

describe('one name, one kind through the story', () => {
  it("a full name read as a person's at one mention and a place's at another, nothing placing it, is the person", () => {
    const story = (name: string) =>
      `Woman claims sect held her aboard its ship\n\nThursday, May 7, 2015\n${name}, an Australian woman and former member of the sect, has claimed that the Dawn Order held her for nine years aboard its ship. The order denies the claims. Her lawyer said ${name} was not allowed to leave.`;
    expect(mentionsOf(story('Ottilie Berlin'), 'Ottilie Berlin')).toEqual(['PERSON:2']);
    expect(mentionsOf(story('Kalinda Sydney'), 'Kalinda Sydney')).toEqual(['PERSON:2']);
  });

  it('a name of two words typed a body at more mentions than a place is the body throughout', () => {
    const president =
      'Records suit\n\nAnn Holt, the president of Velmora Watch, said the county hid the files. Velmora Watch sued the county in March, and Velmora Watch will appeal.';
    expect(mentionsOf(president, 'Velmora Watch')).toEqual(['ORGANIZATION:3']);
    const head =
      'Records suit\n\nVelmora Watch sued the county in March. Ann Holt, the head of Velmora Watch, said the group would appeal. Velmora Watch has won twice before.';
    expect(mentionsOf(head, 'Velmora Watch')).toEqual(['ORGANIZATION:3']);
  });
});

describe('names typed by the names listed or joined with them', () => {
  it('a known place after a place preposition and another place is a place outside sports reports', () => {
    const text = 'New routes\n\nJetstar said it would add flights to Darwin and Adelaide in the spring.';
    expect(named(text)).toEqual(expect.arrayContaining(['LOCATION:Darwin', 'LOCATION:Adelaide']));
  });

  it('one word listed after a body, the list going on past it, is a body too', () => {
    const text = 'Alliance\n\nThe deal covers British Airways, Qantas, Cathay Pacific and Japan Airlines, officials said.';
    expect(named(text)).toContain('ORGANIZATION:Qantas');
  });

  it('a lone word of no other use after a body and "and" is a body too', () => {
    expect(named('Deals\n\nThe buyer hired Deutsche Bank and Lazard, while Halden Foods used its own bankers.')).toContain('ORGANIZATION:Lazard');
    expect(named('Markets\n\nIn Paris, LVMH and Kering fell on the luxury sector.')).toContain('ORGANIZATION:Kering');
    // A word before a noun it modifies is a product's name, no body acting.
    expect(named('Arms\n\nThieves took about 40 guns, including Kalashnikov, Uzi and Galil automatic rifles.')).not.toContain('ORGANIZATION:Galil');
    expect(named('Syria\n\nThe offensive targets both ISIS and the Kurds, officials said.')).not.toContain('ORGANIZATION:Kurds');
  });

  it("an operation's code name is no person nor body", () => {
    const text = 'Navies\n\nOperation Halcyon, the naval mission, said a frigate had escorted six ships. Operation Desert Fox began in December.';
    expect(named(text).filter((n) => n.includes('Operation'))).toEqual([]);
  });

  it('a place right before the kind of firm is where the firm is from', () => {
    const text =
      'Haulage\n\nNorbridge Logistics, the Doncaster firm that runs 300 lorries, said it would hire. Middlesbrough bakery chain Greggs opened a shop.';
    expect(named(text)).toEqual(expect.arrayContaining(['LOCATION:Doncaster', 'LOCATION:Middlesbrough']));
  });
});

describe('clubs a sports report names by their dealings in players', () => {
  const report = (body: string) => named(`Transfer round-up\n\nThe new league season opens on Saturday, and every club has been busy hunting goals. ${body}`);

  it('the club a player comes from or goes to is a club, whatever its name looks like', () => {
    const found = report(
      'Wolves completed the signing of Tomas Reyes from Sporting Gijon. Leeds sold Mark Iles to Nottingham Forest, and Hearts signed a winger from Aberdeen.',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Sporting Gijon', 'ORGANIZATION:Nottingham Forest', 'ORGANIZATION:Aberdeen']));
  });

  it('the club that signs a player or a position is a club; a player who signs a contract stays a person', () => {
    const found = report('In rugby, Connacht signed a prop from the Sharks. Reyes signed a four-year contract.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Connacht', 'ORGANIZATION:Sharks']));
    expect(found).not.toContain('ORGANIZATION:Reyes');
  });

  it("a player described by a people's word and a position still names the club he comes from", () => {
    const found = report('Ajax signed Dutch striker Tom Brann from Utrecht. Brann joined Utrecht from Groningen in 2019.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Utrecht', 'ORGANIZATION:Groningen']));
    expect(found).not.toContain('LOCATION:Utrecht');
    expect(report('Hearts sold veteran striker Ann Holt to Aberdeen.')).toContain('ORGANIZATION:Aberdeen');
  });
});

describe("a firm named by a people's word", () => {
  it('a name ending in a people\'s word, with a verb after and no article before, is a firm: "Anglo American leading the gains"', () => {
    const found = named('Miners rally\n\nThe index rose 1 percent, with Anglo American leading the gains after a report of a bid.');
    expect(found).toContain('ORGANIZATION:Anglo American');
    expect(found).not.toContain('LOCATION:United States');
    // A people's words, or a person's name, stay what they were.
    expect(named('Vote\n\nAfrican American voters turned out. Mark Cuban said he would vote.')).not.toContain('ORGANIZATION:African American');
  });
});

describe('utilities named after the region they serve', () => {
  it('a region, a river or a town before what a utility supplies names a company; a lake the gazetteer knows stays a place', () => {
    const found = named('Fines\n\nThames Water said leaks had fallen. Hartlepool Water and Southern Water were fined. Eastern Electricity agreed a bid.');
    expect(found).toEqual(
      expect.arrayContaining(['ORGANIZATION:Thames Water', 'ORGANIZATION:Hartlepool Water', 'ORGANIZATION:Southern Water', 'ORGANIZATION:Eastern Electricity']),
    );
    expect(named('Lakes\n\nHe swam in Derwent Water on Sunday.')).toEqual(['LOCATION:Derwent Water']);
  });
});

describe('English words before a large city’s name', () => {
  it('name a body serving the city, no person nor place', () => {
    const watchdog = named(
      'Hospital waits\n\nHealthwatch Birmingham, which speaks for patients, wrote to ministers. A survey by Healthwatch Birmingham found long waits.',
    );
    expect(watchdog).toContain('ORGANIZATION:Healthwatch Birmingham');
    expect(watchdog.filter((n) => n.endsWith(':Healthwatch Birmingham'))).toHaveLength(1);
  });

  it('name a part of the city where they describe one', () => {
    const parts = named('Shops\n\nTakings in Greater Manchester fell. Downtown Birmingham was quiet on Sunday.');
    expect(parts).toContain('LOCATION:Greater Manchester');
    expect(parts).toContain('LOCATION:Downtown Birmingham');
  });

  it('leave a given name before the city a person’s', () => {
    expect(named('Music\n\nWhitney Houston sold 200 million records.')).toContain('PERSON:Whitney Houston');
    // A word English has as an adjective may be a given name too.
    expect(named('Polls\n\nFrank Newport, the editor of the poll, said the race was close.')).toContain('PERSON:Frank Newport');
  });

  it('a body of water named by a place the gazetteer lacks is a place ("the Straits of Tarvik"), no body', () => {
    const text = 'Shipping\n\nThe navy said it would escort tankers through the Straits of Tarvik. Insurers raised rates for ships in the Gulf of Ossany.';
    const found = named(text);
    expect(found).toContain('LOCATION:Straits of Tarvik');
    expect(found).toContain('LOCATION:Gulf of Ossany');
    expect(found.some((n) => n.startsWith('ORGANIZATION:Straits'))).toBe(false);
  });
});

describe('treaties, warships and figures not available', () => {
  // Ceasefire talks, a naval deployment and a dental chain's listing.
  it("a treaty's name is no body nor place, whatever place names it", () => {
    const text = 'Talks\n\nBoth sides said they still honoured the Treaty of Lisbon and the Minsk Protocol, the envoy said.';
    expect(named(text).filter((n) => /Treaty|Protocol|Lisbon|Minsk/u.test(n))).toEqual([]);
  });

  it('the name after "aircraft carrier" is the ship, no body', () => {
    const text = 'Deployment\n\nThe aircraft carrier Resolute sailed into the Gulf on Monday. Resolute carries 60 jets, the navy said.';
    expect(named(text).filter((n) => n.includes('Resolute'))).toEqual([]);
  });

  it('"N / A" in a table is not available, no name', () => {
    const text =
      'IPO FILING -- Larkspur Dental Inc.\nCHICAGO 1996-08-30\nCompany Name Larkspur Dental Inc\nEstimated price range N / A\nTotal shares to be offered N / A\n- Revenue N / A N / A\nNet income: N/A. Net loss: N/A.';
    expect(named(text).filter((n) => /:(?:N|A\. Net)$/u.test(n))).toEqual([]);
  });
});

describe('a capital that speaks for its government', () => {
  it('"Washington said" names the capital where the story names no one Washington', () => {
    expect(named('Tariffs\n\nThe talks with Velmora stalled. Washington said on Monday that the tariffs would stay.')).toContain('LOCATION:Washington');
    expect(named('Tariffs\n\nThe tariffs will stay, Washington said.')).toContain('LOCATION:Washington');
  });

  it('a person named in full or titled by it keeps the name', () => {
    expect(named('Film\n\nAnn Washington directed the film. Washington said it took four years.')).toEqual(['PERSON:Ann Washington']);
    expect(named('Film\n\nMs. Washington said the film took four years.')).toEqual(['PERSON:Washington']);
  });
});

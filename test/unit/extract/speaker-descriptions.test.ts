// Speakers given by descriptions: a campaign speaks for its candidate, "the bank", "the agency" and
// "the city" for the organization or place the text named before.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';
import { openingRole } from '../../../src/extract/person-titles.js';

describe('speakers by description', () => {
  it('a campaign speaks for its candidate', () => {
    expect(speakersOf('Donald Trump spoke in Ohio. The Trump campaign said the polls were wrong.')).toEqual(['Donald Trump']);
    expect(speakersOf('Hillary Clinton spoke in Ohio on Monday. Her campaign said the polls were wrong.')).toEqual(['Hillary Clinton']);
    expect(speakersOf('Donald Trump spoke in Ohio. His rival Hillary Clinton was in Iowa. Trump’s campaign said the polls were wrong.')).toEqual([
      'Donald Trump',
    ]);
  });

  it('"the campaign of X" is X’s, whoever opened the sentence before; "X himself" is X', () => {
    expect(speakersOf('Dana Whitlock attacked him. The campaign of Democrat Marcus Ellery called the claim a lie.')).toEqual([
      'Dana Whitlock',
      'Marcus Ellery',
    ]);
    expect(speakersOf('Marcus Ellery met voters. Ellery himself, appearing on WKTV, said he was proud of his record.')).toEqual(['Marcus Ellery']);
    expect(speakersOf('Marcus Ellery met voters. Ellery himself said he was proud of his record.')).toEqual(['Marcus Ellery']);
  });

  it('"the campaign" after a sentence opening with a candidate is that candidate’s', () => {
    expect(
      speakersOf(
        'Donald Trump spoke in Iowa. The Trump campaign said the polls were wrong. Hillary Clinton plans to speak in Ohio. The campaign says she will announce a plan.',
      ),
      // (the second Hillary Clinton holds the intention "to speak in Ohio")
    ).toEqual(['Donald Trump', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('a person named after another person’s title run is the subject "he" or "she" goes back to', () => {
    const story =
      'Ann Holt spoke in Ohio and Tom Hale spoke in Iowa. Holt communication director Mia Rossi said Hale had no record. “He is unfit,” she said. ' +
      'Hale campaign spokesman Ivo Kess told reporters that the plan would help mothers. However, he could not explain the website. “We have no bill yet,” he said.';
    expect(speakersOf(story)).toEqual(['Mia Rossi', 'Mia Rossi', 'Ivo Kess', 'Ivo Kess']);
  });

  it('a lawyer or a kin known through a person named after the role is never that person', () => {
    expect(speakersOf('A lawyer for Daniel Moss said his client would plead not guilty. Moss, 41, was arrested in May.')).toEqual(['A lawyer']);
    expect(speakersOf('Ann Holt spoke in Leeds. The mother of Jake Owen, who died in the crash, said she wanted answers.')).toEqual(['The mother']);
    // Known through someone unnamed, too; "a mother of three" is no relation to another.
    expect(speakersOf('Helen Ward spoke for the defence. Outside court, the daughter of one patient said the family felt sick.')).toEqual(['the daughter']);
    expect(speakersOf('Ivanka Trump spoke on Monday. Pressed on the plan, the 34-year-old mother of three replied that it was fair.')).toEqual([
      'Ivanka Trump',
    ]);
    // A headline's role over such a lead is no one the story names either.
    const headline = extract('Lawyer says client was framed\n\nThe lawyer for Daniel Moss, 41, told the court on Monday that his client had been framed.');
    expect(headline.quotes.map((q) => q.speaker.name)).toEqual(['Lawyer', 'The lawyer']);
    // A holder the text gave the role still speaks by it.
    expect(
      speakersOf('Moss hired Sarah Quinn, a lawyer, in May. Moss was arrested. The lawyer for Daniel Moss said his client would plead not guilty.'),
    ).toEqual(['Sarah Quinn']);
  });

  it('an institution word goes back to the organization named last', () => {
    expect(
      speakersOf('Wells Fargo opened two million accounts without consent. Senator Ann Holt spoke on Monday. The bank said it had fired 5,300 employees.'),
    ).toEqual(['Wells Fargo']);
    expect(
      speakersOf('The Environmental Protection Agency set new limits in June. Ann Holt criticized them. The agency said the limits would save lives.'),
    ).toEqual(['Ann Holt', 'Environmental Protection Agency']);
    // Every kind of company, and any "-maker": "the automaker", "the chipmaker", "the conglomerate".
    expect(speakersOf('Nordvik Motors cut prices on Monday. “We made a fair offer,” the automaker said.')).toEqual(['Nordvik Motors']);
    expect(speakersOf('Halden Industries bought two mines. The conglomerate said the deal would close in May.')).toEqual(['Halden Industries']);
    expect(speakersOf('The man will appear in court on Monday, the Metropolitan Police said. The force said it had referred itself to the watchdog.')).toEqual([
      'Metropolitan Police',
      'Metropolitan Police',
    ]);
  });

  it('a body the lead describes before naming any is the one of its kind the story names next', () => {
    expect(speakersOf('Teachers in Wales will strike next month, their union said. The National Teachers Union said 90 percent backed action.')).toEqual([
      'National Teachers Union',
      'National Teachers Union',
    ]);
    expect(speakersOf('The carmaker will recall 40,000 vehicles, the company said. Skandia Motors said a seat belt could fail.')).toEqual([
      'Skandia Motors',
      'Skandia Motors',
    ]);
    // Not one of another kind: a college is no union.
    expect(speakersOf('Nurses will strike, their union said. The Royal College of Midwives said it backed them.')[0]).toBe('their union');
  });

  it('a regulator or a watchdog is no business it oversees, by the business’s name or the word before it', () => {
    expect(
      speakersOf(
        'The Payments Standards Authority fined Corven Bank on Tuesday. Corven said it accepted the findings. The regulator said the bank had failed for years.',
      ),
    ).toEqual(['Corven Bank', 'Payments Standards Authority']);
    expect(speakersOf('The Rail Standards Office opened an inquiry into Kelmore Ltd. The watchdog said the trains were late.')).toEqual([
      'Rail Standards Office',
    ]);
    // With only the business named, the regulator stays unnamed.
    expect(speakersOf('Drugmaker Veranta has recalled three batches of its tablets, the regulator said on Monday.')).toEqual(['the regulator']);
    // A state's bank may oversee others.
    expect(speakersOf('The Central Bank of Nordmark raised its reserve rules. The regulator said lenders had a year to comply.')).toEqual([
      'Central Bank of Nordmark',
    ]);
  });

  it('"the group" is the name the story wrote "group" after, though another body was named since', () => {
    expect(speakersOf('The Halden Front group claimed the attack. NATO condemned it. The group said it would strike again.')).toEqual(['NATO', 'Halden Front']);
  });

  it('"the club" is no body that governs clubs: an association, a league or a federation', () => {
    expect(
      speakersOf(
        'Harford Rovers striker Ben Holt was banned for six games, the Football Association said.\n\nHolt admitted the charge.\n\nThe club said it would consider an appeal.',
      ),
    ).toEqual(['Football Association', 'Harford Rovers']);
    expect(speakersOf('Kelso Athletic were fined by the Premier League. The side said it was disappointed.')).toEqual(['Kelso Athletic']);
  });

  it('a body named in the plural is of its kind all the same: "the club" is no "Transport Departments"', () => {
    expect(speakersOf('Fans of Harlow Rovers were banned from travel by the Velmora Transport Departments. The club said it would appeal.')).toEqual([
      'Harlow Rovers',
    ]);
    expect(speakersOf('The Velmora Transport Departments banned the fans from travel. The club said it would appeal.')).toEqual(['The club']);
  });

  it('a party, however named ("GOP"), is no union nor a body of another kind', () => {
    expect(speakersOf('The GOP said it backed a ban on open carry. The police union said it wanted a ban too.')).toEqual(['GOP', 'The police union']);
    expect(speakersOf('The Velmora GOP said it backed a ban. The police union later pushed for a ban.')).toEqual(['Velmora GOP', 'The police union']);
    expect(speakersOf('The Velmora Labour Party met on Monday. The party said it would march.')).toEqual(['Velmora Labour Party']);
  });

  it('a team of a people ("the Danish youth team") is a team of its own, no department named before', () => {
    expect(
      speakersOf(
        'Visas were refused by the Harlow Transport and Border Departments last month. Two Danish teams are scheduled to compete. ' +
          'The Danish student team said it would travel anyway.',
      ),
    ).toEqual(['The Danish student team']);
    expect(speakersOf('Kelso Athletic were fined by the Premier League. The Danish side said it was disappointed.')).toEqual(['The Danish side']);
  });

  it('"the site" is an outlet or a body the text called a site or named as sites are, never a body with a homepage', () => {
    expect(speakersOf('Ann Holt sued the Velmora Trust over a post on its homepage. The site said the claims were false.')).toEqual(['The site']);
    expect(speakersOf('Ann Holt wrote for the website Marrow Wiki last year. The site said her claims were false.')).toEqual(['Marrow Wiki']);
    expect(speakersOf('Ann Holt wrote for the news site Orvik Daily. The site said her claims were false.')).toEqual(['Orvik Daily']);
    // (No website of the office that released the letters: the description stays itself.)
    expect(
      speakersOf(
        'In letters released by the Harbour Office, Ann Holt asked about the lamps. Velmora Lamps is a shop on the quay, which sells brass lamps ' +
          'and rope, according to its website.',
      ),
    ).toEqual(['its website']);
  });

  it('a document speaks for whoever is named in it before the document word', () => {
    expect(speakersOf('The fund cut its forecast. "The impact remains very unclear," the IMF report stated.')).toEqual(['IMF']);
    expect(speakersOf('Obama leads by two points, according to a CBS News poll released last week.')).toEqual(['CBS News']);
    expect(speakersOf("However, Ivana Trump's brief said that was not her view.")).toEqual(['Ivana Trump']);
    expect(speakersOf('Ann Holt, a lawyer, spoke on Monday. Her statement said the company had lied.')).toEqual(['Ann Holt']);
    expect(speakersOf('Gov. Ann Holt signed the bill. A statement from Holt’s office said it would protect doctors.')).toEqual(['Ann Holt']);
    expect(speakersOf('A report by the Nordvik Institute found that rents rose.')).toEqual(['Nordvik Institute']);
    // A place in the phrase only says where the document is from.
    expect(speakersOf('A Texas report said the program lacked oversight.')).toEqual(['A Texas report']);
  });

  it('"the statement" named again speaks for whoever the text said issued it', () => {
    const story =
      'Ann Holt welcomed the deal, according to a statement released by Norway’s foreign ministry. Holt also urged a ceasefire. The two sides agreed to meet again, the statement added.';
    const [reported, added, agreed] = speakersOf(story);
    expect([reported, added]).toEqual(['Norway’s foreign ministry', 'Norway’s foreign ministry']);
    // "The two sides" after one person named are not that person.
    expect(agreed).not.toBe('Ann Holt');
    expect(speakersOf('Prices rose, according to a statement from the Nordvik Institute. Rents would rise too, the statement said.').pop()).toBe(
      'Nordvik Institute',
    );
  });

  it('a title abbreviation and "has long" do not hide the speaker', () => {
    expect(speakersOf('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.')).toEqual(['Stacey Plaskett']);
    expect(speakersOf('Ted Cruz spoke on Monday. Cruz has long said that he qualifies as a citizen.')).toEqual(['Ted Cruz']);
  });

  it('a capitalised word the entity stages missed, opening its clause, still speaks', () => {
    expect(speakersOf('Politifact then pointed out that one shooting may have more than one victim.')).toEqual(['Politifact']);
    expect(speakersOf('On Monday, Zyxco said that sales had fallen.')).toEqual(['Zyxco']);
    // … also before a relative clause set off by commas.
    expect(speakersOf('Zyxco, which owns two mills, said it would appeal.')).toEqual(['Zyxco']);
  });

  it('a description that carries a name of its own is that organization, not one named before', () => {
    expect(speakersOf('Reuters reported the plan on Monday. The Unite union said it would fight the plan.')).toEqual(['Unite union']);
    // A demonym names no organization: "the German bank" still goes back to the bank named before.
    expect(speakersOf('Deutsche Bank cut 900 jobs. The German bank said it would cut more.')).toEqual(['Deutsche Bank']);
  });

  it('a determined subject opening its clause speaks across an apposition, whatever its head', () => {
    expect(speakersOf('The airline, owned by a holding group, said the cuts would fall on cabin crew.')).toEqual(['The airline']);
    expect(speakersOf('On Tuesday, the carmaker, which employs 5,000 people, said it would close a plant in Ohio.')).toEqual(['the carmaker']);
    expect(speakersOf('Another email, dated March 2022, said the firm should hold off.')).toEqual(['Another email']);
    expect(speakersOf('One memo, sent in May, said the firm should wait.')).toEqual(['One memo']);
  });

  it('"the two companies" and "both countries" are the pair of that kind named last', () => {
    expect(speakersOf('On Monday, Unilever and Nestle said they were in talks. The two companies said a deal was possible.')[1]).toBe('Unilever and Nestle');
    expect(speakersOf('Mexico and the United States signed the pact. The two countries said it would cut tariffs.')).toEqual(['Mexico and United States']);
    expect(speakersOf('Ted Cruz and Donald Trump met in Iowa. The two men said the talks were useful.')).toEqual(['Ted Cruz and Donald Trump']);
  });

  it('"the former" and "the latter" are the two persons named last, in order; "her rival" the other one', () => {
    const story = 'Sarah Lin and Karen Holt met in a debate. Lin attacked Holt on taxes. Holt defended her record.';
    // ("Lin attacked Holt", "Holt defended her record" are theirs.)
    expect(speakersOf(`${story} The former said the race was close.`)).toEqual(['Sarah Lin', 'Karen Holt', 'Sarah Lin']);
    expect(speakersOf(`${story} The latter said the race was close.`).at(-1)).toBe('Karen Holt');
    expect(speakersOf(`${story} Her rival disputed the figure, saying it was wrong.`).at(-1)).toBe('Sarah Lin');
  });

  it('a nationality names the person the text is about: "the Spaniard", "the German"', () => {
    expect(speakersOf('Mikel Ortega conceded on Sunday that the title was gone. “It is very painful,” the Spaniard told reporters after the game.')).toEqual([
      'Mikel Ortega',
      'Mikel Ortega',
    ]);
    expect(speakersOf('Fabian Huber praised his players. The German, 31, said his team had shown character.')).toEqual(['Fabian Huber', 'Fabian Huber']);
    // Nouns for a people that are no adjective: "the Serb", "the Scotsman", "the Croat".
    expect(speakersOf('Novak Djokovic beat Jiri Lehecka in straight sets on Sunday. “It was a good day,” the Serb said.')).toEqual(['Novak Djokovic']);
    expect(speakersOf('Andy Murray lost to Casper Ruud in Paris on Sunday. “I am disappointed,” the Scotsman said.')).toEqual(['Andy Murray']);
    // An age portrays as a nationality does.
    expect(speakersOf('Karl Berg spoke on Monday. “We will not give up,” the 45-year-old told reporters.')).toEqual(['Karl Berg']);
    // "the England international": a player capped by a country.
    expect(speakersOf('Bukayo Saka scored twice. “It is a special feeling,” the England international said.')).toEqual(['Bukayo Saka']);
    // "the Vermont independent": a politician by the place and the party.
    expect(speakersOf('Senator Bernie Sanders welcomed the cut. “Nobody should ration insulin,” the Vermont independent said.')).toEqual([
      'Bernie Sanders',
      'Bernie Sanders',
    ]);
    // "Scot" is a given name too; after "the" it is a nationality, no entity of its own.
    const scot = extract('Test article\n\nKenny McLean scored twice. “They were there for the taking,” the Scot said.');
    expect(scot.quotes.map((q) => q.speaker.name)).toEqual(['Kenny McLean']);
    expect(scot.entities.map((e) => e.name)).not.toContain('Scot');
    // A demonym that is the place's own name is the place speaking.
    expect(speakersOf('Pope Francis spoke on Sunday. The Vatican said the pope would rest.')).not.toContain('Francis');
  });

  it('a person after an organization and a title heads the phrase for the pronouns after it', () => {
    expect(
      speakersOf(
        'In remarks last week, Jerome Powell said policymakers were not in a hurry. Treasury Secretary Janet Yellen welcomed the data. The economy is in a good place, she told CNBC.',
      ),
    ).toEqual(['Jerome Powell', 'Janet Yellen', 'Janet Yellen']);
  });

  it('a role after an organization is a person, and a headline’s role goes to the person the lead names', () => {
    expect(
      extract('Arsenal boss admits the title race is over\n\nMikel Ortega conceded on Sunday that the title was gone.').quotes.map((q) => q.speaker.name),
    ).toEqual(['Mikel Ortega', 'Mikel Ortega']);
  });

  it('a headline’s role over a lead opening with an indefinite description is the one the lead introduces, not one it names as it goes on', () => {
    const story =
      'Former harbour chief calls for quay inquiry\n\nA former Velmora harbour chief says Mayor Ann Holt and Tom Pike should order an inquiry into the quay collapse.\n\n“Now is the time to act,” said Tom Reed, who ran the harbour for a decade.';
    expect(extract(story).quotes.map((q) => q.speaker.name)).toEqual(['Tom Reed', 'Tom Reed', 'Tom Reed']);
    // A lead opening with the name keeps the lead's first person.
    const named = 'Harbour chief calls for quay inquiry\n\nTom Reed, the harbour chief, says Mayor Ann Holt should order an inquiry into the quay collapse.';
    expect(extract(named).quotes.map((q) => q.speaker.name)).toEqual(['Tom Reed', 'Tom Reed']);
  });

  it('a lead or subtitle that describes its speaker names the person the story names next', () => {
    // Delayed identification: "A former party chairman says …", then "said Tom Weller".
    expect(
      speakersOf(
        'A former party chairman says the leaders should plan for a new candidate. “Now is the time to act,” said Tom Weller, who led the party for years.',
      ),
    ).toEqual(['Tom Weller', 'Tom Weller']);
    // A subtitle line: "Senator from Ohio says …" over a story about Sen. Ann Holt.
    expect(
      extract(
        'Holt backs the bill\n\nSenator from Ohio says she cannot allow the plan to fail.\n\nSen. Ann Holt is backing the bill after months of doubt.',
      ).quotes.map((q) => q.speaker.name),
    ).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('a possessor’s role is someone close to that person, but a place’s or a lawyer is someone else', () => {
    expect(
      speakersOf('Tom Weller on Wednesday called on Ann Holt to apologize. “That was outrageous,” Smith’s former campaign strategist said in an interview.'),
    ).toEqual(['Tom Weller', 'Tom Weller']);
    expect(speakersOf('Tom Weller called on Ann Holt to apologize. Holt’s lawyer said she would not.')[1]).toBe('Holt’s lawyer');
    expect(speakersOf('Tom Weller called on the state to pay. Ohio’s tax commissioner said the review found no errors.')[1]).toBe('Ohio’s tax commissioner');
  });

  it('a place’s official opening a paragraph is the person the next paragraph opens by naming first', () => {
    const latest = 'Ann Holt spoke on Monday.\n\n2:45 p.m.\n\nOhio’s tax commissioner says no one released the filings.\n\n';
    expect(speakersOf(`${latest}Tom Weller says he asked staff to check.`)).toEqual(['Tom Weller', 'Tom Weller']);
    // Named before, or given another trade, the person named next is someone else.
    expect(speakersOf(`${latest}Ann Holt says she asked staff to check.`)[0]).toBe('Ohio’s tax commissioner');
    expect(speakersOf(`${latest}Tom Weller, a lawyer for the family, says it was not.`)[0]).toBe('Ohio’s tax commissioner');
  });

  it('a role of an organization named inside the description is its own person, not one named before', () => {
    const story = 'Rosa Lind, the mayor, spoke on Monday. A Goldman Sachs executive said the deal was off.';
    expect(speakersOf(`${story} The Northwind Retail executive said prices would rise.`)).toEqual([
      'A Goldman Sachs executive',
      'The Northwind Retail executive',
    ]);
    expect(speakersOf(`${story} The European Union executive said talks would resume.`)[1]).toBe('The European Union executive');
    // A party qualifies the role: "the GOP nominee" is still the person the text gave it.
    expect(speakersOf('Mark Reed won the primary. The GOP nominee said the race was close.')).toEqual(['Mark Reed']);
    // A person the text named with that organization is its own.
    expect(speakersOf('Mikel Arteta praised the winger after Arsenal beat Tottenham. “He was outstanding,” the Arsenal manager told Sky Sports.')).toEqual([
      'Mikel Arteta',
      'Mikel Arteta',
    ]);
  });

  it('"the Veltrix boss" is the person the story titled to run a firm, with no qualifier but the firm\'s', () => {
    const story =
      'Veltrix Systems said it would cut 900 jobs. Chief executive Sandra Okafor told staff that the decision was painful. ' +
      'The Cambridge-based firm’s finance chief, Ravi Menon, said savings would be reinvested. Analyst Ben Carrow said investors had waited.';
    expect(speakersOf(`${story} The Veltrix boss said the firm would still hire engineers.`).at(-1)).toBe('Sandra Okafor');
    // A department's head is not the boss, nor one the description gives a domain of its own.
    expect(speakersOf(`${story} The Veltrix finance boss said costs were falling.`).at(-1)).not.toBe('Sandra Okafor');
    expect(
      speakersOf(
        'Greystone Developments wants to build 220 homes. Greystone’s planning director, Tom Hadley, said the firm had listened. “This is surrender,” Peter Blake told the meeting. The Greystone boss said work could start in spring.',
      ).at(-1),
    ).toBe('Tom Hadley');
    // A public office runs no firm: "the FBI director" is not the president.
    expect(speakersOf('President Barack Obama spoke on Monday. The FBI director said no charges would be brought.').at(-1)).toBe('The FBI director');
  });

  it('"the local authority" is a council, never a school or a society named before it', () => {
    expect(
      speakersOf(
        'Homes were approved by Harlow Vale District Council. Ruth Gale, chair of the Ashby Village Society, objected. The local authority said the roads would cope.',
      ).at(-1),
    ).toBe('Harlow Vale District Council');
    expect(speakersOf('Ofsted rated St Mary’s Primary School inadequate. The local authority said it had appointed an interim head.').at(-1)).toBe(
      'The local authority',
    );
  });

  it('"the prime minister\'s spokesman" speaks for an office, not for whoever spoke last', () => {
    const story = 'Fiona Hartley closed the conference. Her deputy, Owen Pryce, said the party had to win seats. “We need Bury,” he said.';
    expect(speakersOf(`${story} The prime minister’s spokesman said the plans were uncosted.`).at(-1)).toBe('The prime minister’s spokesman');
    // One the text titled so is still that person.
    expect(
      speakersOf(`Downing Street spokesman Max Blain said talks went well. ${story} The prime minister’s spokesman said the plans were uncosted.`).at(-1),
    ).toBe('Max Blain');
  });

  it('"the club\'s chairman" is the one titled chairman by the name of a club named before', () => {
    const story =
      'Castleford Rovers rejected a bid for Diego Moreno. Castleford chairman Ian Wolstenholme said on Thursday: “We will not be bullied.” Sky Sports reported that Harwood were preparing a fourth offer.';
    expect(speakersOf(`${story} The club’s chairman added that any deal would need to be done by September.`).at(-1)).toBe('Ian Wolstenholme');
    // A place describing the club is no other side's name.
    expect(speakersOf(`${story} The Yorkshire club’s chairman added that any deal would need to be done by September.`).at(-1)).toBe('Ian Wolstenholme');
  });

  it('one with an organization in the description who adds goes on speaking', () => {
    expect(speakersOf('Bruno Fernandes said the squad was hungry. The Manchester United player added: “We know what we can do.”')).toEqual([
      'Bruno Fernandes',
      'Bruno Fernandes',
    ]);
    // A spokesman of it is someone else.
    expect(speakersOf('Ann Holt said the plant would close. The Acme spokesman added: “We regret it.”')).toEqual(['Ann Holt', 'Acme']);
  });

  it('"the Leader" is the person the story gave that office', () => {
    expect(
      speakersOf('Leader of the Islamic Revolution Ayatollah Ali Khamenei met students. The Leader said the youth were “the main asset” of the country.'),
    ).toEqual(['Ali Khamenei']);
  });

  it('a member of a body heading a headline’s subtitle is the person the lead names', () => {
    const story =
      'Lawmaker urges retaliation\nMember of House panel says Moscow must be kept out of elections.\n\nRep. Adam Schiff called on Monday for sanctions.';
    const speakers = extract(story).quotes.map((q) => q.speaker.name);
    expect(speakers).toContain('Adam Schiff');
    expect(speakers).not.toContain('Member');
  });

  it('a role in a headline before a colon and a quotation is the person the story introduces', () => {
    const x = extract(
      'Union leader: ‘We will not back down’\n\nThe head of the country’s largest teachers’ union warned on Monday that strikes could spread. Anna Berg was defiant.',
    );
    expect(x.quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([
      ['DIRECT', 'We will not back down', 'Anna Berg'],
      ['INDIRECT', 'strikes could spread', 'Anna Berg'],
    ]);
  });

  it('a quotation after a headline’s colon is said word for word, also with what it was said about after it', () => {
    const x = extract('Okonjo: ‘We will not be rushed’ on border deal\n\nForeign minister Amaka Okonjo spoke to the Senate on Tuesday.');
    expect(x.quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([['DIRECT', 'We will not be rushed', 'Amaka Okonjo']]);
  });

  it('"people familiar with the talks": the noun before a postnominal adjective speaks', () => {
    expect(speakersOf('People familiar with the talks told reporters that a deal was close.')).toEqual(['People']);
    expect(speakersOf('Sources close to the minister said she would resign.')).toEqual(['Sources']);
    // Not the organization a person is close to; "with knowledge of" leaves its noun the head too.
    expect(speakersOf('"This sale would be a good first step," a person close to Elm Partners said.')).toEqual(['a person']);
    expect(speakersOf('Three people with knowledge of the matter said a deal was close.')).toEqual(['Three people']);
  });

  it('a role after an organization’s possessive speaks, past a relative clause', () => {
    expect(speakersOf('Ferrari’s team principal, who took over in 2023, says the team has changed.')).toEqual(['Ferrari’s team principal']);
  });

  it('"they" with no plural subject before is the group that spoke lately', () => {
    expect(
      speakersOf(
        'Local activists said the fine did not go far enough. “It is too little,” said Hugo Tagholm of Surfers Against Sewage.\n\nThey called for executives to face jail.',
      ),
    ).toEqual(['Local activists', 'Hugo Tagholm', 'Local activists']);
  });

  it('a part of a group after a cue speaks as the whole phrase', () => {
    expect(speakersOf('A deal could be announced next month, two of the people said.')).toEqual(['two of the people']);
  });

  it('the description owning a document speaks for it', () => {
    expect(
      speakersOf(
        'Harlow Foods opened a plant in Leeds. “It is a big bet,” said Ann Roe, an analyst at Peel Hunt. The plant employs 600 people, according to the company’s statement.',
      ),
    ).toEqual(['Ann Roe', 'Harlow Foods']);
  });

  it('a person’s office speaks for that person', () => {
    expect(speakersOf('Maria Garcia had surgery on Monday. Garcia’s office said she was recovering.')).toEqual(['Maria Garcia']);
  });

  it('a given name beside a kin word is a person of that gender, and a possessor is no subject', () => {
    expect(
      speakersOf(
        'Dave Kowal lost his job at the mill. His wife, Linda, was working two shifts.\n\n“We did not know how we would pay,” she said. “Dave would not talk about it.”\n\nHer husband remembers it differently. He said he had been too angry to talk.',
      ),
    ).toEqual(['Linda', 'Dave Kowal']);
    expect(speakersOf('Dave Kowal lost his job. Kowal’s son, Ryan, 27, moved to Ohio for work. He said he would not come back.')).toEqual(['Ryan Kowal']);
  });

  it('"it" after a sentence a campaign opened is the candidate', () => {
    expect(
      speakersOf(
        'Donald Trump spoke in Ohio on Monday.\n\nDonald Trump’s campaign is defending his tweets. It is denouncing what it calls “the biggest media attack in history.”',
      ),
    ).toEqual(['Donald Trump']);
  });

  it('two named persons joined by "and", titles between, speak together; "the two leaders … they" is that pair', () => {
    const body =
      'Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida agreed on Monday to expand cooperation. The two leaders also discussed trade. They said they opposed any change by force.';
    expect(speakersOf(body)).toEqual(['Narendra Modi and Fumio Kishida', 'Narendra Modi and Fumio Kishida']);
  });

  it('a public body of a people is a body of its own, no organization of another kind named before', () => {
    const story = 'EU leaders met on Monday. The French foreign ministry said it did not protect farmers. “We will not sign,” it said.';
    expect(speakersOf(story)).toEqual(['The French foreign ministry', 'The French foreign ministry']);
    // A name holding the same word is that body still.
    expect(speakersOf('The Ministry of Foreign Affairs of France met on Monday. The French foreign ministry said talks would go on.')).toEqual([
      'Ministry of Foreign Affairs of France',
    ]);
  });

  it('a role’s office speaks for the holder of the role', () => {
    expect(
      speakersOf('Mayor Ann Holt spoke on Monday. The Chamber of Commerce said it would hurt trade. The mayor’s office said buses would benefit.'),
    ).toEqual(['Chamber of Commerce', 'Ann Holt']);
    // With no holder named, the office is someone unnamed.
    expect(speakersOf('The bill passed on Monday. The governor’s office said it would take effect in May.')).toEqual(['The governor’s office']);
  });

  it('a title in apposition before an honorific and the name is that person’s role', () => {
    expect(
      speakersOf('The Minister of Labour, Dr Aisha Bello, spoke on Tuesday. President Bola Tinubu met union leaders. The minister said wages would rise.'),
    ).toEqual(['Aisha Bello']);
    expect(speakersOf('The President of the Nigeria Labour Congress, Comrade Joe Ajaero, said the union would monitor compliance.')).toEqual(['Joe Ajaero']);
  });

  it('"his office" speaks for the person "his" stands for', () => {
    expect(speakersOf('Prime Minister Najib Mikati condemned the strikes. His office said he had called the French minister.')).toEqual([
      'Najib Mikati',
      'Najib Mikati',
    ]);
    // After what it said, the person that opens it, not someone named before.
    expect(
      speakersOf(
        'Another source said a bridge near Arnold Kessler’s farm had collapsed. President Dina Herrera will visit the area on Tuesday, her office said.',
      ),
    ).toEqual(['Another source', 'Dina Herrera']);
  });

  it('a named team speaks for the candidate it names', () => {
    expect(speakersOf('Donald Trump spoke in Ohio. The Trump team has said single parents would benefit from the plan.')).toEqual(['Donald Trump']);
  });

  it('"the statement" is the one whose cue it followed, not a later speaker in that sentence', () => {
    expect(
      speakersOf(
        'Sweden and Indonesia agreed on Tuesday to expand cooperation, the Swedish foreign ministry said in a statement after talks. ' +
          'The two ministers discussed trade, according to the statement.',
      ),
    ).toEqual(['the Swedish foreign ministry', 'Sweden and Indonesia', 'the Swedish foreign ministry']);
  });

  it('a participle after a document is no part of its name', () => {
    expect(speakersOf('Walking daily may lower the risk of dementia, according to a study published on Wednesday.')).toEqual(['a study']);
  });

  it('"the statement" speaks for whoever just spoke in a statement', () => {
    expect(speakersOf('The hospital’s management said in a statement that it had offered a raise. “Our doors remain open,” the statement said.')).toEqual([
      'The hospital’s management',
      'The hospital’s management',
    ]);
    expect(
      speakersOf(
        'In a report released on Monday, the World Health Organization called on governments to invest more. The report found that funding had fallen.',
      ),
    ).toEqual(['World Health Organization', 'World Health Organization']);
    // "it added" goes on with the document that spoke.
    expect(speakersOf('“The plan was a failure,” the article read.\n\n“The developer has erased his debt,” it added.')).toEqual(['the article', 'the article']);
    // With no statement before, the description stays the speaker.
    expect(speakersOf('Talks resumed on Monday. “Our doors remain open,” the statement said.')).toEqual(['the statement']);
  });

  it('an indefinite role after the lead is someone left unnamed, not the next person with that role', () => {
    const body =
      'China will take measures, the commerce ministry said on Tuesday. A ministry spokesperson said the rules were unfair. Foreign ministry spokesperson Lin Jian told a briefing that the curbs were wrong.';
    expect(speakersOf(body)).toEqual(['the commerce ministry', 'A ministry spokesperson', 'Lin Jian']);
  });

  it('a description opening its sentence, matching no title, goes on about the subject of the sentence before', () => {
    const body =
      'Meta said it would appeal. Nick Clegg, its president of global affairs, wrote that the ruling was wrong. EU competition chief Margrethe Vestager welcomed the fine. The Danish commissioner told a news conference that no company was above the law.';
    expect(speakersOf(body).pop()).toBe('Margrethe Vestager');
    // A campaigner or an organiser is described by what they do, as an activist is.
    const campaign = 'Karim Mussilhy lost his uncle in the fire. The campaigner told the BBC the inquiry had exposed failures.';
    expect(speakersOf(campaign)).toEqual(['Karim Mussilhy']);
    expect(speakersOf(campaign.replace('campaigner', 'organiser'))).toEqual(['Karim Mussilhy']);
  });

  it('a speaker known only by a description is named again by its head noun', () => {
    expect(
      speakersOf(
        'The Supreme Court allowed the law. Mexico’s foreign ministry said it would not accept returned migrants. The ministry added that it rejected the measure.',
      ),
    ).toEqual(['Mexico’s foreign ministry', 'Mexico’s foreign ministry']);
    // The same head after many sentences is no longer the same speaker.
    const far = Array.from({ length: 6 }, (_, n) => `The river rose ${n + 2} feet.`).join(' ');
    expect(speakersOf(`A state election board said the vote was fair. ${far} The board said the count was over.`)[1]).not.toBe('A state election board');
  });

  it('an unnamed person described again by role is that person, not someone the sentence names', () => {
    expect(
      speakersOf('Ana Roe met the envoy on Monday. A senior party official said the envoy would visit Oslo. The official said no deal was planned.'),
    ).toEqual(['A senior party official', 'A senior party official']);
  });

  it('a news outlet is no antecedent of a company or an agency, only of an outlet word', () => {
    expect(speakersOf('“It happened fast,” the witness told the Evening News. The transport operator said services had resumed.')).toEqual([
      'the witness',
      'The transport operator',
    ]);
    // (The flood itself is what the paper reported.)
    expect(speakersOf('The flood was reported by the Daily Herald. The newspaper said the river had burst its banks.')).toEqual([
      'Daily Herald',
      'Daily Herald',
    ]);
  });

  it('"the club" names again the club it named before, not another named since only inside what was said', () => {
    expect(
      speakersOf(
        'Harlow Town sacked Neil Carter after a defeat by Stockport. In a statement, the club said results had fallen short. Tony Reid will take charge for the match at Barnet, the club confirmed.',
      ),
    ).toEqual(['Harlow Town', 'Harlow Town']);
  });

  it('a school\'s head or a scientist by trade is a role: "the headteacher" in the lead is the one named with it next', () => {
    expect(
      speakersOf(
        'A school will close a week early, the headteacher has told parents.\n\nIn a letter, headteacher Karen Doyle said engineers had found no parts.',
      ),
    ).toEqual(['Karen Doyle', 'Karen Doyle']);
  });

  it('a body the text described as a group or a charity is no "company"', () => {
    expect(
      speakersOf(
        'Southmoor Water was fined on Friday. Clean Rivers Now, a campaign group, said it had recorded 300 spills. The company said it was meeting its obligations.',
      ),
    ).toEqual(['Clean Rivers Now', 'The company']);
  });

  it('a journal of a science is an outlet too: "the company" after it is the firm named before', () => {
    expect(
      speakersOf(
        'Nordwell Pharma said its drug slowed the disease. The results were published in the Journal of Clinical Oncology on Monday. The company said it would seek approval in May.',
      ),
    ).toEqual(['Nordwell Pharma', 'Nordwell Pharma']);
  });

  it('after what was said, a company word is the organization opening it, whoever else it names', () => {
    expect(speakersOf('Shares of Halvorsen jumped. The Halvorsen family and Tailspin Group will pay $24 a share in cash, the company said.')).toEqual([
      'Halvorsen',
    ]);
  });

  it('a word for a business is no public body named before, by its name or its long form', () => {
    expect(speakersOf('The World Health Organization (WHO) said cases rose. Prices of masks fell sharply, the company said.')).toEqual([
      'World Health Organization',
      'the company',
    ]);
    expect(speakersOf('The World Bank cut its forecast. Growth will slow, the bank said.')).toEqual(['World Bank']);
  });

  it('a business word is no administration or bureau named before', () => {
    const story =
      'The maker of the pills is Halvern Labs. It is recalling 2 million bottles, the Food and Drug Administration said. The company said it had found the source of the problem.';
    expect(speakersOf(story)).toEqual(['Food and Drug Administration', 'Halvern Labs']);
  });

  it('a name given to a thing ("the impurity, known as NDMA") is no organization a company word goes back to', () => {
    const story =
      'Halvern Labs is recalling 2 million bottles of pills. Tests found an impurity, known as NDMA, in 14 lots. The company said it had found the source of the problem.';
    expect(speakersOf(story)).toEqual(['Halvern Labs']);
  });

  it('a description after a new subject is that subject, not the last speaker', () => {
    expect(
      speakersOf('Ivo Kess said he was still waiting for a contract. Captain Tom Hale apologized to fans on Sunday. “We let you down,” the defender wrote.'),
    ).toEqual(['Ivo Kess', 'Tom Hale']);
  });

  it('a kin word tells the sex of the one it describes: "the boys\' mother" is not the man named before', () => {
    expect(speakersOf('Darren Pike admitted arson. In a statement read to the court, the boys’ mother said she could not sleep.')).toEqual([
      'the boys’ mother',
    ]);
    expect(speakersOf('Ann Holt died on Sunday. Her son said she had been ill for months.')).toEqual(['Her son']);
  });

  it('an unnamed person who spoke just before is "she", with no one named since', () => {
    expect(speakersOf('Several victims spoke. One, a retired nurse from Ohio, said she had lost her pension. “I trusted him,” she said.')).toEqual([
      'a retired nurse',
      'a retired nurse',
    ]);
    // The role of a named person is no unnamed speaker.
    expect(speakersOf('Ann Holt spoke first. The senator said the bill was fair. She said it would pass.')).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('an unnamed victim or witness goes on as "she" or by age, past a person named before', () => {
    expect(
      speakersOf(
        'Inspector Ruth Cole said officers had searched the house. One victim, a widow from Brimley, said she was glad. “I just want my money back,” she said.',
      ),
    ).toEqual(['Ruth Cole', 'One victim', 'One victim']);
    expect(
      speakersOf('Det. Helen Ward said two men were held. A witness said she saw the men smash the cases. “It was over in a minute,” the 31-year-old said.'),
    ).toEqual(['Helen Ward', 'A witness', 'A witness']);
    expect(
      speakersOf('Helen Carter spoke on Monday. One senior backbencher said the government had misjudged the mood. “This will end in tears,” she said.'),
    ).toEqual(['One senior backbencher', 'One senior backbencher']);
  });

  it('"it" in a relative clause is the organization opening its sentence', () => {
    expect(speakersOf('Nordvik Bank on Thursday released an app that it says can pay any bill.')).toEqual(['Nordvik Bank']);
  });

  it('a place word goes back to the place named last', () => {
    expect(speakersOf('Phoenix will pay $5 million to the families. The city said the payment would end the lawsuit.')).toEqual(['Phoenix']);
    // "The city of Phoenix" is the place named after "of", not one named before.
    expect(speakersOf('The United States sent aid. The city of Phoenix is demanding that the campaign stop using its logo.')).toEqual(['Phoenix']);
  });

  it('with nothing named before, the description stays the speaker', () => {
    expect(speakersOf('The agency said the limits would save lives.')).toEqual(['The agency']);
    // An "it" standing for it goes on with the next verb.
    expect(speakersOf('The agency said two staff were hurt. It urged people to stay home and warned that looters would be charged.')).toEqual([
      'The agency',
      'The agency',
      'The agency',
    ]);
  });

  it('a person described by role goes back to the person the text gave that role', () => {
    expect(speakersOf('Sen. Ann Holt and Gov. Mark Reed met on Monday. Robert Jones spoke too. The senator said the deal was close.')).toEqual(['Ann Holt']);
    expect(speakersOf('Ann Holt, the foreign minister of Chile, met Tom Reyes on Monday. The minister said the talks had failed.')).toEqual(['Ann Holt']);
    expect(speakersOf('The judge, Ann Holt, heard Tom Reyes on Monday. Mark Reed spoke after him. The judge said the case would go on.')).toEqual(['Ann Holt']);
  });

  it('a role qualified by a body goes to the person holding an office of that body', () => {
    const text =
      'Tehran’s atomic chief Reza Amini met Agency Director General Lena Berg on Monday. Amini spoke first. The Agency chief said inspectors needed access.';
    expect(speakersOf(text)).toEqual(['Lena Berg']);
    expect(speakersOf('Ann Holt, the head of the Wildlife Fund, met Tom Reyes, a fund director. The Wildlife Fund chief said the talks had failed.')).toEqual([
      'Ann Holt',
    ]);
    // A nationality qualifies as its country does; a counterpart holds the office of the person named with him.
    const talks =
      'Chilean Foreign Minister Ana Rojas met her Peruvian counterpart Luis Vega in Lima. Rojas spoke first. The Peruvian minister said the talks had gone well.';
    expect(speakersOf(talks)).toEqual(['Luis Vega']);
    expect(
      speakersOf(
        'Peru’s trade minister Luis Vega met Ana Rojas, a Chilean minister, in Lima. Rojas spoke first. The Peruvian minister said the talks had gone well.',
      ),
    ).toEqual(['Luis Vega']);
  });

  it('a sentence opening with a role description goes on about that person, as "she" does', () => {
    const text =
      'Sen. Dana Okafor met Gov. Rami Idris in Lagos on Monday. Idris spoke first about taxes. The senator then dismissed the plan. She told reporters that it would fail.';
    expect(speakersOf(text)).toEqual(['Rami Idris', 'Dana Okafor']);
    // A title before a name or a possessive is no such description.
    const opening = (text: string) => openingRole({ start: 0, end: text.length, text });
    expect(opening('The senator Dana Okafor spoke.')).toBeNull();
    expect(opening("The senator's plan failed.")).toBeNull();
    expect(opening('The Nigerian diplomat then left.')).toMatchObject({ text: 'The Nigerian diplomat', role: 'diplomat' });
  });

  it('a description by nationality or age is the person the story is about, not the last speaker', () => {
    const text = '“We kept going,” Coach Tom Reyes said. Luca Bianchi scored the winner late on. The Italian forward said it was the best goal of his career.';
    expect(speakersOf(text)).toEqual(['Tom Reyes', 'Luca Bianchi']);
    expect(speakersOf(text.replace('Italian', '24-year-old'))).toEqual(['Tom Reyes', 'Luca Bianchi']);
  });

  it('"the finance minister" is the one of two ministers the story gave that office', () => {
    const story =
      'The health minister, Ana Ruiz, and the finance minister, Pedro Salas, clashed on Friday over hospital budgets. Ruiz said the cuts would close wards. ' +
      'The finance minister said the budget had grown every year.';
    expect(speakersOf(story)).toEqual(['Ana Ruiz', 'Pedro Salas']);
  });

  it('"the attorney" is the lawyer who just spoke, introduced with a possessor, not the state’s attorney named before', () => {
    const story =
      'Assistant U.S. Attorney Karen Wells said the mayor took bribes. Lange’s lawyer, Michael Fitch, said his client would appeal. “The verdict is wrong,” the attorney said.';
    expect(speakersOf(story)).toEqual(['Karen Wells', 'Michael Fitch', 'Michael Fitch']);
  });

  it('"the lawyer" is the one introduced as "his attorney, X", not the prosecutor with "Attorney" in her title', () => {
    const story =
      'Assistant U.S. Attorney Karen Wells said the singer lied. His attorney, Mark Dorn, told jurors a different story. The lawyer said the manager had every reason to lie.';
    expect(speakersOf(story)).toEqual(['Karen Wells', 'Mark Dorn']);
  });

  it('a description after the cue with a name in apposition is that person: "said its chairman, Thomas Weber."', () => {
    expect(speakersOf('The union rejected the offer. “It is an insult,” said its chairman, Thomas Weber.')).toEqual(['Thomas Weber']);
  });

  it('"the man" or "the woman" after an unnamed person spoke goes on with that person, not one named before', () => {
    const story = 'Sgt. Ivan Holm searched for footage. A neighbour said she heard two shots. “It woke the whole street,” the woman said.';
    expect(speakersOf(story)).toEqual(['A neighbour', 'A neighbour']);
    // Not a person of the other sex.
    const [first, second] = speakersOf(story.replace('A neighbour', 'A woman'));
    expect([first, second]).toEqual(['A woman', 'A woman']);
    expect(speakersOf(story.replace('A neighbour', 'A woman').replace('the woman', 'the man'))[1]).not.toBe('A woman');
  });

  it('a headline describing its speaker by role names the person the article gives that role', () => {
    const quotes = extract('Senator says budget cuts will hurt schools\n\nSen. Ann Holt spoke in Ohio on Monday about the budget.').quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Ann Holt']);
  });

  it('a trade nobody in the story was given names someone unnamed, not the person last named', () => {
    const story = 'A flood closed the bridge on Sunday. Mayor Dana Cole visited the site on Monday. The engineer explained that the supports had cracked.';
    expect(speakersOf(story)).toEqual(['The engineer']);
    expect(speakersOf(`${story} “It must come down,” the engineer said.`)).toEqual(['The engineer', 'the engineer']);
    // The person given the trade, by a title or an apposition, is the one it names.
    expect(speakersOf(story.replace('Mayor Dana Cole visited', 'County engineer Raul Soto inspected'))).toEqual(['Raul Soto']);
    expect(speakersOf(story.replace('Mayor Dana Cole visited', 'Raul Soto, a structural engineer, inspected'))).toEqual(['Raul Soto']);
    // In a court report, "the judge" no one was named as is not the defendant named last.
    expect(speakersOf('Ivo Marsh, 44, pleaded guilty to theft last month. Sentencing him, the judge said Marsh had shown no remorse.')).toEqual(['the judge']);
  });

  it('an office nobody was given is not someone the story titled otherwise, nor is the office of "his" then', () => {
    const story = 'Battalion Chief Luis Ortega said the fire was moving fast. The governor said the National Guard was on standby.';
    expect(speakersOf(story)).toEqual(['Luis Ortega', 'The governor']);
    expect(speakersOf(`${story} In a statement, his office said the roads were closed.`)).toEqual(['Luis Ortega', 'The governor', 'The governor']);
    // One given that office by title is the one it names.
    expect(speakersOf(story.replace('Battalion Chief', 'Gov.'))).toEqual(['Luis Ortega', 'Luis Ortega']);
    // So is a president: a finance minister is not "the president".
    const cabinet = 'Finance Minister Ann Holt said the budget would balance. “We made hard choices,” she said. The president said he backed the plan.';
    expect(speakersOf(cabinet)).toEqual(['Ann Holt', 'Ann Holt', 'The president']);
    expect(speakersOf(cabinet.replace('Finance Minister', 'President'))).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('someone of a body described by a possessive is not the last one quoted ("the broadcaster’s director general")', () => {
    expect(
      speakersOf('Her son, Peter, said she had died at home. The broadcaster’s director general said Quinn had inspired a generation of reporters.'),
    ).toEqual(['Peter', 'The broadcaster’s director general']);
  });

  it('"she" after a bystander described, not named, opening the sentence before is that bystander', () => {
    expect(
      speakersOf(
        'Prosecutor Anna Webb said the landlord ignored warnings. The tenant, who asked not to be named, suffered a head injury. In a statement, she said she still had nightmares.',
      ),
    ).toEqual(['Anna Webb', 'The tenant']);
    // A role is no bystander: "the former governor" is the person named with it.
    expect(speakersOf('Gary Johnson spoke in Ohio. The former New Mexico governor then visited a farm. He said he was in good health.')).toEqual([
      'Gary Johnson',
    ]);
  });

  it('"she" after a role given with "a" opening the sentence before is that unnamed person ("A Department of Health spokeswoman")', () => {
    const story =
      'Local MP Dawn Russell said the hospital had been starved of money. A Department of Health spokeswoman rejected that. She said funding had risen.';
    expect(speakersOf(story)).toEqual(['Dawn Russell', 'A Department of Health spokeswoman']);
    expect(speakersOf(story.replace('A Department of Health spokeswoman', 'An official'))).toEqual(['Dawn Russell', 'An official']);
    // "The spokeswoman" is someone the story named before; a man's role is no "she".
    expect(speakersOf(story.replace('A Department of Health spokeswoman', 'A ministry spokesman'))).toEqual(['Dawn Russell', 'Dawn Russell']);
  });

  it('an unnamed person goes on past a person asked about ("Asked whether Scholz …, he said")', () => {
    expect(
      speakersOf(
        'Olaf Scholz faced dissent on Thursday. A government spokesman said talks would continue. Asked whether Scholz was considering early elections, he said: “No.”',
      ),
    ).toEqual(['A government spokesman', null, 'A government spokesman']);
    // Nor is one asked about whom the lead's description introduces. (The question is nobody's named.)
    expect(speakersOf('A government spokesman said talks would continue. Asked whether Olaf Scholz was considering early elections, he said: “No.”')).toEqual([
      'A government spokesman',
      null,
      'A government spokesman',
    ]);
  });

  it('an unnamed person goes on through "she" as long as no one is named', () => {
    expect(
      speakersOf(
        'Ann Holt, the mayor, said the clinic would stay open. A nurse said the wait was long. She said patients were leaving. “We are exhausted,” she said.',
      ),
    ).toEqual(['Ann Holt', 'A nurse', 'A nurse', 'A nurse']);
  });

  it('an unnamed person who gave only a first name is named by it', () => {
    expect(speakersOf('Prices rose again. A farmer from Saxony, who gave only his first name, Thomas, said the harvest was lost.')).toEqual(['Thomas']);
    expect(speakersOf('The wards filled up. A nurse in Leeds, who gave her name only as Maria, said the staff were tired.')).toEqual(['Maria']);
  });
});

describe('a description after a person the story has just brought in', () => {
  it('is the one person the sentence before first names, not the last speaker', () => {
    const story =
      'Race director Mike Boyle said the event had raised £4.5m. “It gets bigger every year,” he said.\n\n' +
      'Among the thousands of club runners was 81-year-old grandfather Ken Blakemore, who was completing his 100th marathon.\n\n' +
      '“My knees have had better days,” the pensioner said.';
    expect(speakersOf(story)).toEqual(['Mike Boyle', 'Mike Boyle', 'Ken Blakemore']);
    // One named before is no one brought in; nor one of two named there.
    expect(speakersOf(story.replace('grandfather Ken Blakemore', 'Ken Blakemore and Joan Hale'))).toEqual(['Mike Boyle', 'Mike Boyle', 'Mike Boyle']);
  });
});

describe('a lead’s description of someone the story names further on', () => {
  it('is the one given that role, however far on, not the first person named after', () => {
    const story =
      'A coroner has warned that more cyclists will die unless a junction in Leeds is redesigned.\n\n' +
      'Isobel Grant, 23, was killed when she was struck by a lorry in March last year.\n\n' +
      'The court heard the council had received six complaints about the junction.\n\n' +
      'Senior coroner Kevin McLoughlin recorded a conclusion of road traffic collision.';
    expect(speakersOf(story)[0]).toBe('Kevin McLoughlin');
  });
});

describe('a role two persons hold', () => {
  it('is the one the sentence before opens with since the last quote, however much the other spoke', () => {
    const story =
      'Nebraska Gov. Jim Pillen said the plan would "reward idleness" and urged Congress to reject it. "Our farmers want water," Pillen said at a news conference in Lincoln. ' +
      "Iowa's governor, Kim Reynolds, took a different view. The plan could help younger farmers, the governor said on Wednesday.";
    expect(speakersOf(story).at(-1)).toBe('Kim Reynolds');
    // With no other subject since, the governor who spoke goes on.
    expect(speakersOf('Gov. Jim Pillen said the plan was wrong. "Our farmers want water," Pillen said. Farmers are worried, the governor said.').at(-1)).toBe(
      'Jim Pillen',
    );
  });
});

describe('a group described again', () => {
  it('"The researchers said" after "Researchers at the University of Leeds" is that group, named as introduced', () => {
    const story =
      'Walking study\n\nResearchers at the University of Leeds followed 12,000 adults for ten years. The researchers said the benefit held for everyone. ' +
      'Scientists from the British Heart Foundation welcomed the work. The scientists said more was needed on diet.';
    expect(speakersOf(story)).toContain('Researchers at the University of Leeds');
    expect(speakersOf(story)).toContain('Scientists from the British Heart Foundation');
  });

  it('not a group whose noun came with no body named after it', () => {
    expect(speakersOf('Walking study\n\nResearchers followed 12,000 adults. The researchers said the benefit held.')).toEqual(['The researchers']);
  });
});

describe('a person the story keeps unnamed', () => {
  it('"The pensioner, who cannot be named, said" is the pensioner, not the person named before', () => {
    const story =
      'Builder jailed\n\nGary Hollins, 46, admitted six counts of fraud. The pensioner, who cannot be named, said she had been left frightened. ' +
      'The victim, who was not named, said Hollins had lied to her.';
    expect(speakersOf(story)).toEqual(['The pensioner', 'The victim']);
  });
});

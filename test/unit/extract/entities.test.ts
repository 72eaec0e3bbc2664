// Entity recognition and in-document grouping, on short texts written for the test.
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/extract/layout.js';
import { linkAbout, recognizeEntities } from '../../../src/extract/entities/index.js';
import { typedNames } from '../../support/extraction.js';

function entitiesOf(body: string) {
  return recognizeEntities(layout(`Test article\n\n${body}`));
}
const names = (body: string) => entitiesOf(body).map((e) => `${e.type}:${e.name}`);
const nameMentions = (body: string) => entitiesOf(body).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

describe('persons', () => {
  it('strips titles from the mention and honorifics from the canonical name', () => {
    const found = entitiesOf('Russian President Vladimir Putin met Ayatollah Seyyed Ali Khamenei.');
    const [putin, khamenei] = found.filter((e) => e.type === 'PERSON');
    expect(putin).toMatchObject({ type: 'PERSON', name: 'Vladimir Putin' });
    expect(putin!.mentions.find((m) => m.kind === 'NAME')!.text).toBe('Vladimir Putin');
    expect(khamenei).toMatchObject({ type: 'PERSON', name: 'Ali Khamenei' });
    expect(khamenei!.aliases).toContain('Ayatollah Seyyed Ali Khamenei');
    // Local offices are titles too: the surname alone then finds the person.
    expect(names('City Councilmember Ana Ortiz spoke. Ortiz said the rents were too high.')).toEqual(['PERSON:Ana Ortiz']);
  });

  it('splits an organization from the person after a title: "Federal Reserve Chair Jerome Powell"', () => {
    expect(names('Federal Reserve Chair Jerome Powell said rates would rise.')).toEqual(['ORGANIZATION:Federal Reserve', 'PERSON:Jerome Powell']);
    expect(names('House Speaker Nancy Pelosi and UN Secretary-General Antonio Guterres spoke.')).toContain('PERSON:Antonio Guterres');
    expect(names('Detective Inspector Mark Shaw spoke.')).toEqual(['PERSON:Mark Shaw']);
  });

  it('a single unknown name after "the" that speaks is an organization: "The Sentinel said"', () => {
    expect(names('Market prices rose sharply. The Sentinel said the deal was off.')).toEqual(['ORGANIZATION:Sentinel']);
  });

  it('a lone unknown word whose verb owns with "its" is an organization, wherever it stands', () => {
    expect(names('Nordair grounded its fleet on Friday. Nordair said no one was hurt.')).toEqual(['ORGANIZATION:Nordair']);
    // Not a person, a given name or a word of another phrase ("Jewish settlements and its policy").
    expect(names('Okafor grounded the team on Friday. Okafor said no one was hurt.')).toEqual(['PERSON:Okafor']);
    expect(names('Halvorsen settlements and its policy were discussed.')).not.toContain('ORGANIZATION:Halvorsen');
  });

  it('keeps a title word after "of" inside an organization name: "Department of Justice"', () => {
    expect(names('The Department of Justice said so.')).toEqual(['ORGANIZATION:Department of Justice']);
  });

  it('groups a middle name used alone with a name of four words or more: "Lula"', () => {
    const people = entitiesOf('Luiz Inacio Lula da Silva spoke on Tuesday. Lula said it was a duty.').filter((e) => e.type === 'PERSON');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Luiz Inacio Lula da Silva', 2]]);
  });

  it('groups a surname with the full name, before or after it', () => {
    const people = entitiesOf('Putin’s envoy arrived.\n\nVladimir Putin sent him. Ali Shamkhani met him, and Shamkhani said so.').filter(
      (e) => e.type === 'PERSON',
    );
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Vladimir Putin', 2],
      ['Ali Shamkhani', 2],
    ]);
  });

  it('takes gender from first names and titles', () => {
    const [mary, john, smith] = entitiesOf('Mary Jones met John Brown and Mr. Smith.');
    expect([mary!.gender, john!.gender, smith!.gender]).toEqual(['FEMALE', 'MALE', 'MALE']);
  });

  it('takes gender from a lone given name', () => {
    expect(entitiesOf('“I would,” Melanie said to the TV.').find((e) => e.name === 'Melanie')?.gender).toBe('FEMALE');
  });

  it('leaves a quantifier out of a name: "Many Democrats"', () => {
    expect(names('Many Democrats backed Mary Jones.')).toEqual(['PERSON:Mary Jones']);
  });

  it('keeps the possessive out of the name', () => {
    expect(nameMentions('Lavrentiev met Syria’s envoy and Alexander Lavrentiev’s aide.')).toEqual(
      expect.arrayContaining(['PERSON:Lavrentiev', 'PERSON:Alexander Lavrentiev', 'LOCATION:Syria']),
    );
  });

  it('leaves epithets, parties and long titles out of the name', () => {
    expect(names('Crooked Hillary Clinton met Senate Majority Leader Mitch McConnell.')).toEqual(['PERSON:Hillary Clinton', 'PERSON:Mitch McConnell']);
  });

  it('a saint’s name before a given name is no epithet: "San Lorenzo Holdings", "Santa Clara Mining"', () => {
    expect(names('Analysts said San Lorenzo Holdings and Santa Clara Mining rose in Manila.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:San Lorenzo Holdings', 'ORGANIZATION:Santa Clara Mining']),
    );
  });

  it('ends a name at a verb in a title-case headline, with or without a closing period', () => {
    const found = recognizeEntities(layout('Hillary Clinton Was Headed to ER\n\nThe story follows.')).map((e) => e.name);
    expect(found).toEqual(['Hillary Clinton']);
    const dotted = recognizeEntities(layout('Hillary Clinton Goes After Donald Trump.\n\nClinton spoke about Trump.')).map((e) => e.name);
    expect(dotted).toEqual(['Hillary Clinton', 'Donald Trump']);
  });

  it('ends a name at a verb or preposition in a subheading in title case closed by a period, a small word capitalised inside it', () => {
    const story =
      'Debate night\n\nTom Hale and Ann Pike clashed on Tuesday.\n\nAnn Pike Responds To Question About Ferry Fares.\n\nPike said fares were too high.\n\n' +
      'Tom Hale Sides With Ann Pike On Harbour Tolls.';
    expect(nameMentions(story)).toEqual(['PERSON:Tom Hale', 'PERSON:Tom Hale', 'PERSON:Ann Pike', 'PERSON:Ann Pike', 'PERSON:Pike', 'PERSON:Ann Pike']);
    expect(names(story)).toEqual(['PERSON:Tom Hale', 'PERSON:Ann Pike']);
    // A sentence with its small words in lower case keeps its names whole ("… met with Ann Pike in Dover.").
    expect(nameMentions('Tom Hale, Ann Pike and Dan Reyes met with Ruth Okafor in Dover.')).toEqual([
      'PERSON:Tom Hale',
      'PERSON:Ann Pike',
      'PERSON:Dan Reyes',
      'PERSON:Ruth Okafor',
      'LOCATION:Dover',
    ]);
  });

  it('in a title-case headline, a run of capitalised words is a name only when its words are known', () => {
    // "Popular Website …" and "Derelict" are headline words, not names; "Okafor" is named below.
    const found = recognizeEntities(layout('Popular Website Shows Bias When Derelict Okafor Speaks\n\nThe site quoted Ruth Okafor.')).map((e) => e.name);
    expect(found).toEqual(['Ruth Okafor']);
  });

  it('a party before a place is no part of its name: "Republican Indiana Gov. Mike Pence"', () => {
    expect(names('Republican Indiana Gov. Mike Pence spoke.')).toEqual(['LOCATION:Indiana', 'PERSON:Mike Pence']);
  });

  it('"Mr. Reyes" is not "Maria Reyes": a title’s gender keeps them apart, and a bare "Reyes" goes with him', () => {
    const found = entitiesOf('Mr. Reyes spoke first. The campaign will use Mr. Reyes and his wife, Maria Reyes. Reyes said the race was close.');
    expect(found.map((e) => `${e.name}:${e.mentions.length}`).sort()).toEqual(['Maria Reyes:1', 'Reyes:3']);
    // without a title, a surname still joins the one person named in full with it
    expect(names('Dr. Connie Mariano wrote a memoir. Mariano said it was true.')).toEqual(['PERSON:Connie Mariano']);
  });

  it('keeps generational suffixes in the name, not in events', () => {
    expect(names('Vann Newkirk II, a writer, spoke after World War II veterans did.')).toEqual(['PERSON:Vann Newkirk II']);
  });

  it('a numeral after a place or before a facility names a site, and a unit after its figure is no name word', () => {
    const found = names('The utility said the 40 MW Lamu II solar plant and the 35 MW Kilifi III field would open. Pope Leo XIV prayed.');
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Lamu II', 'LOCATION:Kilifi III', 'PERSON:Leo XIV']));
    expect(found.some((n) => n.startsWith('PERSON:') && /Lamu|Kilifi/u.test(n))).toBe(false);
  });

  it('common nouns written in initials are no names: "the CEO said", "the IPO", "AI demand"', () => {
    expect(names('Chipmaker beats forecasts as AI demand surges\n\nThe CEO said the IPO would go ahead. The AI boom lifted Veltron Inc.')).toEqual([
      'ORGANIZATION:Veltron Inc',
    ]);
    // Not even where what a company has follows them.
    expect(names('Shares up\n\nThe CEO’s shares rose 5%. AI stock rose.')).toEqual([]);
  });

  it('so are a country’s output, a tax, a point of view, a web page’s code and a contract of silence: "the GNP", "VAT", "the POV"', () => {
    expect(names('Portugal’s GNP grew as VAT fell, Ann Holt said.')).toEqual(['LOCATION:Portugal', 'PERSON:Ann Holt']);
    expect(names('Tom Pike filmed the dive from the POV of the diver and posted the HTML code on IRC.')).toEqual(['PERSON:Tom Pike']);
    expect(names('Staff of Harlow Ferries Ltd signed NDAs, and the VP quit.')).toEqual(['ORGANIZATION:Harlow Ferries Ltd']);
  });

  it('a disease named after its discoverer is no one’s name: "Alzheimer’s disease", "Crohn’s disease"', () => {
    expect(names("The drug slowed Alzheimer's disease in trials at Makerere University. Patients with Crohn's disease joined.")).toEqual([
      'ORGANIZATION:Makerere University',
    ]);
  });

  it('a quotation’s first word is no given name: “Notice Trump …”', () => {
    expect(nameMentions('Howard Dean wrote: “Notice Trump sniffing all the time.”')).not.toContain('PERSON:Notice Trump');
  });

  it('a lone common noun opening a sentence is a surname when the document names the person in full', () => {
    expect(nameMentions('David Axelrod called on Howard Dean to apologize. Dean, a doctor, refused.')).toContain('PERSON:Dean');
    expect(nameMentions('Police arrived. Dean of the faculty spoke.')).toEqual([]);
  });

  it('a verb opening a sentence is a family name when the document names the person in full: "Park said"', () => {
    const park = entitiesOf('Chief Financial Officer Park Hak-kyu spoke on Monday. Park said prices were low.').find((e) => e.type === 'PERSON');
    expect(park?.mentions.filter((m) => m.kind === 'NAME').map((m) => m.text)).toEqual(['Park Hak-kyu', 'Park']);
  });

  it('a word that dates a role opening a sentence is no name: "Former DNC chairman …"', () => {
    // "DNC" itself is an organization; no name starts with "Former".
    expect(names('Former DNC chairman Don Fowler spoke.')).toEqual(['ORGANIZATION:DNC', 'PERSON:Don Fowler']);
  });

  it('a family name first: "Wang Donghai" … "Wang"', () => {
    const [wang] = entitiesOf('Police detained dissident Wang Donghai. They beat Wang and his colleague.');
    expect(wang).toMatchObject({ name: 'Wang Donghai' });
    expect(wang!.mentions.map((m) => m.text)).toEqual(['Wang Donghai', 'Wang']);
  });

  it('a state or a country alone is no name it opens: "Ohio" after "Ohio Now"', () => {
    const found = entitiesOf('Ann Holt, executive director of One Ohio Now, said spending rose. Ohio voters re-elected Tom Pike.');
    expect(found.find((e) => e.name === 'Ohio')).toMatchObject({ type: 'LOCATION' });
  });

  it('a body the lexicon knows is no part of a person’s name with no given name: "Twitter" after "Velmora Twitter"', () => {
    expect(names('Users of Velmora Twitter mocked the mayor. Twitter has suspended the accounts.')).toContain('ORGANIZATION:Twitter');
    // A person named in full with a given name keeps the word: "Dell said" after "Michael Dell".
    expect(names('Michael Dell founded the firm. Dell said sales rose.')).toEqual(['PERSON:Michael Dell']);
  });

  it('a news network alone stays a body where the typer makes a person of it: "told Fox"', () => {
    const told = typedNames('Turnout\n\nPollster Dan Shaw told Fox that turnout rose in Velmora. Fox did not replay the speech.');
    expect(told.filter((n) => n.endsWith(':Fox'))).toEqual(['ORGANIZATION:Fox', 'ORGANIZATION:Fox']);
    // A person named in full with a given name keeps the word.
    expect(typedNames('Levy\n\nMayor Vicente Fox spoke on Monday. Fox said the levy would stay.')).toEqual(['PERSON:Vicente Fox', 'PERSON:Fox']);
  });

  it('a Korean family name first, also when it is a given name elsewhere: "Kim Min-jun" … "Kim"', () => {
    const [kim] = entitiesOf('Kim Min-jun visited the shipyard in Ulsan. Kim said orders must rise.');
    expect(kim!.mentions.map((m) => m.text)).toEqual(['Kim Min-jun', 'Kim']);
  });

  it('a part of a hyphenated surname alone is that person: "Obi", "Hamdan"', () => {
    const found = entitiesOf('Finance Minister Amaka Obi-Nwosu said Nigeria would not default. Obi told bankers in Lagos the debt was sustainable.');
    expect(found.find((e) => e.name === 'Amaka Obi-Nwosu')!.mentions.map((m) => m.text)).toEqual(['Amaka Obi-Nwosu', 'Obi']);
    const [assad] = entitiesOf('Syrian leader Faris al-Hamdan met the envoys. Hamdan said the talks would go on.').filter((e) => e.type === 'PERSON');
    expect(assad!.mentions.map((m) => m.text)).toEqual(['Faris al-Hamdan', 'Hamdan']);
  });

  it('a people is nobody’s name: "Iraqis said"', () => {
    expect(names('Iraqis said the talks failed. Britain said so too.')).toEqual(['LOCATION:United Kingdom']);
  });

  it('a month after a given name or title is a surname: "Theresa May", "Mrs May"', () => {
    expect(nameMentions('Theresa May spoke in Brussels. Mrs May said talks would resume in May.')).toEqual([
      'PERSON:Theresa May',
      'PERSON:May',
      'LOCATION:Brussels',
    ]);
  });

  it('a particle in lower case stays inside a name in a line of capitalised words: "Player of the Day: Anke de Holt"', () => {
    expect(typedNames('Sprint\n\n9. Ann Holt (Harlow) 12.90\n10. Tom de Pike (Velmora), Harlow Motors, 12.92')).toEqual(
      expect.arrayContaining(['PERSON:Ann Holt', 'PERSON:Tom de Pike']),
    );
    expect(typedNames('Cup tie\n\nPlayer of the Day: Anke de Holt')).toEqual(['PERSON:Anke de Holt']);
  });

  it('"ten" and "den" are name particles: "Erik ten Hag", "Maarten den Bakker"', () => {
    expect(names('Manchester United manager Erik ten Hag praised Maarten den Bakker.')).toEqual(
      expect.arrayContaining(['PERSON:Erik ten Hag', 'PERSON:Maarten den Bakker']),
    );
  });

  it('corporate titles and a month as given name after one stay out of the name: "Chief Economist Jan Hatzius"', () => {
    expect(names('Chief Financial Officer Park Hak-kyu and Chief Economist Jan Hatzius spoke.')).toEqual(['PERSON:Park Hak-kyu', 'PERSON:Jan Hatzius']);
    expect(names('Sales rose. Chief Executive Tunde Bakare said the firm would grow.')).toEqual(['PERSON:Tunde Bakare']);
    expect(names('Sales rose. "We are still early," Chief Executive Priya Raman said.')).toEqual(['PERSON:Priya Raman']);
  });

  it('a trade opening the sentence titles the two-word name after it: "Architect Zaha Hadid", not "Porter Goss"', () => {
    expect(names('Architect Zaha Hadid designed the building. Seismologist Naci Gorur said the fault was active.')).toEqual([
      'PERSON:Zaha Hadid',
      'PERSON:Naci Gorur',
    ]);
    expect(names('Porter Goss said the agency was sound. Queens Park Rangers won on Saturday.')).toEqual([
      'PERSON:Porter Goss',
      'ORGANIZATION:Queens Park Rangers',
    ]);
  });

  it('an honour or a seat after a name is no part of it, so the surname alone is the same person', () => {
    expect(names('Sarah Quinn KC told the jury it was thin. Ms Quinn said more. Tom Hale MP agreed with Ann Roe OBE.')).toEqual([
      'PERSON:Sarah Quinn',
      'PERSON:Tom Hale',
      'PERSON:Ann Roe',
    ]);
  });

  it('a name after "the" and before a lower-case word for a body is that body: "The Wagner group claimed"', () => {
    expect(names('The Islamic State group claimed the attack. The Wagner group pulled out.')).toEqual(['ORGANIZATION:Islamic State', 'ORGANIZATION:Wagner']);
  });

  it('bodies in the plural, alone, are no name: "Unions threatened strikes"', () => {
    expect(names('Unions threatened strikes over pay. Councils warned of cuts, Reuters said.')).toEqual(['ORGANIZATION:Reuters']);
  });

  it('a word siding with someone is no name, nor, siding with a cause in lower case, a word of the name after it: "Pro-Harlow"', () => {
    expect(names('For the Pro-Harlow camp, Ann Holt of the Ferry Party won.')).toEqual(['PERSON:Ann Holt', 'ORGANIZATION:Ferry Party']);
    expect(names('Pan-democrat Lam Kwok-ting won in Harlow.')).toEqual(['PERSON:Lam Kwok-ting', 'LOCATION:Harlow']);
    expect(names('Anti-FPP activists marched.')).toEqual([]);
    expect(names('The Anti-Defamation League said Tom Pike erred.')).toEqual(['ORGANIZATION:Anti-Defamation League', 'PERSON:Tom Pike']);
  });

  it('a genus before its species\' epithet in Latin is no name: "Velmoria harlowiana"; a place before a noun stays', () => {
    expect(names('Crops in Harlow were hit by Velmoria harlowiana, a mould, said Ann Holt.')).toEqual(['LOCATION:Harlow', 'PERSON:Ann Holt']);
    expect(names('Ann Holt stayed at the Harlow sanatorium.')).toEqual(['PERSON:Ann Holt', 'LOCATION:Harlow']);
  });

  it('a holiday alone is no entity, while a place named for one stays a place', () => {
    expect(names('Talks broke down, raising the prospect of strikes over Christmas. Shops expect sales at Easter and during Ramadan.')).toEqual([]);
    expect(names('Ships sailed to Christmas Island.')).toEqual(['LOCATION:Christmas Island']);
    // ... and so is a pilgrimage made at a season.
    expect(names('Ferry deaths in Hajj crush\n\nTen died during the annual Hajj pilgrimage near Velmora.')).toEqual(['LOCATION:Velmora']);
  });

  it('an office word alone names its holder by role, no entity: "the Leader said", "Leader of the …"', () => {
    expect(names('Leader of the Islamic Revolution Ayatollah Ali Khamenei spoke in Tehran. The Leader said the youth were an asset.')).toEqual([
      'PERSON:Ali Khamenei',
      'LOCATION:Tehran',
    ]);
    expect(names('Rachel Leader said the roof held.')).toEqual(['PERSON:Rachel Leader']);
  });

  it('a named storm is no entity, but a surname Storm is a person’s', () => {
    expect(names('Storm Darragh brought winds of 90mph. Residents fled as Hurricane Milton approached Florida.')).toEqual(['LOCATION:Florida']);
    expect(names('Tropical Storm Alberto weakened as Typhoon Haiyan hit the Philippines.')).toEqual(['LOCATION:Philippines']);
    expect(names('Ann Storm said the roof held.')).toEqual(['PERSON:Ann Storm']);
  });

  it('a consortium, a cooperative or a caucus is an organization, after a nationality word too', () => {
    expect(names('Ann Holt, chief executive of the British Retail Consortium, said sales fell.')).toEqual([
      'PERSON:Ann Holt',
      'ORGANIZATION:British Retail Consortium',
    ]);
    expect(names('Tom Lee, who chairs the Progressive Caucus, met the Midland Dairy Cooperative.')).toEqual([
      'PERSON:Tom Lee',
      'ORGANIZATION:Progressive Caucus',
      'ORGANIZATION:Midland Dairy Cooperative',
    ]);
  });

  it('a pair of initials people go by opens a person’s name, but not a company’s or a club’s', () => {
    expect(names('JD Vance said the plan would fail. Chief executive RJ Scaringe agreed.')).toEqual(['PERSON:JD Vance', 'PERSON:RJ Scaringe']);
    expect(names('JP Morgan said profits rose. AJ Auxerre beat Lens 2-0.')).toEqual(['ORGANIZATION:JP Morgan', 'ORGANIZATION:AJ Auxerre', 'ORGANIZATION:Lens']);
  });

  it('a month before a surname is a given name unless a word before it dates it: "said June Raine", "In May Smith said"', () => {
    expect(names('"We acted quickly," said June Raine, the agency\'s chief executive.')).toEqual(['PERSON:June Raine']);
    expect(names('May Mahoney, a nurse, said the ward was full. April Ryan reported the story.')).toEqual(['PERSON:May Mahoney', 'PERSON:April Ryan']);
    expect(names('Officials said August Wilson would be honoured.')).toEqual(['PERSON:August Wilson']);
    expect(names('In May Smith said she would resign. The August Chicago index rose.')).toEqual(['PERSON:Smith']);
    // "Jan" too, also before a family name's particle; with a number after it, it is a date.
    expect(names('Jan Smit said the dyke held. Jan de Boer, a farmer, agreed.')).toEqual(['PERSON:Jan Smit', 'PERSON:Jan de Boer']);
    expect(names('On Jan 5 Smit said the dyke held.')).toEqual(['PERSON:Smit']);
  });

  it('a month after "and", "to" or "by" is a given name unless a date comes before it: "according to Jan Harvey"', () => {
    expect(names('The school will close, according to Jan Harvey, a teacher.')).toEqual(['PERSON:Jan Harvey']);
    expect(names('The report was written by April Kenney and June Okafor.')).toEqual(['PERSON:April Kenney', 'PERSON:June Okafor']);
    expect(names('Prices rose in April and May Smith said they would fall.')).toEqual(['PERSON:Smith']);
    expect(names('From 3 to May Lopez was away, Lopez said.')).toEqual(['PERSON:Lopez']);
  });

  it('a family name’s particle between unknown words makes a person: "Marijke de Vries", not a body', () => {
    expect(names('A police spokeswoman, Marijke de Vries, said 12 people were held. De Vries said more arrests were likely.')).toEqual([
      'PERSON:Marijke de Vries',
    ]);
    expect(names('The arrests followed clashes, said Hendrika van Dalen.')).toEqual(['PERSON:Hendrika van Dalen']);
    // Names of other languages' bodies and places keep theirs: "des" opens bodies' names, and an article
    // stands before a place's.
    const bodies = names('Lyonnaise des Eaux said it would sell its stake. The talks were held at the grand Quinta de Olivos residence.');
    expect(bodies).toContain('ORGANIZATION:Lyonnaise des Eaux');
    expect(bodies.filter((n) => n.startsWith('PERSON:'))).toEqual([]);
  });

  it('a place’s name as given name, a surname and a person’s deed make a person: "Israel Adesanya retained his title"', () => {
    const story =
      'Israel Adesanya retained his title in Perth. Jordan Pickford saved a late penalty. Georgia Hall retained her lead on Friday. ' +
      'India Walton said the vote was close.';
    expect(names(story)).toEqual(['PERSON:Israel Adesanya', 'LOCATION:Perth', 'PERSON:Jordan Pickford', 'PERSON:Georgia Hall', 'PERSON:India Walton']);
    // A body named after the place stays one: its second word is a head, a plural or an ordinary word.
    const bodies = 'Georgia Power said prices would rise. Kenya Airways said flights would resume. Jordan Valley growers protested.';
    expect(names(bodies)).toEqual(['ORGANIZATION:Georgia Power', 'ORGANIZATION:Kenya Airways', 'LOCATION:Jordan Valley']);
    // So is a name set off by commas before a cue: "His rival, Victoria Atkins, said".
    expect(names('His rival, Victoria Atkins, said the figures were wrong. The utility, Georgia Power, said prices would rise.')).toEqual([
      'PERSON:Victoria Atkins',
      'ORGANIZATION:Georgia Power',
    ]);
  });

  it('after a nation’s possessive in a sports report, a name with a minor city in it is the nation’s player', () => {
    const story = 'In the final, Japan’s Akane Yamaguchi beat Thailand’s Ratchanok Intanon 21-17 21-19 to win the title and the tournament.';
    expect(names(story)).toEqual(['LOCATION:Japan', 'PERSON:Akane Yamaguchi', 'LOCATION:Thailand', 'PERSON:Ratchanok Intanon']);
  });

  it('a player named after a position is a person, initials or a surname particle in the name: "quarterback CJ Stroud"', () => {
    expect(names('Rookie quarterback TJ Okafor threw two touchdowns. Goalkeeper Bram van Loon saved a penalty.')).toEqual([
      'PERSON:TJ Okafor',
      'PERSON:Bram van Loon',
    ]);
    expect(names('Belgium’s Pieter van der Berg finished second.')).toEqual(['LOCATION:Belgium', 'PERSON:Pieter van der Berg']);
  });

  it('"d\'" or "l\'" written with the word after it is a particle inside a name, also after a title: "Prof. Lucia d\'Avanzo"', () => {
    expect(names("The study ran under Prof. Lucia d'Avanzo in Harlow.")).toEqual(["PERSON:Lucia d'Avanzo", 'LOCATION:Harlow']);
    expect(names('Tom Pike met Dr. Marco d’Orsi on Monday.')).toEqual(['PERSON:Tom Pike', 'PERSON:Marco d’Orsi']);
    expect(names("Exports from Cote d'Ivoire rose, Ann Holt said.")).toEqual(['LOCATION:Ivory Coast', 'PERSON:Ann Holt']);
  });

  it('a title’s last word before a name opening with initials is no name: "Chief Executive K.R. Mehta said"', () => {
    expect(names('Profit fell in the quarter. Chief Executive K.R. Mehta said demand was weak.')).toEqual(['PERSON:K.R. Mehta']);
  });

  it('reads initials: "S. Waugh"', () => {
    expect(names('S. Waugh made 30 before lunch.')).toContain('PERSON:S. Waugh');
  });
});

describe('organizations', () => {
  it('binds an acronym in brackets to its expansion', () => {
    const [council] = entitiesOf('He leads the Supreme National Security Council (SNSC). The SNSC met on Monday.');
    expect(council).toMatchObject({ type: 'ORGANIZATION', name: 'Supreme National Security Council', aliases: ['SNSC'] });
    expect(council!.mentions.map((m) => m.text)).toEqual(['Supreme National Security Council', 'SNSC', 'SNSC']);
  });

  it('joins "and" inside an organization name, not between two names', () => {
    expect(names('The Securities and Exchange Commission opened an inquiry.')).toEqual(['ORGANIZATION:Securities and Exchange Commission']);
    expect(names('Shares of Johnson Controls Inc and Lear Corp rose.')).toEqual(['ORGANIZATION:Johnson Controls Inc', 'ORGANIZATION:Lear Corp']);
  });

  it('reads dotted acronyms, ampersand firms, and leaves "-based" modifiers out', () => {
    expect(names('Douglas & Lomason cited U.N. sanctions.')).toEqual(['ORGANIZATION:Douglas & Lomason', 'ORGANIZATION:U.N.']);
    expect(names('The St. Louis-based Mercantile Bancorp Inc rose.')).toEqual(['ORGANIZATION:Mercantile Bancorp Inc']);
  });

  it('a company named by its kind or its shares, and its short name without the legal form', () => {
    expect(names('The cables giant Pirelli opened a plant. Ericsson shares rose.')).toEqual(['ORGANIZATION:Pirelli', 'ORGANIZATION:Ericsson']);
    const [ruch] = entitiesOf('A consortium will bid for the press chain Ruch SA, a paper said. Ruch sells newspapers.');
    expect(ruch).toMatchObject({ type: 'ORGANIZATION', name: 'Ruch SA' });
    expect(ruch!.mentions.map((m) => m.text)).toEqual(['Ruch SA', 'Ruch']);
  });

  it('one cue that a name is a company or club types it wherever it stands', () => {
    expect(nameMentions('Halvor said profits rose. Halvor shares fell 3 percent.')).toEqual(['ORGANIZATION:Halvor', 'ORGANIZATION:Halvor']);
    expect(nameMentions('Torvik won the order. Torvik spokesman Per Lund said so.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Torvik', 'ORGANIZATION:Torvik', 'PERSON:Per Lund']),
    );
    expect(nameMentions('Second division team Rapido Verlanga lost. Rapido Verlanga chairman Ivo Kess was angry.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Rapido Verlanga', 'PERSON:Ivo Kess']),
    );
  });

  it('a name ending in its industry is a company, even of common words opening a sentence', () => {
    expect(names('Samsung Electronics warned on Tuesday. Hyundai Motor and Korean Air cut jobs.')).toEqual([
      'ORGANIZATION:Samsung Electronics',
      'ORGANIZATION:Hyundai Motor',
      'ORGANIZATION:Korean Air',
    ]);
    expect(names('Network Rail said trains were late.')).toEqual(['ORGANIZATION:Network Rail']);
  });

  it('a capital inside a word after a stem of three letters spells a brand; short name prefixes do not', () => {
    expect(names('OpenAI released a model. BlackRock bought shares.')).toEqual(['ORGANIZATION:OpenAI', 'ORGANIZATION:BlackRock']);
    expect(names('Ron DeSantis met Douglas MacArthur and Ann McDonald.').every((n) => n.startsWith('PERSON:'))).toBe(true);
  });

  it('an adjective in "-onal" or "-ental" makes no surname: "Ecobank Transnational" is no person', () => {
    expect(names('Zambezi Transnational said on Monday that profit rose.')).not.toContain('PERSON:Zambezi Transnational');
    expect(names('Kivu Continental reported higher sales.')).toEqual(['ORGANIZATION:Kivu Continental']);
  });

  it('names ending in retail, media, capital or partners are companies', () => {
    expect(names('Ann Cole, managing director of Northwind Retail, said sales fell. Fabrikam Media and Tailspin Capital agreed.')).toEqual([
      'PERSON:Ann Cole',
      'ORGANIZATION:Northwind Retail',
      'ORGANIZATION:Fabrikam Media',
      'ORGANIZATION:Tailspin Capital',
    ]);
  });

  it('a trust is an organization, also in apposition to a description: "its largest shareholder, the Pemberton Trust,"', () => {
    expect(names('The company’s largest shareholder, the Pemberton Trust, said it supported management.')).toEqual(['ORGANIZATION:Pemberton Trust']);
  });

  it('a company named after its founders stays apart from the person who bears the name', () => {
    const found = entitiesOf(
      'Shares of Halvorsen rose. “We are proud,” said Erik Halvorsen, the chief executive. Mr. Halvorsen smiled. Halvorsen said the deal would close.',
    );
    expect(found.map((e) => [e.type, e.name, e.mentions.filter((m) => m.kind === 'NAME').map((m) => m.text)])).toEqual([
      ['ORGANIZATION', 'Halvorsen', ['Halvorsen', 'Halvorsen']],
      ['PERSON', 'Erik Halvorsen', ['Erik Halvorsen', 'Halvorsen']],
    ]);
    // A person's spokeswoman is no evidence of a company.
    const stein = entitiesOf('Green Party candidate Jill Stein was escorted out. Stein spokeswoman Ana Ruiz said Stein had left.');
    expect(stein.filter((e) => e.name.includes('Stein')).map((e) => [e.type, e.name])).toEqual([['PERSON', 'Jill Stein']]);
  });

  it('a name typed both person and company in one document is one thing', () => {
    const found = entitiesOf('SK Hynix, Samsung’s main rival, is due to report next week. A spokesperson for SK Hynix declined to comment.');
    expect(found.filter((e) => e.name === 'SK Hynix').map((e) => e.type)).toEqual(['ORGANIZATION']);
  });

  it('a company is also named without its industry, but not by a demonym or place alone', () => {
    const found = entitiesOf('Samsung Electronics warned of weak demand; Samsung said prices fell. Korean Air cut flights and Korean officials met.');
    expect(found.map((e) => [e.name, e.mentions.filter((m) => m.kind === 'NAME').map((m) => m.text)])).toEqual([
      ['Samsung Electronics', ['Samsung Electronics', 'Samsung']],
      ['Korean Air', ['Korean Air']],
    ]);
  });

  it('a company named after a place is named by that place alone where the story calls it a firm', () => {
    const found = entitiesOf('Kasese Motors said sales rose 8 percent in March. Kasese will invest $2 billion in electric buses, Chairman Amos Kato said.');
    expect(found.find((e) => e.name === 'Kasese Motors')!.mentions.map((m) => m.text)).toEqual(['Kasese Motors', 'Kasese']);
  });

  it('a club named before its coach or players is one; a country’s side stays the country', () => {
    expect(names('Palace boss Oliver Glasner was delighted. England coach Gareth Southgate was not.')).toEqual([
      'ORGANIZATION:Palace',
      'PERSON:Oliver Glasner',
      'LOCATION:England',
      'PERSON:Gareth Southgate',
    ]);
  });

  it('a club’s last word alone in a sports report is the club, common word or not: "United", "Chiefs"', () => {
    const found = entitiesOf('Northfield United beat Southport 2-1 on Saturday. United won with a late goal.');
    expect(found.find((e) => e.name === 'Northfield United')!.mentions.map((m) => m.text)).toEqual(['Northfield United', 'United']);
    const chiefs = entitiesOf(
      'Ndola Chiefs lost 3-0 to Kabwe Warriors in the league on Sunday. Chiefs coach Ben Phiri said his players lacked energy in the match.',
    );
    expect(chiefs.find((e) => e.name === 'Ndola Chiefs')!.mentions.map((m) => m.text)).toEqual(['Ndola Chiefs', 'Chiefs']);
  });

  it('a name whose last word alone comes before a side’s coach or player in a sports report is a club', () => {
    const story = 'Tochigi Hornets stayed top of the league after a 2-0 win. Hornets coach Kenji Sato praised his players after the match.';
    expect(entitiesOf(story).find((e) => e.name === 'Tochigi Hornets')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('a description opening a sentence is no part of the firm it describes: "Investment bank Heldman Sachs"', () => {
    expect(names('Investment bank Heldman Sachs cut its forecast on Monday.')).toEqual(['ORGANIZATION:Heldman Sachs']);
  });

  it('a sport and a nation or region name the sport’s governing body', () => {
    const story =
      'The federation met on Monday. Athletics Kenya banned two runners for doping, and Netball Jamaica named a new coach. ' +
      'Cycling Ontario said the race would go ahead. British Rowing chose its crew.';
    expect(names(story)).toEqual([
      'ORGANIZATION:Athletics Kenya',
      'ORGANIZATION:Netball Jamaica',
      'ORGANIZATION:Cycling Ontario',
      'ORGANIZATION:British Rowing',
    ]);
  });

  it('a newspaper named before its kind is one wherever it stands: "Kurier Lubelski daily said"', () => {
    expect(nameMentions('Kurier Lubelski daily said on Monday the bid failed. Kurier Lubelski said its owner agreed.')).toEqual([
      'ORGANIZATION:Kurier Lubelski',
      'ORGANIZATION:Kurier Lubelski',
    ]);
  });

  it('a head before its connector makes an organization, whatever word ends it', () => {
    expect(nameMentions('Delegates of the Organisation of Baltic Conference met.')).toContain('ORGANIZATION:Organisation of Baltic Conference');
  });

  it('a name the document shows to end in "\'s" keeps it everywhere: "Boatmen\'s was the prize"', () => {
    expect(nameMentions("Boatmen's chairman resigned. Analysts said Boatmen's was the prize in the state.")).toEqual([
      "ORGANIZATION:Boatmen's",
      "ORGANIZATION:Boatmen's",
    ]);
    expect(nameMentions("The court ruled in favour of Kessler's. Kessler's plan stands.")).toEqual(["ORGANIZATION:Kessler's", "ORGANIZATION:Kessler's"]);
    // A possessive that owns something, in brackets or before a quotation, stays a possessive.
    expect(nameMentions("Voters liked Arthur Hale's plan. Hale's \"greatest gift\" was patience (Hale's).")).not.toContain("PERSON:Hale's");
    expect(nameMentions("Voters liked Arthur Hale's plan. Hale's \"greatest gift\" was patience (Hale's).")).not.toContain("ORGANIZATION:Hale's");
  });

  it('a name the document also writes without "\'s" owns what "\'s" leaves unsaid: "his plan against Holt\'s."', () => {
    const found = nameMentions(
      "Taxes\n\nAnn Holt spoke in Leeds. Holt said taxes would rise. Tom Reed set his plan against Holt's. Holt's critique was sharp.",
    );
    expect(found).not.toContain("ORGANIZATION:Holt's");
    expect(found.filter((m) => m === 'PERSON:Holt')).toHaveLength(3);
    // A firm's name in "'s" stays whole beside a person of the name written in full.
    expect(nameMentions("Sales\n\nRonald Dillard waved. Sales at Dillard's rose. Dillard's said so.")).toContain("ORGANIZATION:Dillard's");
  });

  it('in a press review, the paper heading its items is an organization', () => {
    const review =
      "PRESS DIGEST - Pakistan - Aug 29.\nKARACHI 1996-08-29\nThese are the main stories in Thursday's newspapers:\nKELVARO\n- The government plans new taxes.\nTHE NATION\n- Gas prices may rise.";
    expect(nameMentions(review)).toEqual(expect.arrayContaining(['ORGANIZATION:KELVARO', 'ORGANIZATION:THE NATION']));
  });

  it('a kind of outlet or firm before a name makes it one, over a given name in it', () => {
    expect(names('Analysts at investment banks Morgan Stanley and SBC Warburg were upbeat.')).toContain('ORGANIZATION:Morgan Stanley');
    expect(names('The report appeared in the scientific journal Zelora on Friday.')).toEqual(['ORGANIZATION:Zelora']);
    expect(names('The official news agency Petra said the talks would go on.')).toEqual(['ORGANIZATION:Petra']);
    // A title still makes a person: "agency chief John Smith".
    expect(names('Agency chief John Smith resigned.')).toEqual(['PERSON:John Smith']);
  });

  it('a bracketed acronym spells where the name before it starts', () => {
    const [group] = entitiesOf('The group Friends of Rivers in Wales (FRIW) said so. FRIW will appeal.');
    expect(group).toMatchObject({ type: 'ORGANIZATION', name: 'Friends of Rivers in Wales' });
    expect(group!.mentions.map((m) => m.text)).toEqual(['Friends of Rivers in Wales', 'FRIW', 'FRIW']);
    // Initials that do not spell it leave the names as they were.
    expect(nameMentions('He met the Friends of Rivers in Wales (XYZ).')).not.toContain('ORGANIZATION:Friends of Rivers in Wales');
  });

  it('recognizes organization heads and news agencies', () => {
    expect(names('The Bank of England and the Labour Party replied to Reuters.')).toEqual([
      'ORGANIZATION:Bank of England',
      'ORGANIZATION:Labour Party',
      'ORGANIZATION:Reuters',
    ]);
    // A broadcaster by its head word, though its first word is a given name.
    expect(names('Mikel Arteta told Sky Sports the team was tired.')).toContain('ORGANIZATION:Sky Sports');
  });

  it('an ordinary word opening a sentence before its verb is no name: "Cases rose sharply, the WHO said"', () => {
    expect(names('Cases rose sharply last week, the WHO said.')).toEqual(['ORGANIZATION:WHO']);
    // Ordinary by its singular ("remittance"), or because the story writes it in lower case too.
    expect(names('Remittances rose 4 percent in May, the central bank said.')).toEqual([]);
    expect(names('Layoffs spread across the region in March. The layoffs hit three mills, the union said.')).toEqual([]);
  });

  it('a plural the lexicon lacks, opening a sentence before its verb, is no firm; one that speaks or acts may be', () => {
    const story =
      'Mining shares slid in Johannesburg. Layoffs rose in October. Furloughs lasted eight weeks. Barclays said it would keep its stake. Lloyds declined to comment.';
    expect(names(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Barclays', 'ORGANIZATION:Lloyds']));
    expect(names(story).some((n) => /Layoffs|Furloughs/u.test(n))).toBe(false);
    expect(names('Dockworkers said the strike would go on.')).toEqual([]);
  });

  it('a plural opening a sentence before a bare verb, its present, is no firm ("Lawsuits have been filed"); an act after the auxiliary may be one', () => {
    expect(names('Ann Holt closed the quay on Monday. Lawsuits have been filed in Velmora since.')).toEqual(['PERSON:Ann Holt', 'LOCATION:Velmora']);
    expect(names('Ann Holt closed the quay on Monday. Complaints continue to arrive.')).toEqual(['PERSON:Ann Holt']);
    expect(names('Ann Holt sold her stake on Monday. Tarlocks have agreed to buy it.')).toContain('ORGANIZATION:Tarlocks');
  });

  it('a group noun opening a sentence is no name ("Prosecutors said", "Sources said", "Authorities said")', () => {
    expect(names('Prosecutors said the case was closed. Sources said the judge agreed. Authorities said nothing.')).toEqual([]);
  });
});

describe('sides in sports tables', () => {
  it('names in league table rows and results lines are clubs; a country’s side stays the country', () => {
    const found = names('Results of league matches on Saturday:\nStenhousemuir 0 Stranraer 1\nJapan 2 Syria 1\n\nStandings:\nAirdrieonians 2 1 1 0 1 0 4');
    expect(found).toEqual(
      expect.arrayContaining(['ORGANIZATION:Stenhousemuir', 'ORGANIZATION:Stranraer', 'LOCATION:Japan', 'LOCATION:Syria', 'ORGANIZATION:Airdrieonians']),
    );
  });

  it('sides named against each other or with a cricket score are clubs', () => {
    expect(names('Fixtures:\nMay 18 v Worcestershire\nAt the close: Glamorgan 259-7 in reply.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Worcestershire', 'ORGANIZATION:Glamorgan']),
    );
  });

  it('a place whose captain or striker is named is a club; a big place that speaks stays a place', () => {
    expect(names('At the Oval, Surrey captain Chris Lewis declared.')).toEqual(expect.arrayContaining(['ORGANIZATION:Surrey', 'PERSON:Chris Lewis']));
    expect(names('The U.S. said the talks would resume.')).toEqual(['LOCATION:United States']);
  });

  it('a place people come from or work in is a place, even one that names a club elsewhere', () => {
    expect(names('A councillor from Leeds said the plan was fair.')).toEqual(['LOCATION:Leeds']);
    expect(names('Teachers in Lyon said the strike would go on.')).toEqual(['LOCATION:Lyon']);
    expect(names('A farmer from Chester said prices fell.')).toEqual(['LOCATION:Chester']);
  });

  it('in a sports report a city that plays is the side wherever the report names it, but as a venue', () => {
    const report =
      'Chicago beat Miami 99-92 in the basketball league on Friday.\nMichael Jordan scored 35 points for Chicago and the coach praised the team.\nThe teams meet again in Chicago next week.';
    expect(nameMentions(report)).toEqual(['ORGANIZATION:Chicago', 'ORGANIZATION:Chicago', 'ORGANIZATION:Miami', 'PERSON:Michael Jordan', 'LOCATION:Chicago']);
    // Outside sports, a city after "beat" in a headline-free story keeps its place elsewhere.
    expect(nameMentions('Floods beat records in Chicago. Prices rose in Chicago and Miami.')).not.toContain('ORGANIZATION:Miami');
  });

  it('a nation’s side is the nation, also where the country data lacks it', () => {
    expect(nameMentions('Belgium beat Turkey 2-1 in a World Cup qualifier. England drew 0-0 with Scotland in the match.')).toEqual([
      'LOCATION:Belgium',
      'LOCATION:Turkey',
      'LOCATION:England',
      'LOCATION:Scotland',
    ]);
  });

  it('sides of a match between two places, an innings and a goaltender are clubs', () => {
    const found = nameMentions(
      'Scoreboard on the first day of the county championship match between Sussex and Durham at Hove on Friday:\nSussex first innings\nW. Athey not out 54\n\nCalgary goaltender Trevor Kidd made 30 saves.',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Sussex', 'ORGANIZATION:Durham', 'ORGANIZATION:Calgary', 'LOCATION:Hove']));
    expect(found).not.toContain('LOCATION:Sussex');
  });

  it('names in a cricket scorecard are players', () => {
    expect(names('Australia innings:\nS. Waugh b Muralitharan 22\nBowling: Vaas 7-0-29-0')).toEqual(
      expect.arrayContaining(['PERSON:S. Waugh', 'PERSON:Muralitharan', 'PERSON:Vaas']),
    );
  });

  it('a golfer’s scores make no table row', () => {
    expect(names('Leading scores:\nColin Montgomerie 69 70 68 71 278')).toEqual(['PERSON:Colin Montgomerie']);
  });
});

describe('locations', () => {
  it('finds countries and cities from the gazetteers, with canonical names', () => {
    expect(names('Talks in Astana, Tehran and the U.S. moved to Britain.')).toEqual([
      'LOCATION:Astana',
      'LOCATION:Tehran',
      'LOCATION:United States',
      'LOCATION:United Kingdom',
    ]);
  });

  it("a garden ends a place's name, one opened by a given name too", () => {
    expect(names('Steffi Graf beat Martina Hingis at Madison Square Garden. Crowds filled Kew Gardens.')).toEqual(
      expect.arrayContaining(['LOCATION:Madison Square Garden', 'LOCATION:Kew Gardens']),
    );
  });

  it('knows world regions and former states, and compass parts of known places', () => {
    expect(names('Settlers in the West Bank and East Jerusalem recalled Yugoslavia.')).toEqual([
      'LOCATION:West Bank',
      'LOCATION:East Jerusalem',
      'LOCATION:Yugoslavia',
    ]);
    expect(names('Aid groups say much of Darfur and Tigray is cut off, as are parts of the Donbas.')).toEqual([
      'LOCATION:Darfur',
      'LOCATION:Tigray',
      'LOCATION:Donbas',
    ]);
  });

  it('a lone Mc- or Mac- surname that speaks is a person: "McLenney said"', () => {
    expect(names('Two voters watched the rally.\n\nMcLenney said Clinton does not show consistency.')).toContain('PERSON:McLenney');
  });

  it('a town before a state’s abbreviation: "of Ashton, Md.", "in Flint, Mich."', () => {
    expect(names('Donna Reyes, 59, of Ashton, Md., said so.')).toContain('LOCATION:Ashton');
    expect(names('She grew up in Flint, Mich., and in Ohio.')).toContain('LOCATION:Flint');
  });

  it('a small place named by its kind: "the town of Tavildara", and again by itself', () => {
    expect(nameMentions('Troops took the town of Tavildara. Tavildara is now quiet.')).toEqual(['LOCATION:Tavildara', 'LOCATION:Tavildara']);
    expect(nameMentions('A former mayor of Port Ellis was jailed on Friday.')).toEqual(['LOCATION:Port Ellis']);
  });

  it('"the Islamic Republic" is a place, like other republics', () => {
    expect(names('Officials said the Islamic Republic would attend.')).toEqual(['LOCATION:Islamic Republic']);
  });

  it('turns demonyms into references, not names', () => {
    const [russia] = entitiesOf('The Russian delegation arrived.');
    expect(russia).toMatchObject({ type: 'LOCATION', name: 'Russia' });
    expect(russia!.mentions).toEqual([{ start: 18, end: 25, text: 'Russian', kind: 'DEMONYM' }]);
  });

  it('a name with an age set off by commas is a person, not a place with a distance', () => {
    expect(names('“We will not give up,” Berg, 45, told CBC News.')).toEqual(['PERSON:Berg', 'ORGANIZATION:CBC News']);
    expect(names('Gunmen raided the town of Bou Haroun, 65 km from the capital.')).toEqual(['LOCATION:Bou Haroun']);
  });

  it('a programme or project is an organization, in either spelling', () => {
    expect(names('The World Food Programme warned that millions could starve.')).toEqual(['ORGANIZATION:World Food Programme']);
  });

  it('an acronym no bracket introduced is the one organization whose name it spells', () => {
    const [ercot] = entitiesOf('The Electric Reliability Council of Texas warned of outages. ERCOT said demand would peak.');
    expect(ercot).toMatchObject({ type: 'ORGANIZATION', name: 'Electric Reliability Council of Texas' });
    expect(ercot!.mentions.map((m) => m.text)).toEqual(['Electric Reliability Council of Texas', 'ERCOT']);
    // Spelled by two, it stays apart.
    expect(names('The Bank of Japan and the Bureau of Justice met. BOJ said little.')).toContain('ORGANIZATION:BOJ');
  });

  it('names the Fed by its full name, one entity with "Federal Reserve"', () => {
    const [fed] = entitiesOf('The Federal Reserve held rates. The Fed said inflation was too high.');
    expect(fed).toMatchObject({ type: 'ORGANIZATION', name: 'Federal Reserve' });
    expect(fed!.mentions.map((m) => m.text)).toEqual(['Federal Reserve', 'Fed']);
    expect(names('The Fed said inflation was too high.')).toEqual(['ORGANIZATION:Federal Reserve']);
  });

  it('a name no gazetteer knows after a role and "at" or "with" is where the person works', () => {
    expect(names('Prices fell, said Ann Cole, an analyst at Jefferies.')).toContain('ORGANIZATION:Jefferies');
    expect(names('Prices fell, said Tom Lee, a strategist with Fundstrat.')).toContain('ORGANIZATION:Fundstrat');
    expect(names('Prices fell, said Tom Lee, an official at Gdansk.')).toContain('LOCATION:Gdansk');
    // It outweighs a given name opening the name; a person's possessive or a place's head stays theirs.
    expect(names('Analysts at Morgan Stanley said the recall would be costly.')).toEqual(['ORGANIZATION:Morgan Stanley']);
    expect(names('A lawyer at Ann Cole’s firm said the case was weak.')).toEqual(['PERSON:Ann Cole']);
    expect(names('Singapore hanged a farmer at Changi Prison on Friday.')).toContain('LOCATION:Changi Prison');
  });

  it('knows the demonyms of the home nations of the United Kingdom', () => {
    const [scotland] = entitiesOf('The Scottish delegation arrived.');
    expect(scotland).toMatchObject({ type: 'LOCATION', name: 'Scotland' });
    expect(scotland!.mentions.map((m) => m.kind)).toEqual(['DEMONYM']);
  });

  it('reads places in an all-caps headline and dateline', () => {
    const x = recognizeEntities(layout('FLOODS HIT NEW YORK AND LONDON AGAIN\nNEW YORK 1996-08-30\nRain fell.'));
    expect(x.map((e) => e.name)).toEqual(['New York', 'London']);
    expect(x[0]!.mentions.map((m) => m.text)).toEqual(['NEW YORK', 'NEW YORK']);
  });

  it('a country that only modifies the words after it is a place of its own', () => {
    expect(nameMentions('Buying was thin ahead of the U.S. Labor Day weekend.')).toEqual(['LOCATION:U.S.']);
    expect(nameMentions('Prices fell.\nVenezuela FinMin to speak on Thursday.')).toContain('LOCATION:Venezuela');
    // ... but not where the words after it make a name with it, nor in a given name.
    expect(nameMentions('Prices of U.S. Treasury securities fell. Japan Airlines and the U.S. Virgin Islands gained.')).not.toContain('LOCATION:U.S.');
    expect(nameMentions('Taiwan Flour Mills Assn bought wheat.')).not.toContain('LOCATION:Taiwan');
    expect(nameMentions('The Uganda National Council for Science and Technology met in Kampala.')).toContain(
      'ORGANIZATION:Uganda National Council for Science and Technology',
    );
    expect(nameMentions('The pitch came off Chad Ogea in the first inning.')).not.toContain('LOCATION:Chad');
  });

  it('a name in apposition to a company’s word keeps the country that opens it', () => {
    expect(nameMentions('A bridge fell. The contractor, Togo Rail Engineering, did not respond.')).toEqual(['ORGANIZATION:Togo Rail Engineering']);
    expect(nameMentions('The company Ghana Cocoa Traders said prices rose.')).toEqual(['ORGANIZATION:Ghana Cocoa Traders']);
  });

  it('a dateline’s places are places, even where the story names a side after them', () => {
    const typed = (text: string) =>
      recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));
    expect(typed('BASEBALL - RESULTS\nNEW YORK 1996-08-30\nSeattle 9 New York 3\nNew York lost again.')).toEqual(
      expect.arrayContaining(['LOCATION:NEW YORK', 'ORGANIZATION:Seattle']),
    );
    expect(typed('Rain stops play\nWIGAN, England 1996-08-31\nWigan beat Halsford 42-36.')).toEqual(
      expect.arrayContaining(['LOCATION:WIGAN', 'LOCATION:England']),
    );
    expect(typed('Motel burns\nROCHESTER, N.H. (Reuters) - A motel burned.')).toEqual(expect.arrayContaining(['LOCATION:ROCHESTER', 'LOCATION:N.H.']));
    expect(typed('Markets calm\nOSLO, March 3 (Reuters) - Prices rose.')).toEqual(expect.arrayContaining(['LOCATION:OSLO']));
    // After a byline.
    expect(typed('Chip maker jumps\nMartin Wolk\nSEATTLE 1996-08-29\nSeattle beat Denver 5-3 in the league.')).toContain('LOCATION:SEATTLE');
    // A label before a dash is no dateline.
    expect(typed('Bond sale\nPRESALE - Bay County Building Authority bonds.')).not.toContain('LOCATION:PRESALE');
  });

  it('names a place that plays as a side an organization, a country stays a place', () => {
    expect(names('Essex 372 beat Kent. France 2 Italy 1.')).toEqual(expect.arrayContaining(['ORGANIZATION:Essex', 'LOCATION:France']));
  });
});

describe('not entities', () => {
  it('no weekdays, months, sentence-initial words or common nouns', () => {
    expect(names('During the Thursday meeting in March, the Government spoke. Elsewhere, Newspapers said nothing.')).toEqual([]);
  });

  it('no shouted label in capitals: "CONGRESS HAS INVESTIGATED HIM — …"', () => {
    const found = names('CONGRESS HAS INVESTIGATED HIM — The senator’s advice earned him a hearing.');
    expect(found.filter((n) => /has|investigated|him/iu.test(n))).toEqual([]);
  });

  it('no laws, plans or events as organizations', () => {
    expect(names('The Affordable Care Act and the Clean Power Plan came up at the Commander-in-Chief Forum.')).toEqual([]);
  });

  it('no junk from possessives and descriptions', () => {
    const found = names('Putin’s point man visited the Arab country.');
    expect(found).not.toContain('PERSON:Putin’s point');
    expect(found.some((n) => n.includes('Arab country'))).toBe(false);
  });
});

describe('linkAbout', () => {
  it('lists the entities referred to inside a span, demonyms included', () => {
    const text = 'Test article\n\nIranian officials met Alexander Lavrentiev in Moscow.';
    const entities = recognizeEntities(layout(text));
    const about = linkAbout({ start: 14, end: text.length }, entities).map((id) => entities.find((e) => e.id === id)!.name);
    expect(about).toEqual(['Iran', 'Alexander Lavrentiev', 'Moscow']);
  });
});

describe('boundaries of organization names', () => {
  it('keeps a demonym that opens an organization name, and drops it before a person', () => {
    const mentions = nameMentions('The Czech National Bank cut rates, and the Palestinian Authority agreed. Russian President Vladimir Putin spoke.');
    expect(mentions).toEqual(expect.arrayContaining(['ORGANIZATION:Czech National Bank', 'ORGANIZATION:Palestinian Authority', 'PERSON:Vladimir Putin']));
  });

  it('keeps a demonym opening a body whose head stands before "of" or "for": "the Australian Centre for Harbour Studies"', () => {
    expect(nameMentions('Ann Holt, chair of the Australian Centre for Harbour Studies, spoke.')).toContain(
      'ORGANIZATION:Australian Centre for Harbour Studies',
    );
    expect(nameMentions('The appeal went to the Italian Court of Velmoran Claims on Monday.')).toContain('ORGANIZATION:Italian Court of Velmoran Claims');
    // A title before "of" is still no body's head: the person's demonym and office stay out of the name.
    expect(nameMentions('Tom Reed, the Russian Minister of Harbours, met Ann Holt.')).not.toContain('ORGANIZATION:Russian Minister of Harbours');
  });

  it('ends a company name at its legal form, even after an opener: "Union Bank Corp. and Acme Ltd"', () => {
    expect(names('Investors named Union Bank Corp. and Acme Ltd as bidders.')).toEqual(['ORGANIZATION:Union Bank Corp.', 'ORGANIZATION:Acme Ltd']);
  });

  it('joins an opener\'s purpose after "to", not a place: "Campaign to End Hunger"', () => {
    expect(nameMentions('The League to Save Rivers said so.')).toContain('ORGANIZATION:League to Save Rivers');
    expect(nameMentions('He took the Bureau to Lisbon.')).not.toContain('ORGANIZATION:Bureau to Lisbon');
  });

  it('keeps an organization whose head comes before its connector: "Office of Fair Trading"', () => {
    expect(nameMentions('Officials of the Federal Department of Fisheries visited the port.')).toContain('ORGANIZATION:Federal Department of Fisheries');
    expect(nameMentions('The League for Clean Water (LCW) protested. The LCW said it would return.')).toEqual([
      'ORGANIZATION:League for Clean Water',
      'ORGANIZATION:LCW',
      'ORGANIZATION:LCW',
    ]);
  });

  it('keeps the domains an office lists inside its name, not other bodies listed after one', () => {
    expect(nameMentions('The Ministry of Fisheries, Forests and Water said so.')).toEqual(['ORGANIZATION:Ministry of Fisheries, Forests and Water']);
    expect(nameMentions('The Bank of Portugal, Millennium and BPI agreed.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Bank of Portugal', 'ORGANIZATION:BPI']),
    );
  });

  it('reads "of the" inside an organization name as one connector', () => {
    expect(nameMentions('He wrote to the Council of the European Union in Brussels.')).toContain('ORGANIZATION:Council of the European Union');
  });
});

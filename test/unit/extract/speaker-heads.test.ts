// The head of a speaker phrase speaks: a noun before the prepositions attached to it, a person
// after an organization and a title, people rather than the organization modifying them.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';
import { namesPeople } from '../../../src/extract/phrase-heads.js';

describe('speaker phrase heads', () => {
  it('an abbreviated title before the name is no speaker of its own', () => {
    expect(speakersOf('“He keeps saying he wants partnership,” said Ald. Brian Hopkins.')).toEqual(['Brian Hopkins']);
  });

  it('a name with its titles in apposition speaks for the description before it', () => {
    expect(speakersOf('A military spokesman, Brig. Gen. Nabil Abdallah, said the militia was looting warehouses.')).toEqual(['Nabil Abdallah']);
    expect(speakersOf('Ann Roe, the president of Acme Corp., said sales fell.')).toEqual(['Ann Roe']);
    expect(speakersOf('The mayor, 61-year-old Rosa Lind, said the roads were closed.')).toEqual(['Rosa Lind']);
    expect(speakersOf("The council's finance chief, Cllr Priya Shah, said the authority had no choice.")).toEqual(['Priya Shah']);
    expect(
      speakersOf(
        "Talks stalled in Baku. Small island states walked out of a meeting on Saturday, according to two delegates. The group's chair, Cedric Schuster of Samoa, said the islands had been ignored.",
      ),
    ).toEqual(['two delegates', 'Cedric Schuster']);
    expect(speakersOf('One analyst, Ann Holt of Peel Hunt, said the shares were cheap. Another, Tom Reyes at Halden Capital, disagreed.')).toEqual([
      'Ann Holt',
    ]);
    // ... also past the body's article.
    expect(speakersOf('The moderator, Kyle Melinn of the Michigan Research Service, asked both candidates about jobs.')).toEqual(['Kyle Melinn']);
    // ... also where the body's name was not found whole, or was typed a person.
    expect(speakersOf('Her solicitor, Harriet Wynne of the Centre for Women’s Justice, said outside court: “Kerry has waited six years.”')).toEqual([
      'Harriet Wynne',
    ]);
    expect(speakersOf('The solicitor, Harriet Wynne of Leigh Day, said the ruling was right.')).toEqual(['Harriet Wynne']);
    // An honour after the name is no part of it.
    expect(speakersOf('His barrister, Sarah Quinn KC, told the jury it was thin. “It was fake,” said Tom Reyes QC. Ms Quinn agreed.')).toEqual([
      'Sarah Quinn',
      'Tom Reyes',
    ]);
    expect(speakersOf('Speaking on the plan, the Commissioner for Transportation, Mr Oluwaseun Osiyemi, noted that traffic had eased.')).toEqual([
      'Oluwaseun Osiyemi',
    ]);
  });

  it('a name in apposition inside a relative clause is not the subject', () => {
    expect(speakersOf('The governor, who spoke through his press secretary, Gboyega Akosile, said the roads would open in May.')).toEqual(['The governor']);
    expect(speakersOf('Many families fled. One of them, 45-year-old farmer Abul Kashem, said his house was hit.')).toEqual(['Abul Kashem']);
  });

  it('after the cue, a person named in apposition to a bystander\'s noun speaks: "said one driver, Lee Brand."', () => {
    expect(speakersOf('“It is chaos,” said one driver, Lee Brand. “Nobody knows what is going on.”')).toEqual(['Lee Brand']);
    expect(speakersOf('“We lost everything,” said a shopkeeper, Ann Holt.')).toEqual(['Ann Holt']);
  });

  it('so does one named after a place’s role, past the possessive: "said Ukraine’s foreign minister, Dmytro Kuleba"', () => {
    expect(speakersOf('“We will not give up,” said Ukraine’s foreign minister, Dmytro Kuleba.')).toEqual(['Dmytro Kuleba']);
  });

  it('after the cue, a person\'s aide or kin speaks, not the person: "said Mr. Pike\'s campaign manager"', () => {
    const quotes = extract('Test\n\n“We are closing the gap,” said Mr. Pike’s campaign manager. “Ann is tired,” said Ann Holt’s husband.').quotes;
    expect(quotes.map((q) => q.speaker.mention?.text)).toEqual(['Mr. Pike’s campaign manager', 'Ann Holt’s husband']);
    expect(quotes.map((q) => q.speaker.name)).not.toContain('Tom Pike');
    // (A body's spokesman may speak as the body; a person named in apposition speaks.)
    expect(speakersOf('“The quay is safe,” said Mr. Pike’s lawyer, Jo Hart.')).toEqual(['Jo Hart']);
  });

  it('a subject described, then named past a title in apposition, speaks for a joined cue: "…, Cllr Mike Harris, apologised and said"', () => {
    expect(speakersOf("The council's education chief, Cllr Mike Harris, apologised to families and said the schools would reopen.")).toEqual(['Mike Harris']);
  });

  it('initials set alone after a description name the speaker: "the largest union, LO, said"', () => {
    expect(speakersOf("The Bank of Norland held rates. But the country's largest union, LO, said high rates were hurting families.")).toEqual(['LO']);
  });

  it('a name written like a function word ("WHO", "US") is a name, not a pronoun', () => {
    expect(speakersOf('The outbreak is spreading, the WHO said.')).toEqual(['WHO']);
    expect(speakersOf('The outbreak, WHO said, is spreading faster in rural districts.')).toEqual(['WHO']);
    expect(speakersOf('The outbreak is spreading, said the WHO.')).toEqual(['WHO']);
    expect(speakersOf('Talks will resume next week, said US officials.')).toEqual(['US officials']);
    // The pronoun and the relative pronoun are still read as such.
    expect(speakersOf('Ann Roe, who chairs the board, said sales fell.')).toEqual(['Ann Roe']);
  });

  it("a legislator's party and state set off after the name do not speak", () => {
    expect(speakersOf('Sen. Tom Hale, R-Ohio, who has broken with his party before, told reporters he was open to a deal.')).toEqual(['Tom Hale']);
  });

  it('a name ending in "Jr." speaks for the verb after it', () => {
    expect(speakersOf('President Ferdinand Marcos Jr. said his government would not be “cowed”, according to a statement from his office.')).toEqual([
      'Ferdinand Marcos Jr.',
    ]);
  });

  it('a name in apposition to a role with what it is of is the subject a participle cue goes with', () => {
    expect(
      speakersOf(
        'The plant was financed by a consortium led by the African Development Bank. "This project is a model for the region," said Dr. Ibrahim Sesay, the bank\'s director for power.\n\nKenya\'s Cabinet Secretary for Energy, Opiyo Wandayi, welcomed the project, saying it would help the country reach its target of 100 percent clean electricity by 2030.',
      ),
      // ("welcomed the project" is his too.)
    ).toEqual(['Ibrahim Sesay', 'Opiyo Wandayi', 'Opiyo Wandayi']);
  });

  it('two organizations joined by "and" as the subject speak together, as two persons do', () => {
    expect(speakersOf('Toyota and Honda said they would cut output in Japan.')).toEqual(['Toyota and Honda']);
    expect(speakersOf('Unilever and Nestle both said prices would rise.')).toEqual(['Unilever and Nestle']);
    // A place is no one speaking with an organization.
    expect(speakersOf('In Paris and Brussels, officials said the talks had stalled.')).toEqual(['officials']);
  });

  it('two places, or two parties the second with its article, joined as the subject speak together', () => {
    expect(speakersOf('Both France and Italy have long said that higher taxes are needed to fund defence.')).toEqual(['France and Italy']);
    expect(speakersOf('Russia and China said on Monday they would veto the resolution.')).toEqual(['Russia and China']);
    expect(speakersOf('Turnout was low. Both Labour and the Liberal Democrats have long said the seat was winnable.')).toEqual([
      'Labour and Liberal Democrats',
    ]);
  });

  it('a quantifier floated after the subject ("both", "all", "each") is no speaker', () => {
    expect(speakersOf('Ann Holt and Tom Weller both said the plan would fail.')).toEqual(['Ann Holt and Tom Weller']);
    expect(speakersOf('The three senators each said the bill was flawed.')).toEqual(['three senators']);
    expect(speakersOf('Sens. Ann Holt (D-Ore.) and Tom Weller (D-Ohio) all suggested that the claims were false.')).toEqual(['Tom Weller']);
    expect(speakersOf('Local voters all said the vote was fair.')).toEqual(['Local voters']);
  });

  it('a person after an organization or possessor and a title speaks', () => {
    expect(speakersOf('“We will appeal,” said CNN host Ana Silva.')).toEqual(['Ana Silva']);
    expect(speakersOf('The talks failed, noted CNN’s Ana Silva.')).toEqual(['Ana Silva']);
    expect(speakersOf('Mark Reed’s campaign manager Ana Silva said as much on Monday, arguing that the polls were wrong.')).toEqual(['Ana Silva']);
    expect(speakersOf('“We will appeal,” said Del. Ana Silva of Guam.')).toEqual(['Ana Silva']);
    expect(speakersOf('“We will grow in Asia,” said Pirelli SpA chairman and chief executive Marco Rossi.')).toEqual(['Marco Rossi']);
  });

  it('an organization modifying a noun for people does not speak for them, after the cue or before it', () => {
    const story = 'The Labour Party met on Monday. The talks collapsed, said a Labour Party source in the room. A Labour Party source said the vote was lost.';
    expect(speakersOf(story)).toEqual(['a Labour Party source', 'A Labour Party source']);
  });

  it('a place standing for its government speaks across an aside, after "the" too', () => {
    expect(speakersOf('The Kremlin, in a statement, said the talks were useful.')).toEqual(['Kremlin']);
    expect(speakersOf('The White House, in a statement, said the nominee was qualified.')).toEqual(['White House']);
  });

  it('a plural’s possessive stays in the subject: "A tenants\' group sued …, alleging"', () => {
    expect(speakersOf("A tenants' group sued the landlord on Wednesday, alleging that it ignored complaints.")).toEqual(["A tenants' group"]);
  });

  it('a possessor opening the sentence is not the subject a later cue shares', () => {
    expect(speakersOf("Marsh's spokesman, Eli Cohen, declined to comment on the vote but said the governor was open to a smaller bill.")).toEqual([
      'Eli Cohen',
      'Eli Cohen',
    ]);
  });

  it('writing put up somewhere speaks, not the place it hangs', () => {
    expect(speakersOf('The sign on the door read: “Closed until further notice.”')).toEqual(['The sign']);
    expect(speakersOf('A banner outside the hall said the strike would go on.')).toEqual(['A banner']);
  });

  it('the noun before the prepositions speaks', () => {
    expect(speakersOf('Tom Reyes spoke. “We will appeal,” Mr. Reyes of the Farmers Union said.')).toEqual(['Tom Reyes']);
    expect(speakersOf('Experts on trade and farm policy said the deal was unfair.')).toEqual(['Experts']);
    expect(speakersOf('Observers in Lisbon and around the world said the vote was fair.')).toEqual(['Observers']);
    expect(speakersOf('Attorneys for the family said the video was clear.')).toEqual(['Attorneys']);
    expect(speakersOf('Advocates for homeless people said the plan would help. An advocate for the homeless said it was late.')).toEqual([
      'Advocates',
      'An advocate',
    ]);
    expect(speakersOf('A spokeswoman for Hillary Clinton says the report is false.')).toEqual(['A spokeswoman']);
  });

  it('a dashed aside after an apposition closes it as a comma would', () => {
    expect(speakersOf('Ann Cole, the chief executive of Northwind Retail -- the firm that owns the stores -- told me sales were strong.')).toEqual([
      'Ann Cole',
    ]);
    expect(speakersOf('Tom Hale -- a director of Fabrikam Partners -- said sales fell.')).toEqual(['Tom Hale']);
  });

  it('a group counted with "of" speaks whole', () => {
    expect(speakersOf('A group of parents said the schools were failing.')).toEqual(['A group of parents']);
  });

  it('an organization in a description after a name does not speak', () => {
    expect(speakersOf('Ana Silva, president of the Farmers Union, which represents 9,000 growers, said the deal was unfair.')).toEqual(['Ana Silva']);
    // "who" after the body closing an apposition is the person described.
    expect(
      speakersOf('Naveed Sattar, a professor of medicine at the University of Glasgow, who was not involved in the work, said people may differ.'),
    ).toEqual(['Naveed Sattar']);
  });

  it('people named with an organization are not the organization; its report and its analysts are', () => {
    expect(speakersOf('Several former CNN reporters said the network was biased.')).toEqual(['Several former CNN reporters']);
    expect(speakersOf('European Union leaders warn that the bloc could fall apart.')).toEqual(['European Union leaders']);
    expect(speakersOf('Two Nordvik Bank sources told Reuters the lender would cut jobs.')).toEqual(['Two Nordvik Bank sources']);
    expect(speakersOf('U.N. peacekeepers in the area said they had seen heavy fire.')).toEqual(['U.N. peacekeepers']);
    // Any role noun after a determiner names a person who may speak.
    expect(speakersOf('The professor urged city officials to act.')).toEqual(['The professor']);
    expect(speakersOf('Three OPEC+ sources told Reuters the group would meet.')).toEqual(['sources']);
    expect(speakersOf('The Reuters survey found that voters were leaving.')).toEqual(['Reuters']);
    expect(speakersOf('Analysts at the Lowy Institute in Sydney said the alliance was weakening.')).toEqual(['Lowy Institute']);
    // A place only says where people are from: "One councillor from Leeds" speaks.
    expect(speakersOf('One councillor from Leeds said the cut was a mistake.')).toEqual(['One councillor']);
    expect(speakersOf('Climate negotiators in Baku agreed to triple the money for poorer nations.')).toEqual(['Climate negotiators']);
    // Also a part of the place, after "across" or "around".
    expect(speakersOf('Small bakeries across northern England say energy bills are forcing them to close.')).toEqual(['Small bakeries']);
    expect(speakersOf('Farmers around rural Iowa said the harvest was poor.')).toEqual(['Farmers']);
    // Also a place named with its article: "the" is the place's, not the head's.
    expect(speakersOf('Ferry crews in the Velmora Islands said the crossing was unsafe.')).toEqual(['Ferry crews']);
    expect(speakersOf('Schools in the Netherlands largely reaffirm old ideas of order.')).toEqual(['Schools']);
    expect(speakersOf('The Netherlands said the crossing was unsafe.')).toEqual(['Netherlands']);
  });

  it('a side described by its competition is the club named before, not the competition', () => {
    expect(speakersOf('Arsenal have signed Kai Lund. The Premier League club said the fee was undisclosed.')).toEqual(['Arsenal']);
    expect(speakersOf('Arsenal beat Chelsea 2-1. The Premier League said the match would be reviewed.')).toEqual(['Premier League']);
    // A rugby union's league, and a league named with its capital letter ("Serie A"), too.
    expect(speakersOf('Bath beat Leicester on Sunday. The Premiership club said it would appeal the red card.')).toEqual(['Bath']);
    expect(speakersOf('Napoli sold Ruiz last week. The Serie A side said the fee was a record.')).toEqual(['Napoli']);
  });

  it('bodies by their kind speak: a commission, a panel, a hospital, a club', () => {
    expect(speakersOf('The electoral commission rejected the complaint, saying the results had been verified.')).toEqual(['The electoral commission']);
    expect(speakersOf('The hospital confirmed that two patients had died. The club announced that the match would go ahead.')).toEqual([
      'The hospital',
      'The club',
    ]);
  });

  it('a plural’s possessive after the cue stays inside the speaker phrase', () => {
    expect(speakersOf('“We cannot eat promises,” said the farmers’ leader.')).toEqual(['the farmers’ leader']);
    expect(speakersOf("'It is over,' said the pilots' union.")).toEqual(["the pilots' union"]);
  });

  it('"A person familiar with the plans" is the person', () => {
    expect(speakersOf('A person familiar with the company’s plans said it would release a rival model.')).toEqual(['A person']);
  });

  it('the noun a relative clause hangs from speaks, not the words of the clause', () => {
    expect(speakersOf('Officials who attended the meeting said the plan was dead.')).toEqual(['Officials']);
    expect(speakersOf('People who know him say he will run again.')).toEqual(['People']);
    expect(speakersOf('Two sources who reviewed the files told Reuters the deal was off.')).toEqual(['Two sources']);
    expect(speakersOf('Lawyers who represent the family told reporters the video was clear.')).toEqual(['Lawyers']);
    expect(speakersOf('The report that was released on Monday says the river is polluted.')).toEqual(['The report']);
    // "who" stands for the person, not for the place after its noun; "which" for the nearest phrase.
    expect(speakersOf('The plan may calm nervous Democrats in Ohio, who have argued that it helps them.')).toEqual(['nervous Democrats']);
    expect(speakersOf('China and India, which together vowed to cut emissions, met again.')).not.toContain('together');
  });

  it('"that" after a plural noun opens its relative clause with the verb\'s plain form: "Residents that fear …"', () => {
    expect(speakersOf('Residents that fear the valley will flood again told the inquiry the fields held back the water.')).toEqual(['Residents']);
    // (What the parents oppose is theirs too.)
    expect(speakersOf('Parents that oppose the closure said the school was the heart of the village.')).toEqual(['Parents', 'Parents']);
    // A noun with a verb of its own after "that" is the clause's subject, no verb of the relative clause.
    expect(speakersOf('Forecasters warned families that rain could flood homes.')).toEqual(['Forecasters']);
  });

  it('a plural noun the lexicon does not know as a speaker speaks past its "that" clause: "Commuters that use the station say"', () => {
    expect(speakersOf('Commuters that use the station say they rely on staff to buy the right ticket.')).toEqual(['Commuters']);
    // A verb the lexicon knows only as an adjective whose form in -s is a verb: "live", "own".
    expect(speakersOf('Residents that live near the line told the council the crossing was unsafe at night.')).toEqual(['Residents']);
    expect(speakersOf('Shoppers that own cars said the new charges were too high.')).toEqual(['Shoppers']);
    expect(speakersOf('But commuters that use the station say they rely on staff.')).toEqual(['commuters']);
    // A singular noun before "that" is no subject the plain verb agrees with, and a plural deep in the
    // sentence may be an object.
    expect(speakersOf('The council warned the owner that live wires were exposed.')).toEqual(['The council']);
    const campaign =
      "The campaign wants to end the deferral of income and close loopholes like guidelines that allow firms to tell ''one regulator that the unit is a bank.''";
    expect(speakersOf(campaign)).toEqual(['The campaign']);
  });

  it('people a present participle and its object follow speak, not the object', () => {
    expect(speakersOf('Lawyers representing the Osei family said they would appeal.')).toEqual(['Lawyers']);
    expect(speakersOf('Nurses staffing the field hospital told reporters supplies were short.')).toEqual(['Nurses']);
    expect(speakersOf('Officials supervising the count in Travis County said results would come late.')).toEqual(['Officials']);
    expect(speakersOf('Residents including the local vicar said the road was unsafe.')).toEqual(['Residents']);
  });

  it('people with no plural "s" opening the sentence before a present participle speak, not the place it names', () => {
    // (a bus depot shut overnight, its workers told nothing)
    const story = 'The bus firm shut its depot in Leeds on Monday. Staff working at the depot said they had been given no warning.';
    expect(speakersOf(story)).toEqual(['Staff']);
    expect(speakersOf('Depot staff working night shifts said the closure came out of the blue.')).toEqual(['Depot staff']);
    expect(speakersOf('Police searching the depot said they had found nothing.')).toEqual(['Police']);
  });

  it('the noun a past participle hangs from speaks, not the names after the participle', () => {
    expect(speakersOf('Residents interviewed by the Daily Courier said they had received no warning.')).toEqual(['Residents']);
    expect(speakersOf('A lawsuit filed on Tuesday in federal court in Boston alleges that the firm hid the data.')).toEqual(['A lawsuit']);
    expect(speakersOf('Documents seen by Reuters show that the bank knew of the losses.')).toEqual(['Documents']);
    expect(speakersOf('People briefed on the talks said a deal was close.')).toEqual(['People']);
    // "accused of", "convicted of": and a head the subject hangs from by "for" speaks past it.
    expect(speakersOf('A woman convicted of murder in 2010 said she was innocent.')).toEqual(['A woman']);
    expect(speakersOf('The lawyer for a man accused of setting fire to a barn told the court that his client was innocent.')).toEqual(['The lawyer']);
    // The client the story names next is no lawyer.
    expect(speakersOf('The lawyer for a man accused of arson told the court that his client was framed.\n\nTom Reyes, 41, says he was at home.')).toEqual([
      'The lawyer',
      'Tom Reyes',
    ]);
    // One person acting on someone after an article; a friend of someone speaks past them.
    expect(speakersOf('The attorney representing Sarah Lee told reporters the charges were absurd.')).toEqual(['The attorney']);
    expect(speakersOf('A friend of the victim said he had been a gentle soul.')).toEqual(['A friend']);
    expect(speakersOf('A letter signed by 40 senators urges the president to veto the bill.')).toEqual(['A letter']);
    // A document's author speaks for it; a verb before the participle makes it no reduced clause.
    expect(speakersOf('A report released on Monday by the World Bank says growth will slow.')).toEqual(['World Bank']);
    expect(speakersOf('After the plant closed, workers interviewed outside the gates said they were angry.')).toEqual(['workers']);
    expect(speakersOf('The mayor, who was elected in May, said the budget was balanced.')).toEqual(['The mayor']);
  });

  it('"late" or "early" before a time stands between the subject and the cue', () => {
    expect(speakersOf('The ministry late on Friday said the border would stay closed.')).toEqual(['The ministry']);
    expect(speakersOf('The unions early on Monday announced that the strike was over.')).toEqual(['The unions']);
  });

  it('modifiers joined by "and" stay in the phrase; a verb after "to" does not', () => {
    expect(speakersOf('Police and fire officials said the blaze was under control.')).toEqual(['Police and fire officials']);
    // Two roles of one person, or two groups: "The former first lady and U.S. senator said".
    expect(speakersOf('Ann Holt spoke at the forum. The former first lady and U.S. senator said it was a mistake.')).toEqual(['Ann Holt']);
    expect(speakersOf('World leaders and diplomats expressed outrage over the test.')).toEqual(['World leaders and diplomats']);
    expect(speakersOf('The vote is likely to reassure nervous investors, who have argued that rates must fall.')).toEqual(['nervous investors']);
    expect(speakersOf('According to exit polls, the governor won easily.')).toEqual(['exit polls']);
  });

  it('a name in apposition to a subject is the person; a phrase after a comma hangs from its head', () => {
    expect(speakersOf('Sudan’s ambassador, Al-Harith Idriss, rejected the report, saying it was biased.')).toEqual(['Al-Harith Idriss']);
    // A trade no role list holds titles the name as a role would.
    expect(speakersOf('Her former boss in Lyon, chef Laurent Morel, says he was not surprised when she left.')).toEqual(['Laurent Morel']);
    // An organization's name may qualify the title words before the name.
    expect(speakersOf('The first witness, IRS special agent Tom Reyes, testified that the singer had lied.')).toEqual(['Tom Reyes']);
    expect(speakersOf('The agency’s top voice, FEMA spokeswoman Dana Holt, said roads were closed.')).toEqual(['Dana Holt']);
    // A participle qualifies a lower-case title word as an adjective would.
    expect(speakersOf('A neighbour, retired teacher Walter Gibbs, said the fire started at night.')).toEqual(['Walter Gibbs']);
    // So may a possessor right before the name.
    expect(speakersOf('The moderator, WTTW’s Anna Schutz, asked how they would close the gap.')).toEqual(['Anna Schutz']);
    // A phrase opening the sentence before the subject sets off no apposition of its own.
    expect(speakersOf('In a joint statement, the ambassadors of 12 countries, including Kenya, urged leaders to show restraint.')).toEqual(['the ambassadors']);
    expect(speakersOf('A nurse at one of the group’s hospitals, who asked not to be named, said morale was low.')).toEqual(['A nurse']);
  });

  it('a source kept unnamed with no commas: the head before "who asked not to be identified" speaks, and "refused to be named" is no stance', () => {
    expect(speakersOf('A port official who asked not to be identified said the board had voted.')).toEqual(['A port official']);
    expect(speakersOf('A port official who asked not to be quoted said the board had voted.')).toEqual(['A port official']);
    expect(speakersOf('One dock worker who refused to be named said the crews would strike.')).toEqual(['One dock worker']);
    // A refusal of anything else stays a stance its subject takes.
    expect(speakersOf('Ann Holt refused to be rushed into a vote.')).toEqual(['Ann Holt']);
  });

  it('a pronoun after the cue opens the content; capitalised common words opening the sentence name a speaker', () => {
    const body = 'The union would strike again, he said.\n\nNetwork Rail, which owns the tracks, said it was disappointed.';
    expect(extract(`Strike talks collapse as rail workers walk out\n\n${body}`).quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      [null, 'The union would strike again'],
      ['Network Rail', 'it was disappointed'],
    ]);
  });

  it('a conjunction opening the sentence is no part of the speaker: "Although aides said"', () => {
    expect(speakersOf('Although aides said the plan was dead, the mayor kept it.')).toEqual(['aides']);
    // Nor is one opening a clause after a comma.
    expect(speakersOf('The trial will last weeks, although legal experts said a long sentence was unlikely.')).toEqual(['legal experts']);
    expect(speakersOf('The plant will close, because regulators said it was unsafe.')).toEqual(['regulators']);
    // A past form before an object pronoun is the verb, not part of the subject.
    expect(speakersOf('After saying the park was unsafe, the mayor closed it.')).toEqual(['the mayor']);
  });

  it('a part of a group opening the sentence is the subject of a participle', () => {
    expect(speakersOf('Four of the commission’s seven members disowned the results, saying the process had been opaque.')).toEqual([
      'Four of the commission’s seven members',
    ]);
  });

  it('a message put out by someone speaks for them', () => {
    const article = (sentence: string) => `The Nordvik ministry of finance met on Monday.\n\nDonald Trump attacked his rival.\n\n${sentence}`;
    expect(speakersOf(article('The ministry issued a statement on Monday saying the talks had failed.'))).toContain('The ministry');
    expect(speakersOf(article('Trump unleashed a series of tweets early Friday saying that his rival had shown bad judgment.'))).toContain('Donald Trump');
  });

  it('nouns for people by office or kind, not for what speaks for an organization', () => {
    expect(['leaders', 'nominee', 'reporters', 'experts'].every(namesPeople)).toBe(true);
    expect(['spokesman', 'report', 'survey', 'statement'].some(namesPeople)).toBe(false);
  });

  it('a journalist from an outlet asks for its readers, not as the outlet’s voice', () => {
    const story = 'The minister took questions. A reporter from the Leeds Gazette asked whether the plan would survive. “It will,” the minister said.';
    expect(speakersOf(story)[0]).toBe('A reporter');
    expect(speakersOf('A journalist from Radio Nord asked whether the border would reopen.')).toEqual(['A journalist']);
  });

  it('a cleric’s style before the name in apposition is part of the title: "the Very Rev", "the Rt Rev"', () => {
    const story =
      'The Dean of Wells, the Very Rev Tom Abbot, said the roof would be mended. “It will take a year,” the dean said. ' +
      'The Bishop of Hull, the Rt Rev Ann Price, said the diocese would pay.';
    expect(speakersOf(story)).toEqual(['Tom Abbot', 'Tom Abbot', 'Ann Price']);
  });
});

describe('a head before a list of names', () => {
  it('speaks past every name of the list, not its last two', () => {
    expect(speakersOf('Governors from Iowa, Missouri and Nebraska said the rules were unfair to farmers.')).toEqual(['Governors']);
    expect(speakersOf('Officials in New York, New Jersey and Connecticut said the storm had passed.')).toEqual(['Officials']);
  });
});

describe('one person described at where they work', () => {
  it('"A midwife at the trust said": the person, whatever the trade, not the trust', () => {
    expect(speakersOf('The trust has apologised to the family. A midwife at the trust said: “We were short of two staff that night.”')).toEqual(['A midwife']);
    expect(speakersOf('A porter at Leeds General Infirmary said staff were exhausted. One carer at the home said she had not been paid.')).toEqual([
      'A porter',
      'One carer',
    ]);
  });

  it('a role the lexicon knows counts, whatever its ending: "A nurse at the trust told"', () => {
    expect(speakersOf('A nurse at Northfield Hospitals NHS Trust told the Gazette that morale had been low for years.')).toEqual(['A nurse']);
    expect(speakersOf('A teacher at Ashgrove Academy said pupils had been sent home early.')).toEqual(['A teacher']);
  });

  it('a spokesman at a body still speaks for it', () => {
    expect(speakersOf('A spokesman at Leeds General Infirmary said the ward would reopen.')).toEqual(['Leeds General Infirmary']);
  });
});

describe('a document whose subject names a body', () => {
  it('"A review into maternity care at the trust has found": the review, not the trust', () => {
    expect(speakersOf('A review into maternity care at Northfield Hospitals NHS Trust has found that staff shortages contributed to delays.')).toEqual([
      'A review',
    ]);
    expect(speakersOf('An investigation into Thames Water found that the company had misled customers.')).toEqual(['An investigation']);
    expect(speakersOf('An inquiry into the collapse of Carillion said the board had failed.')).toEqual(['An inquiry']);
  });

  it('a body a survey was made of may still speak through its members', () => {
    expect(speakersOf('Officials at the Treasury said the review into pensions would report in May.')).toEqual(['Treasury']);
  });
});

describe('a place after the noun that opens a sentence', () => {
  it('is where those who speak are: "Councils across southern England have accused"', () => {
    expect(speakersOf('Councils across southern England have accused the government of forcing them to build on protected land.')).toEqual(['Councils']);
    expect(speakersOf('Hospitals in Wales have warned that winter will be hard.')).toEqual(['Hospitals']);
  });
});

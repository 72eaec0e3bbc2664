// Indirect speech in forms wire copy uses beside "X said": a trailing source for the whole sentence,
// a speech noun in the subject, denials of a claim, and talks held to discuss something. Short
// examples written for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';
import { speakersOf } from '../../support/extraction.js';

/** The quotes the contract emits for an article whose first line is its headline, as [kind, speaker surface, parts]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes
    .filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.kind, q.speaker.mention?.text ?? null, q.parts.map((p) => p.text.replace(/^that\s+/u, ''))]);
}

describe('evidence named after the content', () => {
  it('", the minutes showed" closes what was argued and reports the sentence before it', () => {
    const quotes = quotesOf('Board members argued that the bank should wait until the spring, the minutes showed.');
    expect(quotes).toContainEqual(['INDIRECT', 'Board members', ['the bank should wait until the spring']]);
    expect(quotes).toContainEqual(['INDIRECT', 'the minutes', ['Board members argued that the bank should wait until the spring']]);
  });

  it('", court records show" and ", a survey found" close the content too', () => {
    expect(quotesOf('Ann Holt told investigators that she had paid the bribe in cash, court records show.')).toContainEqual([
      'INDIRECT',
      'Ann Holt',
      ['she had paid the bribe in cash'],
    ]);
    expect(quotesOf('The mayor said the city would hire 200 officers, a survey found.')).toContainEqual([
      'INDIRECT',
      'The mayor',
      ['the city would hire 200 officers'],
    ]);
  });
});

describe('evidence as the subject', () => {
  it('a document found or showed a clause without "that", also after "released Thursday" or its maker’s name', () => {
    expect(quotesOf('A survey released Thursday found Trump and Biden were tied at 44 percent.')).toEqual([
      ['INDIRECT', 'A survey released Thursday', ['Trump and Biden were tied at 44 percent']],
    ]);
    expect(quotesOf('A Franklin & Marshall College survey found Trump and Biden tied at 44 percent.')).toEqual([
      ['INDIRECT', 'Franklin & Marshall College', ['Trump and Biden tied at 44 percent']],
    ]);
    // Whoever else finds something speaks no words.
    expect(quotesOf('Police found the car abandoned near the river.')).toEqual([]);
  });

  it('a document by its maker, and a poll average, find or show as documents do', () => {
    expect(quotesOf('A 2014 study by Justin Levitt found 31 incidents of voter impersonation.')).toEqual([
      ['INDIRECT', 'A 2014 study', ['31 incidents of voter impersonation']],
    ]);
    expect(speakersOf('A 2014 study by Justin Levitt found 31 incidents of voter impersonation.')).toEqual(['Justin Levitt']);
    expect(quotesOf('Polling averages show Clinton with a lead of three points.')).toHaveLength(1);
  });

  it('the head of the subject is the document, whatever name stands inside it or after it', () => {
    // (Both makers are bodies: the one right before the document speaks.)
    expect(quotesOf('The latest Reuters/Ipsos poll showed Ann Holt leading the field with 31 percent.')).toEqual([
      ['INDIRECT', 'Ipsos', ['Ann Holt leading the field with 31 percent']],
    ]);
    expect(quotesOf('Holt gained a day after a Mercer College poll last month showed her trailing by two points.')).toEqual([
      ['INDIRECT', 'Mercer College', ['her trailing by two points']],
    ]);
    expect(quotesOf('Early results of exit polls conducted by Dunmore Research show two-thirds of voters back the plan.')).toEqual([
      ['INDIRECT', 'Dunmore Research', ['two-thirds of voters back the plan']],
    ]);
    // A name after the head, not its maker, is no speaker: the document is.
    expect(quotesOf('Early results from Sunderland show a swing of four points to the Conservatives.')).toEqual([
      ['INDIRECT', 'Early results', ['a swing of four points to the Conservatives']],
    ]);
    // Past a phrase set off by commas, however many names it lists.
    expect(quotesOf('The poll, conducted by Ipsos for the BBC, ITV and Sky, shows the Conservatives as the largest party.')).toEqual([
      ['INDIRECT', 'The poll', ['the Conservatives as the largest party']],
    ]);
    expect(quotesOf('The ballot showed 82 per cent of members backed walkouts.')).toEqual([
      ['INDIRECT', 'The ballot', ['82 per cent of members backed walkouts']],
    ]);
    // A noun after the document word is the head ("poll workers"), and speaks no findings.
    expect(quotesOf('Poll workers at the Mercer College site found the ballots had been moved.')).toEqual([]);
  });

  it('a judging body’s finding of a clause is its ruling, not its finding of a person or a thing', () => {
    expect(quotesOf('An arbitration panel found the United States was in breach of the agreement.')).toEqual([
      ['INDIRECT', 'An arbitration panel', ['the United States was in breach of the agreement']],
    ]);
    expect(quotesOf('The jury found him guilty of murder.')).toEqual([]);
    expect(quotesOf('The panel found no evidence of fraud.')).toEqual([]);
  });
});

describe('a speech noun in the subject', () => {
  it('the clause ends before the predicate after a passive ("had been rigged was rejected")', () => {
    expect(quotesOf('Her claim that the vote had been rigged was rejected by the court.')).toEqual([['INDIRECT', 'Her', ['the vote had been rigged']]]);
  });

  it('"the bank\'s forecast that …" is the noun, its clause ending before "was seen"', () => {
    expect(quotesOf('The bank’s forecast that growth would reach 1 percent next year was seen as optimistic by analysts.')).toEqual([
      ['INDIRECT', 'The bank', ['growth would reach 1 percent next year']],
    ]);
  });
});

describe('denials', () => {
  it('"denied it", "denied the allegations" and "denied any wrongdoing" report what was denied', () => {
    expect(quotesOf('Police questioned Tom Fields on Monday. Fields denied it.')).toEqual([['INDIRECT', 'Fields', ['it']]]);
    expect(quotesOf('Mayor Ann Holt denied the allegations and said she had followed the law.')).toEqual([
      ['INDIRECT', 'Ann Holt', ['the allegations']],
      ['INDIRECT', 'Ann Holt', ['she had followed the law']],
    ]);
    expect(quotesOf('The Saudi government has denied any involvement in the attacks.')).toEqual([
      ['INDIRECT', 'The Saudi government', ['any involvement in the attacks']],
    ]);
  });

  it('a denied act is a gerund with its object, also after "and" with the subject shared', () => {
    expect(quotesOf('Iran has denied seeking nuclear weapons.')).toEqual([['INDIRECT', 'Iran', ['seeking nuclear weapons']]]);
    expect(quotesOf('A police spokesman confirmed that 14 people had been arrested and denied using live ammunition.')).toEqual([
      ['INDIRECT', 'A police spokesman', ['14 people had been arrested']],
      ['INDIRECT', 'A police spokesman', ['using live ammunition']],
    ]);
    expect(quotesOf('The senator denied ever meeting the lobbyist.')).toEqual([['INDIRECT', 'The senator', ['ever meeting the lobbyist']]]);
  });

  it('"denied funding" is a refusal, no act denied', () => {
    expect(quotesOf('The council denied funding for the project.')).toEqual([]);
  });

  it('a denied claim ends where a clause of its own goes on', () => {
    expect(quotesOf('Bishop Ray Lowe denied the charges and the former student later recanted his story.')).toEqual([
      ['INDIRECT', 'Ray Lowe', ['the charges']],
    ]);
  });

  it('"denied bail", "denied him entry" and "denied the motion" are refusals', () => {
    expect(quotesOf('Judge Ann Holt denied bail.')).toEqual([]);
    expect(quotesOf('Border officials denied him entry on Monday.')).toEqual([]);
    expect(quotesOf('Judge Ann Holt denied the motion on Tuesday.')).toEqual([]);
  });

  it('"denied that …" still reports its clause after an earlier one', () => {
    expect(quotesOf('The senator said it was a mistake, but she denied that she mishandled classified information.')).toContainEqual([
      'INDIRECT',
      'she',
      ['she mishandled classified information'],
    ]);
  });
});

describe('talks held to discuss something', () => {
  it('"met with X on Wednesday to discuss …" reports what was discussed', () => {
    expect(quotesOf('Governor Ellen Marsh met with union leaders on Wednesday to discuss the layoffs.')).toEqual([
      ['INDIRECT', 'Ellen Marsh', ['the layoffs']],
    ]);
    expect(quotesOf('Foreign Minister Anna Krause met on Tuesday with her Polish counterpart to discuss the crisis.')).toEqual([
      ['INDIRECT', 'Anna Krause', ['the crisis']],
    ]);
  });

  it('a discussion one went to hold is reported as one held ("traveled with aides to discuss")', () => {
    expect(quotesOf('Senator Ann Holt traveled with aides to discuss the merger.')).toEqual([['INDIRECT', 'Ann Holt', ['the merger']]]);
  });
});

describe('causes given and a second side after "with"', () => {
  it('"attributed the decline to a mild winter" reports the cause given', () => {
    expect(quotesOf('Chief Executive Sarah Lind attributed the decline to a mild winter in Europe.')).toEqual([
      ['INDIRECT', 'Sarah Lind', ['the decline to a mild winter in Europe']],
    ]);
    expect(quotesOf('The company attributed the loss to higher fuel costs.')).toEqual([['INDIRECT', 'The company', ['the loss to higher fuel costs']]]);
  });

  it('a quote attributed to someone is no cause given', () => {
    expect(quotesOf('The remarks attributed to him were false.')).toEqual([]);
    expect(quotesOf('The quote was wrongly attributed to Lincoln.')).toEqual([]);
  });

  it('", with Rome demanding …" ends the first side\'s content and reports its own', () => {
    expect(quotesOf('Italy called for a joint European response, with Rome demanding more help from Brussels.')).toEqual([
      ['INDIRECT', 'Italy', ['a joint European response']],
      ['INDIRECT', 'Rome', ['more help from Brussels']],
    ]);
  });

  it('", with three people killed" goes on with the content', () => {
    expect(quotesOf('The ministry said the talks had failed, with three people killed in the fighting.')).toEqual([
      ['INDIRECT', 'The ministry', ['the talks had failed, with three people killed in the fighting']],
    ]);
  });
});

describe('who goes on speaking', () => {
  it("a participle after a speech noun in the object goes with the subject, not with the noun's owner", () => {
    expect(quotesOf('Senator Tom Whitcomb dismissed Lisa Moreno’s claim that the bill was bipartisan, calling it a partisan wish list.')).toContainEqual([
      'INDIRECT',
      'Tom Whitcomb',
      ['it a partisan wish list'],
    ]);
  });

  it('"who" after a person\'s role at a body stands for the person', () => {
    const quotes = extract('Test article\n\nMark Ellis, an analyst at Barrow Securities, who expects a dividend cut, said the guidance was optimistic.').quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Mark Ellis']);
    const predicted = extract(
      'Test article\n\n“The door is wide open,” said Akiko Mori, chief economist at Daiwa Research, who predicted a rate increase.',
    ).quotes;
    expect(predicted.map((q) => q.speaker.name)).toEqual(['Akiko Mori', 'Akiko Mori']);
  });

  it('so does "who" right after a role at a body named with "the" ("a staffer at the State Department who told")', () => {
    const quotes = extract('Test article\n\nThe list names John Bentel, a staffer at the State Department who told colleagues the server was safe.').quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['John Bentel']);
  });
});

describe('a summing-up noun set off after the content', () => {
  it('", a position shared by …" and ", a request not always honored" are the narrator\'s comment', () => {
    expect(quotesOf('Senator Ann Holt argued that the agency needs more oversight, a position shared by several colleagues.')).toEqual([
      ['INDIRECT', 'Ann Holt', ['the agency needs more oversight']],
    ]);
    expect(quotesOf('Host Ann Holt asked the guests to avoid personal attacks, a request not always honored.')).toEqual([
      ['INDIRECT', 'Ann Holt', ['the guests to avoid personal attacks']],
    ]);
    expect(quotesOf('The minister said the economy would grow by 3 percent, a forecast most economists consider optimistic.')).toEqual([
      ['INDIRECT', 'The minister', ['the economy would grow by 3 percent']],
    ]);
  });

  it('a time set off after the content stays in it, a person described closing the sentence does not', () => {
    expect(quotesOf('The minister said the deal would close in March, a month later than planned.')).toEqual([
      ['INDIRECT', 'The minister', ['the deal would close in March, a month later than planned']],
    ]);
    expect(quotesOf('The minister said he had met Tom Lee, a lawyer who represents the family.')).toEqual([
      ['INDIRECT', 'The minister', ['he had met Tom Lee']],
    ]);
  });
});

describe('speech in the passive with its speaker after "by"', () => {
  /** Every quote, sure or not, as [speaker name, content]. */
  const allQuotes = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.speaker.name, q.parts.map((p) => p.text).join(' ')]);

  it('"were first reported by the Financial Times" reports the subject', () => {
    expect(allQuotes('The job cuts were first reported by the Financial Times.')).toEqual([['Financial Times', 'The job cuts']]);
    expect(allQuotes('The decision was announced by Mayor Ann Holt on Tuesday.')).toEqual([['Ann Holt', 'The decision']]);
  });

  it('a plural subject spelt like a verb, and a speaker followed by when it spoke', () => {
    expect(allQuotes('The arrests were confirmed by police late on Sunday.')).toEqual([['police', 'The arrests']]);
  });

  it('"It was announced that …" and "It is understood that …" report the clause with no speaker, or the one after "by"', () => {
    expect(allQuotes('It was announced on Monday that the government would set up an inquiry.')).toEqual([[null, 'the government would set up an inquiry']]);
    expect(allQuotes('The talks went on, but it is understood that no deal is close.')).toEqual([[null, 'no deal is close']]);
    expect(allQuotes('It has been reported that the minister will resign.')).toEqual([[null, 'the minister will resign']]);
    expect(allQuotes('It was confirmed by police on Sunday that 14 people had been arrested.')).toEqual([['police', '14 people had been arrested']]);
  });

  it('"when it was revealed that …": the impersonal passive also opens a clause of time or cause, not a condition', () => {
    expect(allQuotes('The mayor came under fire when it was revealed in May that she had sold the ferry.')).toEqual([[null, 'she had sold the ferry']]);
    expect(allQuotes('Shares in Velmora Mills fell after it was announced that the plant would close.')).toEqual([[null, 'the plant would close']]);
    expect(allQuotes('The loan will be repaid if it is confirmed that the dam is safe.')).toEqual([]);
    // (opening the sentence, the clause ends at its comma)
    expect(allQuotes('When it was said that the mill would close, Velmora voted to buy it.')).toEqual([[null, 'the mill would close']]);
    expect(allQuotes('In the spring when it was said that the mill would close, Velmora voted to buy it.')).toEqual([[null, 'the mill would close']]);
  });

  it('"Residents were told that …" reports the clause told, with no speaker, or the one after "by"', () => {
    expect(allQuotes('Tenants were told that the lifts would be out of service until June.')).toEqual([[null, 'the lifts would be out of service until June']]);
    expect(allQuotes('Drivers have been warned that the bridge will close for a week.')).toEqual([[null, 'the bridge will close for a week']]);
    expect(allQuotes('Shop staff were informed by the owners on Friday that the branch would shut.')).toEqual([['the owners', 'the branch would shut']]);
    expect(allQuotes('We’re told that the ferry will sail again on Monday.')).toEqual([[null, 'the ferry will sail again on Monday']]);
    expect(allQuotes("It's been reported that the coach will leave the club.")).toEqual([[null, 'the coach will leave the club']]);
  });

  it('"Residents were told at a meeting on Monday that …": past where and when the telling was', () => {
    expect(allQuotes('Residents were told at a public meeting on Monday that extra patrols would be in place.')).toEqual([
      [null, 'extra patrols would be in place'],
    ]);
    expect(allQuotes('Parents were warned last year that pupils needed more sleep.')).toEqual([[null, 'pupils needed more sleep']]);
    expect(allQuotes('Investors had been told at an investor day in June that margins would hold.')).toEqual([[null, 'margins would hold']]);
    // (an order told before the clause is no occasion: "told to leave and that …")
    expect(allQuotes('Staff were told in person to leave and that the office would close.')).toEqual([]);
  });

  it('"was later told by her GP that …": the one after "by" speaks, whatever noun names them, up to when', () => {
    expect(allQuotes('Mrs Wells was later told by her GP that the scan was clear.')).toEqual([['her GP', 'the scan was clear']]);
    expect(allQuotes('She was told by the ombudsman that the bank should have spotted the fraud.')).toEqual([
      ['the ombudsman', 'the bank should have spotted the fraud'],
    ]);
    expect(allQuotes('Staff were told by managers last week that the plant would close.')).toEqual([['managers', 'the plant would close']]);
    // "later" stands between the auxiliary and the participle as an adverb does: the one told is no speaker.
    expect(allQuotes('Mr Cole was earlier told that his car had been found.')).toEqual([[null, 'his car had been found']]);
  });

  it('"was told by letter that …" names no one, and after who told the clause may follow without "that"', () => {
    expect(allQuotes('His wife was informed by letter that the waiting list had grown.')).toEqual([[null, 'the waiting list had grown']]);
    expect(allQuotes('Keith Dyson was told by doctors he would need a new hip.')).toEqual([['doctors', 'he would need a new hip']]);
    expect(allQuotes('He was later told by the hospital his operation had been postponed.')).toEqual([['the hospital', 'his operation had been postponed']]);
    expect(allQuotes('Patients were told by managers last week they would be moved.')).toEqual([['managers', 'they would be moved']]);
    expect(allQuotes('Staff were warned by union officials the plan could cost jobs.')).toEqual([['union officials', 'the plan could cost jobs']]);
  });

  it('what was told by nobody named, "according to" a source, is that source\'s report', () => {
    expect(allQuotes('Cleaners were told that their hours would be halved, according to the union.')).toEqual([
      ['the union', 'Cleaners were told that their hours would be halved'],
    ]);
    // ("motions calling for …" inside it is no report that stands instead.)
    const told = allQuotes('Members were told that the board would not debate motions calling for a strike, according to two stewards.');
    expect(told).toContainEqual(['two stewards', 'Members were told that the board would not debate motions calling for a strike']);
  });

  it('a negated telling, or an order told, reports nothing', () => {
    expect(allQuotes('Parents were not told that the school would close.')).toEqual([]);
    expect(allQuotes('Drivers were told to leave their cars at home.')).toEqual([]);
  });

  it('"It is believed that …" and "It is not known whether …" report nothing', () => {
    expect(allQuotes('It is believed that the minister will resign.')).toEqual([]);
    expect(allQuotes('It is not known whether the minister will resign.')).toEqual([]);
  });

  it('a pronoun subject or no speaker after "by" reports nothing', () => {
    expect(allQuotes('It was announced by the company that the plant would close.').filter(([, c]) => c === 'It')).toEqual([]);
    expect(allQuotes('The plan was announced by mail.')).toEqual([]);
  });
});

// What the narrator adds after reported speech, closing its content: where it was said with a time
// or a listener ("in an interview published on Sunday"), a last relative clause in the present after
// a past cue ("…, which are pricing in three cuts this year"), a noun summing up what came of it
// (", a decision that could cost it millions") and what the speaker did after a quotation ("… and
// swears …"), a poll's comparison with other shares (", compared with 37 percent for …"), another
// figure's clause after what a figure of a group said (", while 21 percent found it better"); and where
// another source's report opens ("… and others said …"). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quotesSaid } from '../../support/extraction.js';

/** The words said of each quote of an article whose first line is its headline (without an opening "that"). */
function saidIn(body: string) {
  return extract(`Test article\n\n${body}`).quotes.map((q) => q.text.replace(/^that\s+/u, ''));
}

describe('where it was said, with a participle, a time or a listener on it', () => {
  it('closes a phrase reported', () => {
    expect(saidIn('The mayor praised the new tram line in an interview published on Sunday.')).toEqual(['the new tram line']);
    expect(saidIn('Senator Ruiz criticised the budget director and his deputies in an email Friday to her staff.')).toEqual([
      'the budget director and his deputies',
    ]);
  });

  it('stays with a speech the content itself reports', () => {
    expect(saidIn('The agency said it asked for the files back in a letter Friday to the court.')).toEqual([
      'it asked for the files back in a letter Friday to the court',
    ]);
  });
});

describe('a last relative clause in the present after a past cue', () => {
  it("is the narrator's", () => {
    expect(saidIn('Ms Varga told reporters that the bank would not be rushed by markets, which are pricing in three cuts this year.')).toEqual([
      'the bank would not be rushed by markets',
    ]);
    expect(saidIn('The union said more walkouts were possible in June, when the company is due to report its results.')).toEqual([
      'more walkouts were possible in June',
    ]);
    expect(saidIn('The senator said the trip was worth it despite the cost to his campaign in Ohio, where he trails the governor by ten points.')).toEqual([
      'the trip was worth it despite the cost to his campaign in Ohio',
    ]);
  });

  it('goes on with what was said when it is short, in the past, set off inside, or the cue is in the present perfect', () => {
    expect(saidIn("The senator said he would back the bill, which was his party's main priority this year.")).toEqual([
      "he would back the bill, which was his party's main priority this year",
    ]);
    expect(saidIn('The trust said the ward was closed, which is normal in the summer.')).toEqual(['the ward was closed, which is normal in the summer']);
    expect(saidIn('Dr Lam said the clinic, which is the only one in the county, will stay open.')).toEqual([
      'the clinic, which is the only one in the county, will stay open',
    ]);
    expect(saidIn('Dr Lam has said the clinic will stay open, which is a relief to hundreds of families in the valley.')).toEqual([
      'the clinic will stay open, which is a relief to hundreds of families in the valley',
    ]);
    expect(saidIn('Ms Cole said there was a gap in pay, when it comes to how many women reach the top of the firm.')).toEqual([
      'there was a gap in pay, when it comes to how many women reach the top of the firm',
    ]);
  });
});

describe('a noun summing up what came of what was said', () => {
  it("is the narrator's comment", () => {
    expect(saidIn('A judge ruled on Monday that the port authority had broken the law, a decision that could cost it millions.')).toEqual([
      'the port authority had broken the law',
    ]);
    expect(saidIn('Analysts said the regulator could force a sale of the stores, an outcome investors expect would hit the shares.')).toEqual([
      'the regulator could force a sale of the stores',
    ]);
    expect(saidIn('The bank said it would raise its key rate by half a point, the first move in that direction since 2019.')).toEqual([
      'it would raise its key rate by half a point',
    ]);
    expect(saidIn('The coach said the team would play a pressing game, an approach other clubs have copied.')).toEqual(['the team would play a pressing game']);
  });

  it('not as the subject of what was said', () => {
    expect(saidIn('The firm said the result was a draw.')).toEqual(['the result was a draw']);
  });
});

describe('a quotation and the narration after it', () => {
  it("a quotation right after the cue ends before the speaker's next act", () => {
    expect(saidIn('At every rally the candidate says "The farmers love me" and swears he will never sign a deal that hurts them.')).toEqual([
      'The farmers love me',
    ]);
    expect(saidIn('Since 2010 the share of voters saying "the council should build more homes" increased by 12 points.')).toEqual([
      'the council should build more homes',
    ]);
  });

  it('quoted words closing a clause end before a past form of the narration', () => {
    expect(saidIn('Ms Hale said she was "deeply sorry" and resigned the next day.')).toEqual(['she was "deeply sorry"']);
  });

  it('but not before quoted words the speaker goes on with, or a second clause', () => {
    expect(saidIn('Mr Ruiz said the senator had been in office for "far too long" and passed "barely any laws."')).toEqual([
      'the senator had been in office for "far too long" and passed "barely any laws."',
    ]);
    expect(saidIn('The mayor said the new bridge was "a disgrace" and that the contractor should pay.')).toEqual([
      'the new bridge was "a disgrace" and that the contractor should pay',
    ]);
  });
});

describe('another source joined by "and" or a comma', () => {
  it('opens a report of its own: "others", "many", or a speaker noun with its determiner', () => {
    expect(saidIn('Ms Hart said the talks had failed and others said a deal was still close.')).toEqual(['the talks had failed', 'a deal was still close']);
    expect(saidIn('The drivers said they would strike on Monday and the company said it was disappointed.')).toEqual([
      'they would strike on Monday',
      'it was disappointed',
    ]);
    expect(saidIn('Some residents said the park should stay open, many said it should close.')).toEqual(['the park should stay open', 'it should close']);
  });

  it('not a noun of the content itself', () => {
    expect(saidIn('Ms Hart said the company and the union had agreed a deal.')).toEqual(['the company and the union had agreed a deal']);
  });
});

describe("after a poll's share, a comparison with other shares", () => {
  it("is the narrator's", () => {
    expect(saidIn('Some 41 percent of voters said the mayor would handle crime better, compared with 37 percent for her rival.')).toEqual([
      'the mayor would handle crime better',
    ]);
    expect(saidIn('About 52% said they had a positive view of the plan, up from 44% in March.')).toEqual(['they had a positive view of the plan']);
  });

  it('an amount compared by another speaker stays with what was said', () => {
    expect(saidIn('The bank said profits rose 5 percent, compared with 3 percent a year earlier.')).toEqual([
      'profits rose 5 percent, compared with 3 percent a year earlier',
    ]);
  });
});

describe('after what a figure of a group said, "while" and another figure', () => {
  it("open the narrator's contrast", () => {
    expect(quotesSaid('Some 62 percent of ferry users said the new timetable was worse, while 21 percent found it better.')).toEqual([
      { cue: 'said', speaker: 'Some 62 percent of ferry users', text: 'the new timetable was worse' },
    ]);
    expect(quotesSaid('About half of the dockers say they want a strike, while about 3 in 10 want more talks.').map((q) => q.text)).toEqual([
      'they want a strike',
    ]);
    expect(quotesSaid('In all, 1,204 members said they backed the new pier, while 87 members favored repairs.').map((q) => q.text)).toEqual([
      'they backed the new pier',
    ]);
  });

  it('stay with what a poll found, and with what a speaker said', () => {
    expect(quotesSaid('The harbour survey found that 312 of the traders back the levy, while only 40 oppose it.').map((q) => q.text)).toEqual([
      '312 of the traders back the levy, while only 40 oppose it',
    ]);
    expect(quotesSaid('Ann Holt said the pier would reopen, while 30 percent of traders doubt it.').map((q) => q.text)).toEqual([
      'the pier would reopen, while 30 percent of traders doubt it',
    ]);
  });
});

describe('a description set off after the last word of what was reported, closing the sentence', () => {
  it("is the narrator's", () => {
    expect(saidIn('Mark Ellison said he would vote for Dana Holt, a former schools auditor who has never held elected office.')).toEqual([
      'he would vote for Dana Holt',
    ]);
    expect(saidIn('The governor said she had spoken to Paul Greer, the incumbent accused of mishandling the bond sale.')).toEqual([
      'she had spoken to Paul Greer',
    ]);
    expect(saidIn('The coach said the club would appeal against the ban on Tom Ruane, the striker sent off on Saturday.')).toEqual([
      'the club would appeal against the ban on Tom Ruane',
    ]);
    expect(saidIn('Ms Holt said the county had to rebuild trust after the collapse of Harbor Trust, a local lender.')).toEqual([
      'the county had to rebuild trust after the collapse of Harbor Trust',
    ]);
  });

  it("is the narrator's after a phrase reported too, unless the phrase is a name alone", () => {
    expect(saidIn('The mayor praised the new library on Mill Street, a former bank bought by the council in 2019.')).toEqual([
      'the new library on Mill Street',
    ]);
    expect(saidIn('Councillor Ann Rowe announced her candidacy at Fenwick College, the school founded by her grandfather.')).toEqual([
      'her candidacy at Fenwick College',
    ]);
    expect(saidIn('The minister welcomed the report on the Fenwick Trust, the embattled charity.')).toEqual(['the report on the Fenwick Trust']);
    expect(saidIn('The skipper thanked the crews of Fenwick and Alnmouth, the two stations that answered the call.')).toEqual([
      'the crews of Fenwick and Alnmouth',
    ]);
  });

  it('goes on as a list, a name, a clause of its own or within quote marks', () => {
    expect(saidIn('The mayor criticised Alicia Hale, the former harbour master.')).toEqual(['Alicia Hale, the former harbour master']);
    expect(saidIn('The bishop thanked the lifeboat crews of Fenwick, Alnmouth and their families.')).toEqual([
      'the lifeboat crews of Fenwick, Alnmouth and their families',
    ]);
    expect(saidIn('The skipper spoke of his brother and his nephew, Tom, the boy who found the boat.')).toEqual([
      'his brother and his nephew, Tom, the boy who found the boat',
    ]);
    expect(saidIn('The harbour master noted that in the worst weeks, the ferry was late every day.')).toEqual([
      'in the worst weeks, the ferry was late every day',
    ]);
    expect(saidIn('He said he had met Obama, the Pope and a rabbi from Leeds.')).toEqual(['he had met Obama, the Pope and a rabbi from Leeds']);
    expect(saidIn('She said the county should back the bill, the Clean Rivers Act.')).toEqual(['the county should back the bill, the Clean Rivers Act']);
    expect(saidIn('The chairman said he was glad to be back in Leyton, a crowd of fans cheered outside.')).toEqual([
      'he was glad to be back in Leyton, a crowd of fans cheered outside',
    ]);
    expect(saidIn('The mayor said the scheme was “a shambles, a waste of public money.”')).toEqual(['the scheme was “a shambles, a waste of public money.”']);
  });
});

describe('how the words went out: a go-between, a medium, an occasion (a pier’s repairs)', () => {
  it('closes what was said: through a lawyer, via a medium, on the condition of anonymity', () => {
    expect(saidIn('The harbour master said the pier had been inspected twice via Facebook on Friday.')).toEqual(['the pier had been inspected twice']);
    expect(saidIn('Two engineers said the pier was unsafe, on the condition of anonymity because they were not allowed to discuss it.')).toEqual([
      'the pier was unsafe',
    ]);
    expect(saidIn('Ann Holt has denied the allegations about the pier contract through her lawyer.')).toEqual(['the allegations about the pier contract']);
  });

  it('closes a phrase at a medium or an occasion, with a participle on it', () => {
    expect(saidIn('Mayor Tom Reyes praised the pier’s volunteers in speeches.')).toEqual(['the pier’s volunteers']);
    expect(saidIn('Ann Holt touted her record on the pier in a commercial running on local radio.')).toEqual(['her record on the pier']);
    expect(saidIn('Tom Reyes criticised the pier contract on his weekly radio show.')).toEqual(['the pier contract']);
  });

  it('not a medium in a clause of what happened, a page, a gerund’s own occasion or a channel qualifying a noun', () => {
    expect(saidIn('Ann Holt said the council spent 20,000 on radio ads for the pier.')).toEqual(['the council spent 20,000 on radio ads for the pier']);
    expect(saidIn('Ann Holt said the repair bill appears on page 3 of the report.')).toEqual(['the repair bill appears on page 3 of the report']);
    expect(saidIn('The letter accused Tom Reyes of misrepresenting the pier’s state in interviews.')).toEqual([
      'Tom Reyes of misrepresenting the pier’s state in interviews',
    ]);
    expect(saidIn('The inspectors concluded that the contractor stored the pier’s plans via a private email server.')).toEqual([
      'the contractor stored the pier’s plans via a private email server',
    ]);
  });
});

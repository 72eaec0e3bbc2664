// What is no speech, however it looks: teaser and link lines, all-capitals labels, speech that
// did not happen, and loose cue verbs with a noun phrase for content.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { otherSense } from '../../../src/extract/cue-senses.js';
import { extract } from '../../../src/extract/index.js';
import { isLabelLine } from '../../../src/extract/quotes.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { quotesSaid } from '../../support/extraction.js';

const quotesOf = (body: string) => extract(`Test article\n\n${body}`).quotes;
/** The quotes the extract command would print: those at or above the default threshold. */
const sureQuotes = (body: string) =>
  quotesOf(body)
    .filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => q.text);

describe('teaser lines and labels', () => {
  it('knows teaser and link lines and all-capitals labels', () => {
    expect(isLabelLine('READ MORE: Mayor says the bridge will close')).toBe(true);
    expect(isLabelLine('Watch: Governor says taxes will rise')).toBe(true);
    expect(isLabelLine('RELATED — Council says it will vote')).toBe(true);
    expect(isLabelLine('MARKETS: STOCKS FALL AS FED SAYS RATES WILL RISE')).toBe(true);
    expect(isLabelLine('Mayor Ann Holt said the bridge would close.')).toBe(false);
    expect(isLabelLine('WALLACE: Let us start with the bridge.')).toBe(false);
    expect(isLabelLine('“WE WILL WIN,” the crowd chanted.')).toBe(false);
  });

  it('reports no speech from them, and still from the paragraphs around them', () => {
    const quotes = quotesOf(
      'Ann Holt spoke on Monday.\n\nREAD MORE: Trump says the election is rigged against him\n\nWatch: Clinton says she will win Ohio and Florida\n\n' +
        'MARKETS: STOCKS FALL AS FED SAYS RATES WILL RISE\n\nAnn Holt said the stadium would open in May.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['the stadium would open in May']);
  });

  it('a label of the page is no speaker, and its teaser line no speech', () => {
    const quotes = quotesOf(
      'Ann Holt spoke on Monday.\n\nALSO: Police seek witnesses to a crash on Elm Street\n\n' +
        'BREAKING: Governor Ann Holt said the bridge would close at noon.\n\nEXCLUSIVE: The bridge will close for repairs, officials say.',
    );
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['the bridge would close at noon', 'Ann Holt'],
      ['The bridge will close for repairs', 'officials'],
    ]);
  });

  it('an interview transcript keeps its turns', () => {
    const quotes = quotesOf(
      'Ann Holt spoke on Monday.\n\nWALLACE: Let us start with the stadium, which costs too much.\n\nHOLT: I think the stadium will open in May.',
    );
    expect(quotes).toHaveLength(2);
  });
});

describe('speech that did not happen', () => {
  for (const sentence of [
    // (a speech verb simply negated, "would not say what …", reports what was not said: negated-speech.test.ts)
    // neither one nor the other, nobody
    'Neither Ann Holt nor Tom Reyes would say whether the stadium would close.',
    'Nobody at the ministry would confirm that the talks had collapsed.',
    'Ann Holt would neither confirm nor deny that talks were under way.',
    // speech kept back
    'Tom Reyes avoids condemning the invasion of the island.',
    'She resisted saying that he lied.',
    'He has stopped claiming that the vote was stolen.',
    // speech under a condition has not happened
    'If asked, Mayor Dana Whitfield would say the budget is balanced.',
    'Had anyone asked, the mayor might have said the budget was balanced.',
    // a source's condition is not what it said
    'One resident, who asked not to be named, was angry.',
  ]) {
    it(sentence, () => expect(quotesOf(sentence)).toEqual([]));
  }

  it('speech yet to come: after "will" or "is expected to", nothing has been said', () => {
    expect(quotesOf('The ferry company will announce new timetables next month.')).toEqual([]);
    // (only the expectation, held by nobody named: reported-clauses.test.ts)
    expect(quotesOf('The mayor is expected to unveil the budget on Friday.').map((q) => [q.act, q.speaker.name])).toEqual([['BELIEF', null]]);
    expect(quotesOf('Ann Holt is due to address the conference in Leeds on Tuesday.')).toEqual([]);
    expect(quotesOf('The council will formally declare a housing emergency next week.')).toEqual([]);
    // what was said about the future is said
    expect(quotesOf('Ann Holt said the ferry company will announce new timetables.').map((q) => q.text)).toEqual([
      'the ferry company will announce new timetables',
    ]);
    expect(quotesOf('Ann Holt announced new timetables for the ferry.').map((q) => q.speaker.name)).toEqual(['Ann Holt']);
  });

  it('speech asked of someone: a directive verb before the infinitive says it is not yet said', () => {
    // (The order itself was given: what it asks for is reported as ordered, not as explained.)
    expect(quotesOf('The regulator ordered the ferry company on Monday to explain why the crossings were cancelled.').map((q) => q.cue?.text)).toEqual([
      'ordered',
    ]);
    expect(quotesOf('Officials were told to declare any gifts worth more than 100 pounds.')).toEqual([]);
    expect(quotesOf('The mayor was forced to admit that no officials had been disciplined.').map((q) => q.speaker.name)).toEqual(['The mayor']);
  });

  it('a past form right after "as" has no speaker: "failed as predicted"', () => {
    expect(quotesOf('Patriot Coal was spun off in 2007. But in July 2012, Patriot failed as predicted.')).toEqual([]);
    expect(quotesOf('The plan failed, as experts had predicted.').map((q) => q.speaker.name)).toEqual(['experts']);
  });

  it('a negative word after the cue, or in a clause of its own before it, leaves the speech standing', () => {
    expect(quotesOf('Ann Holt said neither side had won.').map((q) => q.text)).toEqual(['neither side had won']);
    expect(quotesOf('No one was hurt and police said the fire was out.').map((q) => q.text)).toEqual(['the fire was out']);
  });

  it('a negation inside the content is still speech', () => {
    expect(quotesOf('Ann Holt said the stadium would not open in May.').map((q) => q.text)).toEqual(['the stadium would not open in May']);
  });
});

describe('a negated subject', () => {
  it('"Nobody said …", "Neither candidate said …": no one spoke', () => {
    expect(quotesOf('Nobody said the new bridge would be cheap.')).toEqual([]);
    expect(quotesOf('Neither candidate said how the bridge would be paid for.')).toEqual([]);
    expect(quotesOf('None of the engineers said the design was unsafe.')).toEqual([]);
    expect(quotesOf('Nobody was hurt, the police said.').map((q) => q.text)).toEqual(['Nobody was hurt']);
  });
});

describe('a section heading in quote marks', () => {
  it('is no quotation going on from the speaker before', () => {
    const x = extract('Test article\n\n“The coal will run out,” Ann Holt said.\n\n“Legend in the Coal Fields.”\n\n“It will not come back.”');
    expect(x.quotes.map((q) => q.text)).toEqual(['The coal will run out,', 'It will not come back.']);
  });
});

describe('words pointing back at what was said', () => {
  it('"said this while …", "expressed these views at …", "said so" report nothing new', () => {
    expect(quotesOf('Maryam Nawaz opened a hospital. She said this while addressing the opening ceremony.')).toEqual([]);
    expect(quotesOf('Maryam Nawaz opened a hospital. She expressed these views at a meeting with doctors.')).toEqual([]);
    expect(quotesOf('Ann Holt said so in a statement issued on Monday.')).toEqual([]);
    expect(quotesOf('Ann Holt said this was the worst budget in a decade.').map((q) => q.text)).toEqual(['this was the worst budget in a decade']);
  });

  it('"this" or "last" opening a subject whose verb is an auxiliary, or before what something was called, opens what was said', () => {
    expect(quotesSaid('Tom Reyes said this plan will fail.')).toEqual([{ cue: 'said', speaker: 'Tom Reyes', text: 'this plan will fail' }]);
    expect(quotesSaid("Ann Holt said last year's budget was a mistake.")).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: "last year's budget was a mistake" },
    ]);
    expect(quotesSaid('The harbour board calls this a false alarm.')).toEqual([{ cue: 'calls', speaker: 'The harbour board', text: 'this a false alarm' }]);
    // (When it was said stays out of what was said.)
    expect(quotesSaid('Tom Reyes said this week the ferry plan will fail.')).toEqual([{ cue: 'said', speaker: 'Tom Reyes', text: 'the ferry plan will fail' }]);
    expect(quotesSaid('Ann Holt said last night she would run again.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'she would run again' }]);
  });
});

describe('loose cue verbs need a clause', () => {
  it('a noun phrase after "accused", "charged", "agreed", "claimed", "reported", "maintained", or "called for" said of no one, is no sure quote', () => {
    expect(sureQuotes('Mayor Ann Holt accused the council.')).toEqual([]);
    expect(sureQuotes('The member states agreed a new budget for the fund.')).toEqual([]);
    // "cited the firm for safety lapses": a citation issued, a summons or an honour, not what was put forward.
    expect(sureQuotes('The safety board cited the ferry company for poor upkeep.')).toEqual([]);
    expect(sureQuotes('The judge cited him for contempt.')).toEqual([]);
    expect(sureQuotes('The plan calls for 200 new homes on the stadium site.')).toEqual([]);
    expect(sureQuotes('The situation called for calm.')).toEqual([]);
    expect(sureQuotes('Poor sleep could explain part of the link between night shifts and heart disease.')).toEqual([]);
    expect(sureQuotes('The mayor promised a full report on overtime spending.')).toEqual([]);
    expect(sureQuotes('The champions claimed the title with a win in Leeds.')).toEqual([]);
    expect(sureQuotes('Harlow reported a record profit for the year.')).toEqual([]);
    expect(sureQuotes('Ann Holt answered the charge in court on Monday.')).toEqual([]);
    expect(sureQuotes('Rovers maintained their lead at the top of the table with a win on Sunday.')).toEqual([]);
    expect(sureQuotes('The central bank indicated its approval of the merger.')).toEqual([]);
  });

  it('a clause after them is', () => {
    expect(sureQuotes('Ann Holt cited concerns that the stadium would never pay for itself.')).toHaveLength(1);
    // What one cites is put forward as one's evidence, said as surely as a clause: a study, a record, a case.
    expect(sureQuotes('Ann Holt cited a report by the state auditor on the stadium.')).toEqual(['a report by the state auditor on the stadium']);
    expect(sureQuotes('Tom Pike has often cited his town’s rural roots in defending his record.')).toEqual(['his town’s rural roots in defending his record']);
    expect(sureQuotes('Ann Holt cited her support for the levy.')).toEqual(['her support for the levy']);
    expect(sureQuotes('Tom Pike cited the need for a new quay.')).toEqual(['the need for a new quay']);
    expect(sureQuotes('The report cited an internal memo as proof that the ferry was unsafe.')).toEqual([
      'an internal memo as proof that the ferry was unsafe',
    ]);
    expect(sureQuotes('Ann Holt charged that the council had hidden the costs.')).toEqual(['the council had hidden the costs']);
    // A demand made by someone is speech, with a noun phrase for content too.
    expect(sureQuotes('Ann Holt called for a moratorium on new stadium projects.')).toEqual(['a moratorium on new stadium projects']);
    expect(sureQuotes('Protesters called for his dismissal.')).toEqual(['his dismissal']);
    // The reason given for what the clause before tells, "…, citing …", is said, a noun phrase as it is.
    expect(sureQuotes('The harbour board raised the mooring fees on Monday, citing the cost of dredging.')).toEqual(['the cost of dredging']);
    expect(sureQuotes('Ann Holt wrote to the board, citing the rise in ferry fares.')).toEqual(['the rise in ferry fares']);
    // What one is accused of doing is a clause of its own; being accused is no speech of the one
    // accused: the charge is passed on from nobody named, the clause with it.
    expect(sureQuotes('Mayor Ann Holt accused the council of wasting money on the stadium.')).toEqual(['the council of wasting money on the stadium']);
    expect(sureQuotes('The treasurer was accused of wasting money on the stadium.')).toEqual(['The treasurer of wasting money on the stadium']);
    expect(quotesOf('The treasurer was accused of wasting money on the stadium.').map((q) => q.speaker.name)).toEqual([null]);
    expect(sureQuotes('The member states agreed that the fund needed more money.')).toEqual(['the fund needed more money']);
    expect(sureQuotes('Ann Holt called on the council to stop the stadium project.')).toEqual(['the council to stop the stadium project']);
    expect(sureQuotes('Ann Holt explained why she backs the stadium.')).toEqual(['why she backs the stadium']);
    expect(sureQuotes('The mayor promised that the overtime report would be public.')).toEqual(['the overtime report would be public']);
    expect(sureQuotes('The mayor promised to publish the overtime report.')).toEqual(['to publish the overtime report']);
    expect(sureQuotes('The chain claimed that sales had doubled.')).toEqual(['sales had doubled']);
    expect(sureQuotes('Harlow reported that sales had doubled.')).toEqual(['sales had doubled']);
    expect(sureQuotes('Tom Hale maintained that he was innocent.')).toEqual(['he was innocent']);
    expect(sureQuotes('Ann Holt would later say that the stadium had been a mistake.')).toEqual(['the stadium had been a mistake']);
    expect(sureQuotes('Ann Holt spoke for an hour, explaining the council voted against the stadium.')).toEqual(['the council voted against the stadium']);
  });

  it('kept below the threshold, the unsure quote is still there for those who ask', () => {
    const [q] = quotesOf('The safety board cited the ferry company for poor upkeep.');
    expect(q?.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });
});

describe('cue words that are nouns or belong to another clause', () => {
  it('a cue noun after a preposition and adjectives: "of Democratic claims", "with insulting remarks"', () => {
    expect(quotesOf('The site rated 22% of Democratic claims as true – a 2 to 1 margin.')).toEqual([]);
    expect(quotesOf('Ann Holt confronted him with insulting remarks he had made about women.')).toEqual([]);
  });

  it('"calls" after a preposition and a participle, or a determiner, is a noun: "amid growing calls for …"', () => {
    expect(quotesOf('The minister resigned on Friday amid growing calls for an inquiry.')).toEqual([]);
    expect(quotesOf('The coach stayed on despite repeated calls for him to go.')).toEqual([]);
    expect(quotesOf('The mounting calls for reform grew louder.')).toEqual([]);
    // a word the lexicon does not know may modify the noun too: the aim of a meeting is no speech
    expect(quotesOf('Foreign ministers met in Cairo to agree on a joint call for a truce in the region.')).toEqual([]);
    expect(quotesOf('The union calls for a strike.').map((q) => q.speaker.name)).toEqual(['The union']);
    expect(quotesOf('The police call for calm after the riot.').map((q) => q.speaker.name)).toEqual(['The police']);
  });

  it('a quoted title is no quotation of the speaker a later clause names', () => {
    expect(quotesOf('The spot, titled “Arrogant,” features a New York Times report on his taxes.')).toEqual([]);
    expect(quotesOf('Ann Holt gave an interview for the project on “Women in Power,” answering questions.').filter((q) => q.kind === 'DIRECT')).toEqual([]);
  });
});

describe('a report noun with its clause', () => {
  it('"seizing upon a New York Times report that …": the clause is what the report says', () => {
    expect(quotesOf('Ann Holt seized upon a New York Times report that the mayor had lost $9 million.')).toMatchObject([
      { cue: { text: 'report' }, text: 'the mayor had lost $9 million', speaker: { name: 'New York Times' } },
    ]);
  });

  it('not a report naming where the clause was said, after the cue', () => {
    expect(quotesOf('The agency said in its weekly report that flu cases were rising.')).toMatchObject([
      { cue: { text: 'said' }, text: 'flu cases were rising', speaker: { name: 'The agency' } },
    ]);
  });

  it('not a relative clause, or a report noun as the subject', () => {
    expect(quotesOf('The report that was released on Monday is long.')).toEqual([]);
    expect(quotesOf('A Reuters report that prices rose was wrong.')).toEqual([]);
  });

  it("a pronoun owner speaks: the clause is said, up to the sentence's own verb", () => {
    expect(quotesOf('Tom Reyes lost the vote. His claim that the count was rigged caused an uproar.')).toMatchObject([
      { cue: { text: 'claim' }, text: 'the count was rigged', speaker: { name: 'Tom Reyes' } },
    ]);
  });

  it('a relative clause with a cue reports nothing from the name before it', () => {
    const qs = quotesOf('Finance Minister Karl Berg, whose party insisted on sticking to the debt rule, said the budget was fair.');
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['Karl Berg', 'the budget was fair']]);
  });

  it('a claim the speaker then denies or disputes is no speech of that speaker', () => {
    const qs = quotesOf('Ann Roe said Tom Hale wanted to cut pensions, a charge Hale denied.');
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['Ann Roe', 'Tom Hale wanted to cut pensions']]);
    expect(quotesOf('The mill will close next year, a claim the company disputed.')).toEqual([]);
    // So is a view or an argument set after the comma.
    const view = quotesOf('Some economists argued the levy was too low, a view the government rejects.');
    expect(view.map((q) => [q.speaker.name, q.text])).toEqual([['Some economists', 'the levy was too low']]);
    // With a bare plural for the subject the claim and the people read as one phrase, and are still two.
    expect(quotesOf('The dam was never inspected, an allegation engineers rejected.')).toEqual([]);
    // A description of the speaker after the comma still leaves the clause to them.
    expect(quotesOf('The mill will close next year, the company said.').map((q) => q.text)).toEqual(['The mill will close next year']);
    expect(quotesOf('The bank froze the funds, an account holder said.').map((q) => q.text)).toEqual(['The bank froze the funds']);
  });

  it('how something was said is no content: "she said, her voice breaking"', () => {
    expect(quotesOf('“I trusted him,” Ann Roe said, her voice breaking.').map((q) => q.text)).toEqual(['I trusted him,']);
  });

  it('a possessed noun and its state after "said," is how it was said, whatever word follows the noun', () => {
    const body = '“The water came at night,” Tom Reese said, his boots covered in mud. “We had ten minutes.”';
    expect(quotesOf(body).map((q) => [q.kind, q.parts.map((p) => p.text)])).toEqual([['DIRECT', ['The water came at night,', 'We had ten minutes.']]]);
    const faint = '“I am not leaving,” Paul Grant said, his voice barely audible over the sirens. “This is my home.”';
    expect(quotesOf(faint).map((q) => q.parts.length)).toEqual([2]);
    // With no comma the same words are what was said.
    expect(quotesOf('Ann Roe said her company fixed the leak.').map((q) => q.text)).toEqual(['her company fixed the leak']);
  });

  it('how it was taken after whom it was told is no content: "told the crowd, her voice drowned out by boos"', () => {
    const booed = '“The depot will stay open,” Ann Holt told the crowd, her voice drowned out by boos.';
    expect(quotesOf(booed).map((q) => q.text)).toEqual(['The depot will stay open,']);
    const cheered = '“We will rebuild the pier,” Tom Reese told reporters, to cheers from the harbour workers.';
    expect(quotesOf(cheered).map((q) => q.text)).toEqual(['We will rebuild the pier,']);
    // Before the cue the words said stand unquoted, and "to" with a noun is no infinitive said.
    const cheeredAfter = 'The ferry to Arden will keep running, Ann Holt told the dockers, to cheers from the pier.';
    expect(quotesOf(cheeredAfter).map((q) => q.text)).toEqual(['The ferry to Arden will keep running']);
    expect(quotesOf('“Not one berth will go,” Tom Reese told Ann Holt, to rowdy applause.').map((q) => q.text)).toEqual(['Not one berth will go,']);
    // An infinitive after the listener and the comma is still what was told.
    expect(quotesOf('Ann Holt told the dockers, to keep the ferry running.').map((q) => q.text)).toEqual(['to keep the ferry running']);
    // A clause after the listener and the comma is still what was told, a passive one too.
    expect(quotesOf('Ann Holt told the council, her ward was ignored by the city.').map((q) => q.text)).toEqual(['her ward was ignored by the city']);
  });

  it('a person named with a description after the cue is who spoke, not what was said', () => {
    const body = '“For bus drivers, she is saying the right things” about wages, said union organiser Ana Ruiz, a former driver at the depot.';
    expect(quotesOf(body).some((q) => /Ana Ruiz/u.test(q.text))).toBe(false);
    // A name opening a clause is said, as is a described name with its verb.
    expect(quotesOf('Officials said Ana Ruiz, the pilot, had flown 600 hours.').map((q) => q.text)).toEqual(['Ana Ruiz, the pilot, had flown 600 hours']);
  });

  it('a relative clause after "he said," goes on with what was said before the cue, never is all of it', () => {
    const body = 'Tom Abbs met the staff. Managers had offered a 5 percent rise, he said, which was the most the trust could afford.';
    expect(quotesOf(body).map((q) => [q.speaker.name, q.text])).toEqual([['Tom Abbs', 'Managers had offered a 5 percent rise']]);
  });

  it('a contest given up or claimed is no speech: "conceded the race", "declared victory"', () => {
    expect(quotesOf('Ana Ruiz conceded the race to Tom Hale on Tuesday night.')).toEqual([]);
    expect(quotesOf('Tom Hale declared victory in the mayoral race on Tuesday.')).toEqual([]);
    expect(quotesOf('Ana Ruiz, who conceded defeat on Tuesday, will leave office in May.').map((q) => q.text)).toEqual([]);
    // A clause after the cue is what was said, the same nouns opening it.
    expect(quotesOf('Ana Ruiz conceded the race was lost.').map((q) => q.text)).toEqual(['the race was lost']);
    expect(quotesOf('Tom Hale declared victory was near.').map((q) => q.text)).toEqual(['victory was near']);
  });

  it('a plea in court is no speech: "pleaded guilty to two counts"', () => {
    expect(quotesOf('Alex Roe pleaded guilty in December to two counts of fraud. Tom Hale pleaded not guilty to the charges.')).toEqual([]);
  });
});

describe('cue verbs in a sense that is no speech', () => {
  for (const sentence of [
    // a plea in court
    'A former club treasurer admitted 14 counts of theft at Bristol Crown Court.',
    'The driver admitted causing death by careless driving.',
    'Two directors denied three charges of false accounting.',
    // a phrasal verb
    'Stewards warned off a group of fans near the tunnel.',
    'The bank wrote that off years ago.',
    'Crews wrote down the readings every hour.',
    // telling apart
    'Pigeons can tell three dots from four, scientists found.',
    'It is too early to tell whether the new vaccine lasts.',
    // adding to something, an idiom, a door
    'Sales rose 3 percent, adding to signs that the slump is over.',
    'The researchers added two more species to the list.',
    'The streaming firm struggles to add subscribers in a crowded market.',
    'The chain added stores in Texas last year.',
    'The farmers agreed to give it a year before selling the herd.',
    'The mayor and the council agreed to disagree about the budget.',
    'Ann Holt answered the door in her slippers.',
    'Nimbus Technologies unveiled an assistant that can read and answer a user’s email in seconds.',
    'Ann Holt reported the break-in to police on Sunday.',
    // what is responded to
    'The navy will respond firmly to any attack on its ships.',
    'Firefighters responded to the blaze shortly after midnight, and police responded to reports of gunfire.',
    'The company has not replied to requests from the Herald.',
    // a thing kept
    'While Tom Reed maintains the title harbour master and travels with the mayor, Ann Holt has hired two advisers.',
    'Mrs. Holt maintained an energetic pace into her eighties.',
    // someone let in
    'In 1998, in the council’s 80-19 vote for admitting Velmora, Ostrava and the Lind Islands to the alliance both parties split 4 to 1 in favor.',
    'The harbour board ramped up efforts to admit Ostravan families as refugees after the number of arrivals spiked in 2014.',
    // an -ing form named as a thing
    'The harbour office found the posting, reported it to the police, and removed it on Thursday.',
    'Tom Reed sent the note after Ann Holt published a 2005 collection of his writing that included a less than flattering profile of the mayor.',
    // the figures a result is measured against
    'Advertising revenue rose 21% in the third quarter, beating Wall Street estimates.',
    'Profit fell to £212m, below City forecasts.',
  ]) {
    it(sentence, () => expect(quotesOf(sentence)).toEqual([]));
  }

  it('an activity watched is no speech: "observed voting"', () => {
    const quotes = quotesOf('Maria Lund of the Velmora Observers Group, who observed voting in the northern towns, praised the count.');
    expect(quotes.map((q) => q.cue?.text)).not.toContain('observed');
  });

  it('"say" and "show" after an article, or a show after its kind, are nouns', () => {
    const senseAt = (sentence: string, word: string) => {
      const tokens = tokenize(sentence);
      const i = tokens.findIndex((t) => t.text === word);
      return otherSense(tokens, i, word);
    };
    expect(senseAt('The skippers want a say in the plan to sell the quay.', 'say')).toBe(true);
    expect(senseAt('Quay Today was the only show that covered the strike.', 'show')).toBe(true);
    expect(senseAt('She was interviewed about the TV show Quayside.', 'show')).toBe(true);
    expect(senseAt('Polls that show Ann Holt ahead were published on Monday.', 'show')).toBe(false);
    expect(senseAt('The polls show Ann Holt ahead.', 'show')).toBe(false);
    expect(senseAt('They say the quay will close.', 'say')).toBe(false);
  });

  it('the same verbs report speech in their speech sense', () => {
    expect(quotesOf('Ann Holt maintained the ferry was safe.').map((q) => q.text)).toEqual(['the ferry was safe']);
    expect(quotesOf('Ann Holt repeated her warning that the quay would flood.').map((q) => q.text)).toEqual(['the quay would flood']);
    expect(quotesOf('Ann Holt admitted her mistake to the council.').map((q) => q.text)).toEqual(['her mistake to the council']);
    expect(quotesOf('Ann Holt has long maintained that the ferry was safe.').map((q) => q.text)).toEqual(['the ferry was safe']);
    expect(quotesOf('As Tom Reed observed, the harbour is busier than ever.').map((q) => q.text)).toEqual(['the harbour is busier than ever']);
    expect(quotesOf('Goldman Sachs estimates that the deal is worth £3bn.').map((q) => q.text)).toEqual(['the deal is worth £3bn']);
    expect(quotesOf('Ann Holt answered questions about the budget for an hour.').map((q) => q.text)).toEqual(['questions about the budget for an hour']);
    expect(quotesOf('The treasurer admitted that she had taken the money.').map((q) => q.text)).toEqual(['she had taken the money']);
    expect(quotesOf('The treasurer admitted the club had lost money.').map((q) => q.text)).toEqual(['the club had lost money']);
    expect(quotesOf('Ann Holt told a reporter from the Herald that the derby would go ahead.').map((q) => q.text)).toEqual(['the derby would go ahead']);
    expect(quotesOf('Pigeons can tell the difference between the two lights, the study found.').map((q) => q.text)).toEqual([
      'Pigeons can tell the difference between the two lights',
    ]);
    expect(quotesOf('Ravi Shah said down the phone that he was delighted.').map((q) => q.text)).toEqual(['he was delighted']);
    expect(quotesOf('The council added that rents would rise again in May.').map((q) => q.text)).toEqual(['rents would rise again in May']);
    expect(quotesOf('Ann Holt added officials had been warned.').map((q) => q.text)).toEqual(['officials had been warned']);
    expect(quotesOf('Ann Holt agreed to pay the fine.').map((q) => q.text)).toEqual(['to pay the fine']);
    expect(
      quotesOf(
        'Nordvik will respond firmly to any attack on its tankers, the state news agency NTB quoted Foreign Minister Lars Dahl as saying on Sunday.',
      ).map((q) => q.cue?.text),
    ).toEqual(['saying']);
    expect(quotesOf('Ann Holt replied to the letter that the fine was unfair.').map((q) => q.text)).toEqual(['the fine was unfair']);
    expect(quotesOf('Ann Holt responded to the critics: “We followed every rule.”').map((q) => q.text)).toEqual(['We followed every rule.']);
  });
});

describe('an accusation of doing, whom with an abbreviation', () => {
  it('is sure speech, as without the abbreviation', () => {
    expect(sureQuotes('Ann Holt accused Dr. Reyes of hiding the figures from the board.')).toEqual(['Dr. Reyes of hiding the figures from the board']);
    expect(sureQuotes('Tom Reyes accused Mr. Pike of running the club into the ground.')).toEqual(['Mr. Pike of running the club into the ground']);
  });
});

describe('a result posted as an amount', () => {
  it('is no speech, in a headline or a sentence', () => {
    const text = 'Club posts £2.1m loss as wage bill climbs\n\nThe carmaker posted a $3bn profit for the quarter as sales of hybrids rose.';
    expect(extract(text).quotes.map((q) => q.cue?.text)).toEqual([]);
  });

  it('while what was posted in words stays speech', () => {
    expect(quotesOf('The senator posted that the vote had been rigged.').map((q) => q.text)).toEqual(['the vote had been rigged']);
  });
});

describe("the narrator's hedges and tallies", () => {
  it('"All told" and "too early to say" report no speech, and a speaker saying them still speaks', () => {
    const story =
      'All told, 300 homes were flooded in Marsh End. It is too early to say whether the new pool will open in May. ' +
      "It's still too soon to tell how many cars were lost. Needless to say, the council was blamed. It is fair to say the " +
      'barrier failed. Suffice it to say the clean-up will be slow. Ms Holt told reporters it was too early to say whether the pool would open.';
    expect(quotesOf(story).map((q) => [q.text, q.speaker.name])).toEqual([['it was too early to say whether the pool would open', 'Holt']]);
  });
});

describe('a warning extended "to" a place or a day', () => {
  it('reports nothing: "to" before a name or a day is no infinitive', () => {
    const story =
      'The Met Office has extended its amber warning to Wales. Police have extended their warning to Monday. ' +
      'The coastguard has widened its yellow warning to Cornwall on Friday.';
    expect(quotesOf(story).map((q) => q.text)).toEqual([]);
  });

  it('while a warning to do something, or to people, is still speech', () => {
    expect(quotesOf('The Met Office warned drivers to stay off the roads in Wales.').map((q) => q.text)).toEqual(['drivers to stay off the roads in Wales']);
    expect(quotesOf('Ann Holt agreed to pay the fine by Monday.').map((q) => q.text)).toEqual(['to pay the fine by Monday']);
  });
});

describe('a cue word that is a noun with a relative clause', () => {
  it('"that" and a verb at once after it open a relative clause, no content', () => {
    expect(sureQuotes('A big win for the mayor is a new city rule that lifts the cap on rents.')).toEqual([]);
    expect(sureQuotes('The harbour board is weighing rules that would have allowed ships to dock at night.')).toEqual([]);
    expect(sureQuotes('Voters in Velmora face litmus-test questions that would decide their choices.')).toEqual([]);
    expect(sureQuotes('The deal spared Ann Holt the harbour charges that could follow the audit.')).toEqual([]);
  });

  it('after a speaker, or with a subject after "that", the word is still a verb', () => {
    expect(sureQuotes('Ann Holt claims that would cost the port 300 jobs.')).toEqual(['that would cost the port 300 jobs']);
    expect(sureQuotes('Critics charge that would hurt the harbour.')).toEqual(['that would hurt the harbour']);
    expect(sureQuotes('The council reports that rents rose.')).toEqual(['rents rose']);
  });

  it('a verb of speech in the relative clause leaves the noun its content', () => {
    expect(sureQuotes('Tom Reyes presented a slide show that predicted a record season for the port.')).toHaveLength(1);
  });
});

describe('"in question"', () => {
  it('the one "in question" is spoken of, no question asked', () => {
    expect(sureQuotes("The Velmora Gazette reporter in question is the paper's court reporter, Ann Holt.")).toEqual([]);
    expect(sureQuotes('The ferry in question has sailed since 1961.')).toEqual([]);
  });

  it('the verb still reports', () => {
    expect(sureQuotes('Ann Holt questioned whether the pier was safe.')).toEqual(['whether the pier was safe']);
    expect(sureQuotes('Tom Reyes said he would question the harbour master.')).toEqual(['he would question the harbour master']);
  });
});

// Verbs that report speech beyond "say": each finds its content, and the object it may take
// (a listener, a noun phrase) is not mistaken for what was said.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { saidAndSpeakers as said } from '../../support/extraction.js';

describe('speech verbs', () => {
  it('reports what was said after "countered", "speculated", "wondered"', () => {
    expect(said('Ann Holt countered that the bridge was safe.')).toEqual([['the bridge was safe', 'Ann Holt']]);
    expect(said('Tom Reyes speculated that the mayor would resign in May.')).toEqual([['the mayor would resign in May', 'Tom Reyes']]);
    expect(said('Ann Holt wondered whether the council had read the report.')).toEqual([['whether the council had read the report', 'Ann Holt']]);
  });

  it('reports the clause after "stating", the participle as sure a verb as "stated"; "the states that" is a noun', () => {
    expect(said('Ann Holt set out her plan for the quay, stating that the harbour must be dredged first.')).toEqual([
      ['the harbour must be dredged first', 'Ann Holt'],
    ]);
    expect(said('In addition to stating that the fees would rise, Ann Holt promised a vote.').map((q) => q[0])).toContain('the fees would rise');
    expect(said('The ferry serves the states that border the lake.')).toEqual([]);
  });

  it('reports what was said after "brags" and "bragged"', () => {
    expect(said('Ann Holt bragged that her team had never lost a final.')).toEqual([['her team had never lost a final', 'Ann Holt']]);
    expect(said('Tom Reyes brags that turnout was good news for the party.')).toEqual([['turnout was good news for the party', 'Tom Reyes']]);
  });

  it('reports what was said after the formal "opined", "averred", "posited", not their noun phrases', () => {
    expect(said('The judge opined that the law was void.')).toEqual([['the law was void', 'The judge']]);
    expect(said('Ann Holt averred that the bridge was safe.')).toEqual([['the bridge was safe', 'Ann Holt']]);
    expect(said('Tom Reyes posited that prices would halve.')).toEqual([['prices would halve', 'Tom Reyes']]);
    expect(said('Tom Reyes posited a theory.')).toEqual([]);
  });

  it('a view stated as held reports its clause: "was of the view that", "is of the firm opinion that"', () => {
    expect(said('The regulator was of the view that the merger would raise fares.')).toEqual([['the merger would raise fares', 'The regulator']]);
    expect(said('Ann Holt is of the firm opinion that the clinic must stay open.')).toEqual([['the clinic must stay open', 'Ann Holt']]);
    expect(said('The view that the merger would raise fares is widely held.')).toEqual([]);
    expect(said('Ann Holt was of the view that was popular in 1990.')).toEqual([]);
  });

  it('a stance stated as held reports its clause: "was adamant that", "remains convinced that"', () => {
    expect(said('The union was adamant that the depot would stay open.')).toEqual([['the depot would stay open', 'The union']]);
    expect(said('Tom Reyes remains convinced that the tunnel can be saved.')).toEqual([['the tunnel can be saved', 'Tom Reyes']]);
    // No holder, or a holder being persuaded, takes no stance.
    expect(said('It was certain that the tunnel would close.')).toEqual([]);
    expect(said('The board can be convinced that the tunnel is safe.')).toEqual([]);
  });

  it('"terming it “…”" names what was said as "calling it" does; "the terms of the deal" is a noun', () => {
    expect(said('Omar Khan rejected the bill, terming it “a betrayal of workers”.')).toEqual([['it “a betrayal of workers”', 'Omar Khan']]);
    expect(said('The terms of the deal were not made public.')).toEqual([]);
  });

  it('an object and a one-word quoted name report speech too: "called it “disgraceful”", "calling it “outrageous”"', () => {
    expect(said('Tom Reed spoke on Monday. He called it “disgraceful”.')).toEqual([['it “disgraceful”', 'Tom Reed']]);
    expect(said('Omar Khan rejected the bill, calling it “outrageous”.')).toEqual([['it “outrageous”', 'Omar Khan']]);
    expect(said('Tom Reed called the meeting to order.')).toEqual([]);
  });

  it('a quoted name closes what a naming verb reports: "called it “…” and walked out" leaves the act to the narration', () => {
    expect(said('Tom Reed spoke on Monday. He called it “a sham” and walked out.')).toEqual([['it “a sham”', 'Tom Reed']]);
    expect(said('The union branded the offer “an insult” and released a video within the hour.')).toEqual([['the offer “an insult”', 'The union']]);
    expect(said('Ann Holt called the vote “rigged” and left the chamber.')).toEqual([['the vote “rigged”', 'Ann Holt']]);
  });

  it('an aside on the object set off by commas stands before the quoted name a naming verb gives', () => {
    expect(said('Tim Cook called the new phone, which is 5.6 millimeters thick, “a breakthrough in design.”')).toEqual([
      ['the new phone, which is 5.6 millimeters thick, “a breakthrough in design.”', 'Tim Cook'],
    ]);
    expect(said('Ann Holt called the plan, unveiled on Monday, “a disaster”.')).toEqual([['the plan, unveiled on Monday, “a disaster”', 'Ann Holt']]);
  });

  it("a participle after a quotation's attribution reports for its speaker, whatever stands between", () => {
    expect(said('Ann Holt spoke first.\n\n“It’s over,” she said of the campaign, adding that she would not run again.')).toEqual([
      ['It’s over,', 'Ann Holt'],
      ['she would not run again', 'Ann Holt'],
    ]);
  });

  it('hearsay between the speaker and the cue: "is reported to have said", "was said to have told"', () => {
    expect(said('The minister is reported to have said that the talks would resume.')).toEqual([['the talks would resume', 'The minister']]);
    expect(said('Ann Holt was said to have told aides that the dam would fail.')).toEqual([['the dam would fail', 'Ann Holt']]);
  });

  it('so do an adverb inside the hearsay and the passive of hearing or filming: "was heard telling"', () => {
    expect(said('Ann Holt spoke on Monday. She is also said to have warned aides that the dam would fail.')).toEqual([['the dam would fail', 'Ann Holt']]);
    expect(said('Rhys Morgan was heard telling reporters that she had given up.')).toEqual([['she had given up', 'Rhys Morgan']]);
    expect(said('Rhys Morgan was overheard saying: “She has given up.”')).toEqual([['She has given up.', 'Rhys Morgan']]);
  });

  it('after "reminded" and "assured" the listener is no part of the content', () => {
    expect(said('Ann Holt reminded voters that the bridge had cost $4 million.')).toEqual([['the bridge had cost $4 million', 'Ann Holt']]);
    expect(said('Tom Reyes assured residents the water was safe to drink.')).toEqual([['the water was safe to drink', 'Tom Reyes']]);
  });

  it('a listener that is a name alone is no content, whatever words the name holds', () => {
    expect(said('“The debt brake is a promise,” Lars Hoffmann told the weekly Welt am Sonntag.')).toEqual([['The debt brake is a promise,', 'Lars Hoffmann']]);
  });

  it('"advised" reports advice given in words, a clause or an infinitive, not an adviser\'s job', () => {
    expect(said('The health board advised that swimmers stay out of the lake.')).toEqual([['swimmers stay out of the lake', 'The health board']]);
    expect(said('Police advised drivers on the coast road to find another route.')).toEqual([['drivers on the coast road to find another route', 'Police']]);
    expect(said('Rothwell Partners advised the airline on the sale.')).toEqual([]);
    expect(said('Bankers advising the airline expect a higher bid.')).toEqual([]);
  });

  it('"threatened" and "implored" report an infinitive, not a noun phrase', () => {
    expect(said('Ann Holt threatened to close the bridge.')).toEqual([['to close the bridge', 'Ann Holt']]);
    expect(said('Tom Reyes implored the council to reopen the park.')).toEqual([['the council to reopen the park', 'Tom Reyes']]);
    expect(said('The storm threatened the harbour.')).toEqual([]);
  });
});

describe('more speech verbs', () => {
  it('"groused", "grumbled", "surmised", "intimated" report a clause', () => {
    expect(said('Tom Reyes groused to a crowd in Velmora that the paper treats him badly.')).toEqual([['the paper treats him badly', 'Tom Reyes']]);
    expect(said('Ann Holt grumbled that the ferries were late again.')).toEqual([['the ferries were late again', 'Ann Holt']]);
    expect(said('Tom Reyes surmised that the quay deal was dead.')).toEqual([['the quay deal was dead', 'Tom Reyes']]);
    expect(said('Ann Holt intimated that she would run for a second term.')).toEqual([['she would run for a second term', 'Ann Holt']]);
  });

  it('the bird and the adjective report nothing', () => {
    expect(said('Ann Holt shot a grouse near Velmora.')).toEqual([]);
    expect(said('The two mayors had an intimate dinner in Velmora.')).toEqual([]);
  });

  const sure = (body: string) =>
    extract(`Test article\n\n${body}`)
      .quotes.filter((q) => q.confidence >= 0.45)
      .map((q) => [q.text.replace(/^that\s+/u, ''), q.speaker.name]);

  it('"signaled", "posted", "forecast" and "fired back" report a clause', () => {
    expect(said('Karl Berg signaled that he would veto the bill.')).toEqual([['he would veto the bill', 'Karl Berg']]);
    expect(said('Tom Lee posted on Facebook that the store would close.')).toEqual([['the store would close', 'Tom Lee']]);
    expect(said('Omar Haddad forecast that prices would fall.')).toEqual([['prices would fall', 'Omar Haddad']]);
    expect(said('Jon Hale fired back that the critics had not read the report.')).toEqual([['the critics had not read the report', 'Jon Hale']]);
  });

  it('beside a quotation "shot back" and "hit back" attribute it, with no "that"', () => {
    expect(said('“That is false,” Jon Hale shot back. “We published the plan in May.”')).toEqual([
      ['That is false, We published the plan in May.', 'Jon Hale'],
    ]);
    expect(said('Mary Collins hit back: “They have no plan.”')).toEqual([['They have no plan.', 'Mary Collins']]);
  });

  it('with a noun phrase they are not sure speech, and as nouns no speech at all', () => {
    expect(sure('Tom Lee posted a video of the rally.')).toEqual([]);
    expect(sure('The bank signaled its support for the deal.')).toEqual([]);
    expect(said('The appointment sends a strong signal that abuse will not be tolerated.')).toEqual([]);
  });

  it('a verb of the manner of speaking attributes the quotation right beside it, and only that', () => {
    expect(said('Steve Bowers was delighted. ‘It is the greatest day in our history,’ he beamed. ‘The lads were magnificent.’')).toEqual([
      ['It is the greatest day in our history, The lads were magnificent.', 'Steve Bowers'],
    ]);
    expect(said('Tom Hale smiled at the crowd and shrugged his shoulders.')).toEqual([]);
  });

  it('an -s form after a preposition or a determiner is a plural noun, no cue', () => {
    // (What she declined is reported, less sure, as hers.)
    expect(said('Ann Holt declined to answer any questions that were put to her.')).toEqual([['to answer any questions that were put to her', 'Ann Holt']]);
    expect(said('In a written reply to questions, the office said the move was voluntary.')).toEqual([['the move was voluntary', 'the office']]);
  });

  it('an -s form after an infinitive is its plural object, no cue', () => {
    // (The noun's clause is reported, by nobody named: the firm does not claim it.)
    expect(said('The firm paid $5 million to settle claims that it misled investors.')).toEqual([['it misled investors', null]]);
  });
});

describe('between speaker and cue', () => {
  it('a year after "in" stands between a speaker and the cue', () => {
    expect(said('Tom Reyes, who in 2010 said the bridge was safe, resigned.')).toEqual([['the bridge was safe', 'Tom Reyes']]);
    expect(said('Ann Holt in 2014 said the park would reopen.')).toEqual([['the park would reopen', 'Ann Holt']]);
  });
});

describe('"many of whom"', () => {
  it('the phrase before "many of whom say" speaks', () => {
    expect(said('The plan angered the residents, many of whom say the park should stay open.')).toEqual([['the park should stay open', 'the residents']]);
  });
});

describe('"pointed out" with where or when before "that"', () => {
  it('reports the clause after "that"', () => {
    expect(said('Ann Holt pointed out in a letter that the ferry had never made money.')).toEqual([['the ferry had never made money', 'Ann Holt']]);
    expect(said('Tom Reyes pointed out on Monday that the pier was closed.')).toEqual([['the pier was closed', 'Tom Reyes']]);
  });

  it('with an object it reports the object, what was pointed out', () => {
    expect(said('Ann Holt pointed out the flaws in the plan.')).toEqual([['the flaws in the plan', 'Ann Holt']]);
  });
});

describe('"pressed" or "lobbied" a listener to act: urging in all but name', () => {
  it('reports the listener and the infinitive, as "urged" does', () => {
    expect(said('Campaigners pressed ministers to publish the report before the summer recess.')).toEqual([
      ['ministers to publish the report before the summer recess', 'Campaigners'],
    ]);
    expect(said('Governors have lobbied lawmakers to approve the money quickly.')).toEqual([['lawmakers to approve the money quickly', 'Governors']]);
    expect(said('Investors had pressed the board to set out a clearer plan.')).toEqual([['the board to set out a clearer plan', 'Investors']]);
  });

  it('how long the urging went on may stand between the listener and the infinitive', () => {
    expect(said('The union has lobbied MPs for years to scrap the cap.')).toEqual([['MPs for years to scrap the cap', 'The union']]);
    expect(said('Ann Holt pressed the button for years to start the machine.')).toEqual([]);
  });

  it('the infinitive after the listener stays in what was urged, with the question it opens', () => {
    expect(said('Analysts have urged the company to show how that spending will pay off.')).toEqual([
      ['the company to show how that spending will pay off', 'Analysts'],
    ]);
    expect(said('Ann Holt warned officials that the dam could fail.')).toEqual([['the dam could fail', 'Ann Holt']]);
  });

  it('a thing pressed, a pressing need, going ahead or the press report nothing', () => {
    expect(said('Ann Holt pressed the button to start the machine.')).toEqual([]);
    expect(said('There is a pressing need to act on housing.')).toEqual([]);
    expect(said('The council pressed ahead with the plan to close the pool.')).toEqual([]);
    expect(said('The press was asked to leave the chamber.')).toEqual([]);
  });
});

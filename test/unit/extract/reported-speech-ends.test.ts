// Where reported speech ends when the sentence goes on past it: a cue in an opening "after" clause,
// a speech noun in the subject after a titled name, a subordinate clause inside such a noun's
// content, a second cue after a point in time, a pledge joined to what a report tells, a cue
// verb in a sense that reports nothing, and a joined clause whose verb speaks through a particle.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a cue in an opening "after" or "before" clause', () => {
  it('reports up to the main clause', () => {
    expect(quotesSaid('After Tom Reyes told reporters that the plan was dead, Labour MPs pledged to vote against it.')).toEqual([
      { cue: 'told', speaker: 'Tom Reyes', text: 'the plan was dead' },
      { cue: 'pledged', speaker: 'Labour MPs', text: 'to vote against it' },
    ]);
    expect(quotesSaid('After Ann Holt said the survey had been buried on the website, the meeting was adjourned.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'the survey had been buried on the website' },
    ]);
  });

  it('also when the main clause opens with a bare plural ("…, fans booed"), once the content has its verb', () => {
    expect(quotesSaid('When the coach told reporters that the team was tired, fans booed.')).toEqual([
      { cue: 'told', speaker: 'the coach', text: 'the team was tired' },
    ]);
    expect(quotesSaid('When Ann Holt said that, despite the cuts, services improved, critics laughed.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'despite the cuts, services improved' },
    ]);
    expect(quotesSaid('As Ann Holt said, prices rose, wages fell.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'prices rose, wages fell' }]);
  });

  it("a cue in the main clause after it has the main clause's subject", () => {
    expect(
      quotesSaid('After aides insisted in June that the senator would not campaign, the party has appeared to acknowledge his help is needed.'),
    ).toContainEqual({
      cue: 'acknowledge',
      speaker: 'the party',
      text: 'his help is needed',
    });
  });

  it('"After the vote, X said …" is no such clause', () => {
    expect(quotesSaid('After the vote, Ann Holt said the result was a disgrace, the worst in years.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'the result was a disgrace, the worst in years' },
    ]);
  });
});

describe('a speech noun in the subject', () => {
  it("after a titled name, reports up to the sentence's own verb", () => {
    expect(quotesSaid('Mr Grant’s assertion that officials had been overruled was rejected by the Treasury.')).toEqual([
      { cue: 'assertion', speaker: 'Grant', text: 'officials had been overruled' },
    ]);
    expect(quotesSaid('Ms Blake’s claim that the worst was over was greeted with scepticism.')).toEqual([
      { cue: 'claim', speaker: 'Blake', text: 'the worst was over' },
    ]);
  });

  it('takes a subordinate clause inside its content whole', () => {
    expect(quotesSaid('The striker’s warning that he would not sign unless the club showed ambition has worried fans.')).toEqual([
      { cue: 'warning', speaker: 'The striker', text: 'he would not sign unless the club showed ambition' },
    ]);
  });
});

describe('a second cue after a point in time', () => {
  it('"… and at one point threatened to …" is the speaker\'s next act', () => {
    expect(quotesSaid('The union said the offer was an insult and at one point threatened to suspend talks.')).toEqual([
      { cue: 'said', speaker: 'The union', text: 'the offer was an insult' },
      { cue: 'threatened', speaker: 'The union', text: 'to suspend talks' },
    ]);
  });

  it('a danger looming is no threat made: "the talks … at one point threatened to collapse"', () => {
    expect(quotesSaid('A diplomat said the talks had been tense and at one point threatened to collapse.')).toEqual([
      { cue: 'said', speaker: 'A diplomat', text: 'the talks had been tense and at one point threatened to collapse' },
    ]);
  });
});

describe('what a report tells', () => {
  it("a pledge or an appeal joined to it is the reported person's", () => {
    expect(quotesSaid('State media reported that the president had watched the launch on television and vowed to honour the treaty.')).toEqual([
      { cue: 'reported', speaker: 'State media', text: 'the president had watched the launch on television and vowed to honour the treaty' },
    ]);
  });

  it("a statement joined to it is the reporter's own", () => {
    expect(quotesSaid('The Times reported that the minister had resigned and said the paper stood by its story.')).toEqual([
      { cue: 'reported', speaker: 'Times', text: 'the minister had resigned' },
      { cue: 'said', speaker: 'Times', text: 'the paper stood by its story' },
    ]);
  });
});

describe('a cue verb in a sense that reports nothing', () => {
  it('goes on with the clause: "threatened staff with a knife"', () => {
    expect(quotesSaid('Police said two men entered the shop and threatened staff with a knife before escaping.')).toEqual([
      { cue: 'said', speaker: 'Police', text: 'two men entered the shop and threatened staff with a knife before escaping' },
    ]);
    expect(quotesSaid('Two men threatened staff with a knife.')).toEqual([]);
    expect(quotesSaid('The union threatened the firm with legal action.')).toHaveLength(1);
  });

  it('"in talks with" is a noun', () => {
    expect(quotesSaid('Hartley’s is in talks with landlords about rent cuts.')).toEqual([]);
  });
});

describe('a participle cue on the sentence’s subject', () => {
  it('reports up to the subject’s own verb', () => {
    expect(quotesSaid('A petition calling on the council to keep the mobile library has gathered 2,300 names.')).toEqual([
      { cue: 'calling', speaker: 'A petition', text: 'the council to keep the mobile library' },
    ]);
    expect(quotesSaid('A letter urging the council to act was sent on Monday.')).toEqual([{ cue: 'urging', speaker: 'A letter', text: 'the council to act' }]);
    expect(quotesSaid('A letter promising to cut fees was sent to parents.')).toEqual([{ cue: 'promising', speaker: 'A letter', text: 'to cut fees' }]);
  });

  it('also where a plural with no article opens the sentence', () => {
    expect(quotesSaid('Petitions calling for the library to stay open have gathered more than 3,000 signatures.')).toEqual([
      { cue: 'calling', speaker: 'Petitions', text: 'the library to stay open' },
    ]);
  });
});

describe('a document word before the verb', () => {
  it('"shows" after a document is its verb, and a document word before a verb is its subject', () => {
    // The paper that made the review speaks for it, now that "the Gazette" alone is read as the paper.
    expect(quotesSaid('A review by the Gazette shows the council has closed four libraries since 2015.')).toEqual([
      { cue: 'shows', speaker: 'Gazette', text: 'the council has closed four libraries since 2015' },
    ]);
    expect(quotesSaid('The Levelling Up, Housing and Communities Committee report found that many tenants were afraid to complain.')).toEqual([
      { cue: 'found', speaker: 'Communities Committee report', text: 'many tenants were afraid to complain' },
    ]);
  });
});

describe('a plural verb joined by "and" after a content with a singular subject', () => {
  it('is the plural speakers’ next act, not what they said', () => {
    expect(quotesSaid('Fishermen say the new quota is far too low and are planning a protest at the harbour.')).toContainEqual(
      expect.objectContaining({ cue: 'say', text: 'the new quota is far too low' }),
    );
    expect(quotesSaid('The nurses said the rota had been changed without notice and were refusing extra shifts.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the rota had been changed without notice' }),
    );
    expect(quotesSaid('Tenants claim that the boiler has not worked since October and have stopped paying rent.')).toContainEqual(
      expect.objectContaining({ cue: 'claim', text: 'the boiler has not worked since October' }),
    );
  });

  it('goes on with a plural subject of the content', () => {
    expect(quotesSaid('Tenants said the boilers had failed twice and were still unsafe.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the boilers had failed twice and were still unsafe' }),
    );
  });
});

describe('an answer "to which" the one asked replied', () => {
  it('ends what was asked, and is a quote of its own', () => {
    const quotes = quotesSaid('Journalists asked Ms Okafor whether she would sell the club, to which she replied that no offer had been made.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'asked', text: 'whether she would sell the club' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'replied', speaker: 'Okafor', text: 'no offer had been made' }));
  });
});

describe('a noun phrase reported, and the time closing it', () => {
  it('ends before when it was announced ("announced her candidacy in June 2019"); a clause keeps its time', () => {
    expect(quotesSaid('Councillor Ruth Penhale announced her candidacy in June 2019.')).toEqual([
      { cue: 'announced', speaker: 'Ruth Penhale', text: 'her candidacy' },
    ]);
    expect(quotesSaid('Ruth Penhale announced her support for the harbour plan on Thursday night.')).toEqual([
      { cue: 'announced', speaker: 'Ruth Penhale', text: 'her support for the harbour plan' },
    ]);
    // A clause keeps its time.
    expect(quotesSaid('Ruth Penhale said the old station closed in March.')).toEqual([
      { cue: 'said', speaker: 'Ruth Penhale', text: 'the old station closed in March' },
    ]);
  });
});

describe('a joined clause that speaks through a particle or of a topic', () => {
  it('ends the content before it and reports its own', () => {
    expect(quotesSaid('Ms. Roe said the levy was unfair to tenants, and she railed against the landlords for raising rents.')).toEqual([
      { cue: 'said', speaker: 'Roe', text: 'the levy was unfair to tenants' },
      { cue: 'railed', speaker: 'Roe', text: 'the landlords for raising rents' },
    ]);
    const quotes = quotesSaid('The harbour board denied any role in the closure, but critics point to its own minutes from May.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'denied', text: 'any role in the closure' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'point', text: 'its own minutes from May' }));
  });
});

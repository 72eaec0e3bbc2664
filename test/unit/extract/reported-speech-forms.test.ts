// Reported speech in less common forms: an admission with "accepted that", counsel's "put it to him
// that", words begun or broken into beside a quotation, advice with an aside inside its listener,
// and the passive "was quoted in … as saying". Short examples written for the test in the style of
// court reports, health advisories and agency copy.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('an admission: "accepted that …"', () => {
  it('reports the clause after "accepted", with when or where before it', () => {
    expect(quotesSaid('Tom Reyes accepted that the council should have acted sooner.')).toEqual([
      { cue: 'accepted', speaker: 'Tom Reyes', text: 'the council should have acted sooner' },
    ]);
    expect(quotesSaid('Ann Holt accepted on Monday that mistakes had been made.')).toEqual([
      { cue: 'accepted', speaker: 'Ann Holt', text: 'mistakes had been made' },
    ]);
  });

  it('a thing accepted, or an acceptance beside a quotation, reports nothing', () => {
    expect(quotesSaid('The union accepted the offer on Monday.')).toEqual([]);
    expect(quotesSaid('Ann Holt accepted that offer from the council.')).toEqual([]);
    expect(quotesSaid('Ann Holt accepted responsibility for the errors.')).toEqual([]);
    expect(quotesSaid('The call was accepted by the umpire, Tom Reyes yelled at him: “You cheat.”')).not.toContainEqual(
      expect.objectContaining({ cue: 'accepted' }),
    );
  });
});

describe('counsel\'s suggestion: "put it to him that …"', () => {
  it('reports the clause after the one it was put to', () => {
    expect(quotesSaid('Richard Millett put it to the witness that she had lied to the inquiry.')).toEqual([
      { cue: 'put', speaker: 'Richard Millett', text: 'she had lied to the inquiry' },
    ]);
    expect(quotesSaid('Ann Holt put it to a vote.')).toEqual([]);
  });
});

describe('words begun or broken into beside a quotation', () => {
  it('"began" and "interrupted" attribute the quotation, cut off by a dash or not', () => {
    expect(quotesSaid('Helen Marsh stood up. “I need you to let me finish -” she began.')).toContainEqual(
      expect.objectContaining({ cue: 'began', speaker: 'Helen Marsh', text: 'I need you to let me finish -' }),
    );
    expect(quotesSaid('“Wait,” Tom Reed interrupted.')).toEqual([{ cue: 'interrupted', speaker: 'Tom Reed', text: 'Wait,' }]);
  });

  it('away from a quotation they are narration', () => {
    expect(quotesSaid('The hearing began on Monday and Tom Reed interrupted the judge twice.')).toEqual([]);
  });
});

describe('advice with an aside inside its listener', () => {
  it('reaches its infinitive past an aside set off by dashes or commas', () => {
    expect(quotesSaid('Health officials advised anyone with symptoms - even mild ones - to phone 111.')).toEqual([
      { cue: 'advised', speaker: 'Health officials', text: 'anyone with symptoms - even mild ones - to phone 111' },
    ]);
    expect(quotesSaid('The council advised residents, especially the elderly, to stay indoors.')).toEqual([
      { cue: 'advised', speaker: 'The council', text: 'residents, especially the elderly, to stay indoors' },
    ]);
  });
});

describe('the passive of a quotation: "was quoted in … as saying"', () => {
  it('gives the subject, not where the words were found', () => {
    expect(quotesSaid('Daniel Okafor denies fraud. Mr Okafor was quoted in a 2013 message as saying that the fix was easy money.')).toContainEqual(
      expect.objectContaining({ cue: 'saying', speaker: 'Daniel Okafor', text: 'the fix was easy money' }),
    );
  });
});

describe('"As X said," before a clause of any subject', () => {
  const texts = (body: string) => quotesSaid(body).map((q) => [q.text, q.speaker]);

  it('the main clause is what was said, whether it opens with a pronoun or a name', () => {
    expect(texts('As the mayor noted on Monday, it is the third flood on the street this year.')).toEqual([
      ['it is the third flood on the street this year', 'the mayor'],
    ]);
    expect(texts('As the Gazette reported last month, Karl Berg has already sold his stake in the club.')).toEqual([
      ['Karl Berg has already sold his stake in the club', 'Gazette'],
    ]);
  });

  it('not after an infinitive', () => {
    expect(texts('As the crowd began to chant, Tom Reyes walked onto the stage.')).toEqual([]);
  });
});

describe('when, where or to whom before "that"', () => {
  const texts = (body: string) => quotesSaid(body).map((q) => [q.text, q.speaker]);

  it('a time may stand before a venue, and "for" opens a time', () => {
    expect(texts('The chairman, Tom Reyes, said Sunday on local radio that the club would not be sold.')).toEqual([
      ['the club would not be sold', 'Tom Reyes'],
    ]);
    expect(texts('Ann Holt said for the first time that she had been offered the post.')).toEqual([['she had been offered the post', 'Ann Holt']]);
  });

  it('"afterwards", a quarter, or a phrase of where whose noun ends in -s may stand before "that"', () => {
    expect(texts('Joe Root said afterwards that he had felt in good rhythm.')).toEqual([['he had felt in good rhythm', 'Joe Root']]);
    expect(texts('Rival Telesto reported last quarter that it had added 90,000 customers.')).toEqual([['it had added 90,000 customers', 'Telesto']]);
    expect(texts('The council reported in its annual accounts that library visits had fallen by a third.')).toEqual([
      ['library visits had fallen by a third', 'The council'],
    ]);
  });

  it('a time or a venue with no "that" after it, then a clause whose subject is a plain noun, a pronoun or a name', () => {
    expect(texts('UK Steel said last quarter exports to the United States fell by a fifth.')).toEqual([
      ['exports to the United States fell by a fifth', 'UK Steel'],
    ]);
    expect(texts('Ann Holt said last month staff had begun visiting every flat.')).toEqual([['staff had begun visiting every flat', 'Ann Holt']]);
    expect(texts('Tom Reyes said in recent weeks the lake had fallen by a metre.')).toEqual([['the lake had fallen by a metre', 'Tom Reyes']]);
    expect(texts('Paul Thornton said at a briefing in Middlesbrough the building held drums of solvent.')).toEqual([
      ['the building held drums of solvent', 'Paul Thornton'],
    ]);
    expect(texts('Ann Holt has said for weeks she is the only candidate who can win.')).toEqual([['she is the only candidate who can win', 'Ann Holt']]);
    expect(texts('Jannik Sinner said afterwards he had no idea how he won.')).toEqual([['he had no idea how he won', 'Jannik Sinner']]);
  });

  it('a listener in -s spelled like a verb, then where, then "that": "told delegates at the conference that …"', () => {
    expect(texts('Daniel Kebede told delegates at the union’s Harrogate conference that members would be balloted.')).toEqual([
      ['members would be balloted', 'Daniel Kebede'],
    ]);
    expect(texts('Mukhtar Babayev told delegates in the plenary hall that the agreement was the best deal.')).toEqual([
      ['the agreement was the best deal', 'Mukhtar Babayev'],
    ]);
    expect(texts('Ann Holt warned parents at the school gates that the building would close.')).toEqual([['the building would close', 'Ann Holt']]);
  });

  it('"that" after a day opens the clause, whatever verb its subject may be spelled like: "said on Wednesday that reports of …"', () => {
    expect(texts('Barclays said on Wednesday that reports of scams had risen by 45 per cent.')).toEqual([
      ['reports of scams had risen by 45 per cent', 'Barclays'],
    ]);
  });

  it('a participle after the venue goes on with it', () => {
    expect(texts('“We will get there,” Ann Holt said at a news conference announcing that her department would sue the state.')).toContainEqual([
      'her department would sue the state',
      'Ann Holt',
    ]);
  });

  it('a listener, then a pronoun and a past form the lexicon lists as an adjective', () => {
    expect(texts('Senator Paul Grady told reporters he expected a deal by Thursday.')).toEqual([['he expected a deal by Thursday', 'Paul Grady']]);
  });

  it('"made clear" reports its clause past when, where or to whom', () => {
    expect(texts('Ann Holt made clear over the weekend that she would not resign.')).toEqual([['she would not resign', 'Ann Holt']]);
    expect(texts('Tom Reyes made it clear to the board on Monday that the bid was final.')).toEqual([['the bid was final', 'Tom Reyes']]);
  });
});

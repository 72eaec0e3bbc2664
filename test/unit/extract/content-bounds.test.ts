// Where a reported content ends: what the narrator adds after it (a summary, a relative clause of
// its own, what the speaker was doing meanwhile) is left out, and what the speaker goes on with
// (a concession inside the subject, a verb "and" joins) is kept. Short examples written for the
// test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quotesSaid } from '../../support/extraction.js';

/** The quotes of an article whose first line is its headline: cue, speaker and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: text.slice(q.start, q.end).replace(/^that\s+/u, '') }));
}

describe('a topic cue in a relative clause on its speaker', () => {
  it('reports up to the comma that closes the clause before the main verb', () => {
    expect(quotesOf('Former minister Lena Holt, who has criticised the bank for moving too slowly, said on Friday that rates were too high.')).toEqual([
      expect.objectContaining({ cue: 'criticised', text: 'the bank for moving too slowly' }),
      expect.objectContaining({ cue: 'said', text: 'rates were too high' }),
    ]);
  });

  it('not at a comma setting off a name inside the clause', () => {
    expect(quotesOf('Guests included the mayor and his wife, Ann, who spoke of her talks with the museum’s director, Tom Bell.')).toContainEqual(
      expect.objectContaining({ cue: 'spoke', text: 'her talks with the museum’s director, Tom Bell' }),
    );
  });
});

describe('an object praised or blamed, then a subordinate clause', () => {
  it('is the object alone: the clause after it is the narrator’s', () => {
    expect(quotesOf('Rovers manager Tom Hale praised his side’s spirit after a late goal from Sam Reid earned a 2-1 win.')).toEqual([
      expect.objectContaining({ cue: 'praised', text: 'his side’s spirit' }),
    ]);
  });
});

describe('a list of objects blamed or praised', () => {
  it('runs on over its items: "blamed rising bills, the cost of flour and a fall in trade"', () => {
    expect(quotesOf('Owner Geoff Hollins has blamed rising energy bills, the cost of flour and a fall in footfall since the bus station moved.')).toEqual([
      expect.objectContaining({ cue: 'blamed', text: 'rising energy bills, the cost of flour and a fall in footfall' }),
    ]);
  });

  it('a noun set off after the object and no list is the narrator’s apposition', () => {
    expect(quotesOf('The senator attacked the campaign, the latest chapter in a feud between the two men.')).toEqual([
      expect.objectContaining({ cue: 'attacked', text: 'the campaign' }),
    ]);
  });
});

describe('"and" before a cue verb in another sense', () => {
  it('goes on with the content: "… and would add to the national debt"', () => {
    expect(quotesOf('Senator Ray Cole said the bill did nothing to secure the border and would add to the national debt.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the bill did nothing to secure the border and would add to the national debt' }),
    ]);
  });
});

describe('what the narrator adds after a content', () => {
  it('a noun summing up what the speech stands for: ", a signal that …", ", a proposal backed by …"', () => {
    expect(quotesOf('The speaker said the House would work its own will, a signal that the bill may never reach the floor.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the House would work its own will' }),
    ]);
    expect(quotesOf('Kim Hart said she would ban phones in classrooms, a proposal that has support from both parties.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'she would ban phones in classrooms' }),
    ]);
  });

  it('a noun summing up what the speech was aimed at: ", a swipe at …", ", a subtle dig at …"', () => {
    expect(quotesOf('Tom Pike said voters at his rally would not get beat up, a swipe at the recent fights at Ann Holt’s rallies.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'voters at his rally would not get beat up' }),
    ]);
    expect(quotesOf('Ann Holt said the harbour plan was a waste, a subtle dig at her rival on the council.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the harbour plan was a waste' }),
    ]);
    // (Said as part of it, no apposition: "said the levy was a jab at the union".)
    expect(quotesOf('Tom Pike said the levy was a jab at the union.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the levy was a jab at the union' }),
    ]);
  });

  it('"something" and what others said or asked of it: ", something Tom Pike had urged her to do"', () => {
    expect(quotesOf('Ann Holt apologized for the ferry delays, something Tom Pike had urged her to do.')).toEqual([
      expect.objectContaining({ cue: 'apologized', text: 'the ferry delays' }),
    ]);
    expect(quotesOf('Tom Pike said the harbour would reopen in May, something the port board has denied.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the harbour would reopen in May' }),
    ]);
    expect(quotesOf('Tom Pike promised to reopen the harbour in May, something his rivals have long demanded.')).toEqual([
      expect.objectContaining({ cue: 'promised', text: 'to reopen the harbour in May' }),
    ]);
    // (What others did, no speech: the speaker's comparison may go on.)
    expect(quotesOf('Ann Holt said Velmora must publish its budget, something every town has done.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'Velmora must publish its budget, something every town has done' }),
    ]);
  });

  it('a noun summing up how the speech was meant to work: ", a tactic his aides hope will …"', () => {
    expect(quotesOf('Tom Pike branded the ferry traders as greedy, a tactic his aides hope will win back the port towns.')).toEqual([
      expect.objectContaining({ cue: 'branded', text: 'the ferry traders as greedy' }),
    ]);
    // (Said as part of it, no apposition.)
    expect(quotesOf('Ann Holt said the levy was a tactic to delay the vote.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the levy was a tactic to delay the vote' }),
    ]);
  });

  it('a participle after an adverb of manner: ", implicitly putting …"', () => {
    expect(quotesOf('Obama said he would take it as a personal insult if they stayed home, implicitly putting his name on the ballot.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'he would take it as a personal insult if they stayed home' }),
    ]);
  });

  it('what the speaker was doing meanwhile: ", as she sought to …"', () => {
    expect(quotesOf('Kim Hart said on Saturday that the tax plan would cost families $2,400 a year, as she sought to regain momentum.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the tax plan would cost families $2,400 a year' }),
    ]);
  });

  it('what the speaker said meanwhile: ", while acknowledging that …"', () => {
    expect(quotesOf('The ferry company said the timetable would stay the same, while acknowledging that winter fares may rise.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the timetable would stay the same' }),
    );
    expect(quotesOf('Ann Holt vowed to keep the library open, while also warning that its hours could be cut.')).toContainEqual(
      expect.objectContaining({ cue: 'vowed', text: 'to keep the library open' }),
    );
  });

  it('not a participle of no speech, which goes on with what was said', () => {
    expect(quotesOf('Ann Holt said the bypass would help traders, while dealing a blow to the village shops.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the bypass would help traders, while dealing a blow to the village shops' }),
    ]);
    expect(quotesOf('The porter was heard telling guests to wait outside, while telling the staff to stay in.')).toEqual([
      expect.objectContaining({ cue: 'telling', text: 'to wait outside, while telling the staff to stay in' }),
    ]);
  });

  it('a relative clause with a subject of its own, in the narrator’s present or with a cue of its own', () => {
    // (what she plans is an intention held of its own: intentions.test.ts)
    expect(quotesOf('Ann Cole said she would raise revenue, which she plans to do through a tax on the rich.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'she would raise revenue' }),
    );
    expect(quotesOf('The lawyer said the video did not show his hands, which the family said were empty.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'The lawyer', text: 'the video did not show his hands' }),
    );
  });

  it('not one in the tense of what was said', () => {
    expect(quotesOf('Her aide said she was going to give interviews, which she was doing when police arrived.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'she was going to give interviews, which she was doing when police arrived' }),
    ]);
  });
});

describe('a concession set off inside the subject', () => {
  it('does not close the content before the verb: "that attendance, though improving, remained low"', () => {
    expect(quotesOf('The report noted that attendance, though improving, remained below the national average.')).toEqual([
      expect.objectContaining({ cue: 'noted', text: 'attendance, though improving, remained below the national average' }),
    ]);
  });
});

describe('what one is asked about', () => {
  it('opens past the one asked: "asked the mayor about the budget"', () => {
    expect(quotesOf('At the meeting, residents asked the mayor about the closure of the library.')).toEqual([
      expect.objectContaining({ cue: 'asked', text: 'the closure of the library' }),
    ]);
    expect(quotesOf('Lena Holt asked the two candidates on their plans for jobs.')).toEqual([
      expect.objectContaining({ cue: 'asked', text: 'their plans for jobs' }),
    ]);
  });

  it('a question asked keeps its own opening: "asked the minister whether …"', () => {
    expect(quotesOf('Lena Holt asked the minister whether the plan would work.')).toEqual([
      expect.objectContaining({ cue: 'asked', text: 'whether the plan would work' }),
    ]);
  });
});

describe('a dash after a content', () => {
  it('opens what the narrator adds: a comment on the whole, a participle, an adverb of the narrator’s', () => {
    expect(quotesOf('The senator described the town as “a suburb of the capital” — a metaphor for the party’s decline.')).toEqual([
      expect.objectContaining({ cue: 'described', text: 'the town as “a suburb of the capital”' }),
    ]);
    expect(quotesOf('The agency said it would extend its role for a year - delaying a planned handover to private firms.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'it would extend its role for a year' }),
    ]);
    expect(quotesOf('He said the plan would tax such income at 15 percent -- far lower than the rate for wages.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the plan would tax such income at 15 percent' }),
    ]);
  });

  it('opens a clause of the narrator’s own, with its subject, after a conjunction or one of contrast', () => {
    expect(quotesOf('The head teacher said the new roof would be finished by Easter — the parents are not so sure.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the new roof would be finished by Easter' }),
    ]);
    expect(quotesOf('The governors said the school could pay for the repairs - but the council has not agreed to the loan.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the school could pay for the repairs' }),
    ]);
    expect(quotesOf('The bursar said the fund was in good health — though the accounts for last year were never published.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the fund was in good health' }),
    ]);
  });

  it('opens a clause whose subject is a pronoun or a bare plural, whatever the lexicon makes of its verb', () => {
    expect(quotesOf('The harbour master said the ferry would be repaired by May — islanders are not so sure.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the ferry would be repaired by May' }),
    ]);
    expect(quotesOf('The ferry company said the timetable would stay the same - winter fares will rise in March.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the timetable would stay the same' }),
    ]);
    expect(quotesOf('Ann Holt said she had found work at the new clinic - she works in its laboratory.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'she had found work at the new clinic' }),
    ]);
    expect(quotesOf('Tom Reed said the council was to blame for the delay — it’s a long wait for the island.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the council was to blame for the delay' }),
    ]);
    expect(quotesOf('Ann Holt said she had called the committee members - there are two from each ward.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'she had called the committee members' }),
    ]);
  });

  it('a hyphen touching a word is no dash: the word goes on after it', () => {
    expect(quotesOf('The caretaker said some- thing had gone wrong with the boiler.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'some- thing had gone wrong with the boiler' }),
    ]);
  });

  it('not a noun that names the word before it, nor an aside between paired dashes', () => {
    expect(quotesOf('The head teacher said the roof needed work - a conviction that parents share.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the roof needed work - a conviction that parents share' }),
    ]);
    expect(quotesOf('The head teacher said the builders — the firm the council hired — would start in May.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the builders — the firm the council hired — would start in May' }),
    ]);
    expect(quotesOf('Police said officers were searching for another man - a suspect with an outstanding warrant.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'officers were searching for another man - a suspect with an outstanding warrant' }),
    ]);
    expect(quotesOf('He said the firm Alstom — probably the No. 2 maker in Europe — would deliver trains by 2027.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the firm Alstom — probably the No. 2 maker in Europe — would deliver trains by 2027' }),
    ]);
  });
});

describe('a quotation opening with "That"', () => {
  it('keeps it in its part: it is the speaker’s word, no complementizer of the reporter’s', () => {
    const text = 'Test article\n\n“That’s why the party should be prepared,” he said. “That plan is dead.”';
    expect(extract(text).quotes.flatMap((q) => q.parts.map((p) => p.text))).toEqual(['That’s why the party should be prepared,', 'That plan is dead.']);
  });

  it('while a reported clause’s "that" stays out of its part', () => {
    const text = 'Test article\n\nThe mayor said that the plan had failed.';
    expect(extract(text).quotes.flatMap((q) => q.parts.map((p) => p.text))).toEqual(['the plan had failed']);
  });
});

describe('a cue in an opening subordinate clause after "And", "But" or "So"', () => {
  it('reports up to the main clause', () => {
    expect(quotesOf('And while the council insists the new bypass will ease congestion, the village will be cut in two.')[0]!.text).toBe(
      'the new bypass will ease congestion',
    );
    expect(quotesOf('But although the chief executive said the scheme was affordable, the finance committee voted to delay it.')[0]!.text).toBe(
      'the scheme was affordable',
    );
    expect(quotesOf('So when the developer argued the homes were needed, the parish council lodged an objection.')[0]!.text).toBe('the homes were needed');
  });

  it('as does one in an opening "after" clause, while a cue after its comma reports to the end', () => {
    expect(quotesOf('And after the mayor said the plan had failed, councillors voted to close the quay.')[0]!.text).toBe('the plan had failed');
    expect(quotesOf('And after the vote, the mayor said the plan had failed and the quay would close.')[0]!.text).toBe(
      'the plan had failed and the quay would close',
    );
  });

  it('while a sentence opened by "And" alone reports to its end', () => {
    expect(quotesOf('And the leader said the plan would go ahead, whatever the cost, once the vote was won.')[0]!.text).toBe(
      'the plan would go ahead, whatever the cost, once the vote was won',
    );
  });
});

describe('a cue inside a clause opening the sentence', () => {
  it('reports up to the main clause, whatever noun phrase opens it', () => {
    const first = (body: string) => quotesOf(body)[0]!.text;
    expect(
      first('While the harbour board insists the new charges will pay for repairs to the sea wall, traders on Quay Street fear visitors will stay away.'),
    ).toBe('the new charges will pay for repairs to the sea wall');
    expect(first('When the chairman claimed the scheme would raise £80,000 a year, several councillors laughed openly.')).toBe(
      'the scheme would raise £80,000 a year',
    );
    expect(first('If the board says the charges are temporary, nobody in the town believes it.')).toBe('the charges are temporary');
    expect(first('While one trader says takings have fallen by a third, another reports no change at all.')).toBe('takings have fallen by a third');
    expect(first('As the chairman argued that other harbours charged far more, fishermen in the gallery shook their heads.')).toBe(
      'other harbours charged far more',
    );
    expect(first('Even as the mayor accused the board of hiding the accounts, fishermen packed the public gallery.')).toBe('the board of hiding the accounts');
  });

  it('not past a list inside the content, nor when the cue is in the main clause', () => {
    expect(quotesOf('While the board said it would consult residents, traders and fishermen, the decision was taken in private.')[0]!.text).toBe(
      'it would consult residents, traders and fishermen',
    );
    expect(quotesOf('When asked about the charges, the chairman said the harbour, local traders and visitors would all gain.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the harbour, local traders and visitors would all gain' }),
    );
  });
});

describe('a quotation introduced by "that"', () => {
  it('is a reported clause in the speaker’s words, from "that" to its closing mark', () => {
    const spans = (body: string) => {
      const text = `Test article\n\n${body}`;
      return extract(text).quotes.map((q) => [q.kind, text.slice(q.start, q.end)]);
    };
    expect(spans('The mayor told traders on Tuesday that “the harbour will be busier than ever by the summer.”')).toEqual([
      ['MIXED', 'that “the harbour will be busier than ever by the summer.”'],
    ]);
    expect(spans('Ms Dale warned that “nobody should expect the charges to fall.”')).toEqual([['MIXED', 'that “nobody should expect the charges to fall.”']]);
    expect(spans('She said that “we are in this together,” and left the meeting early.')[0]).toEqual(['MIXED', 'that “we are in this together,”']);
  });

  it('while a quotation after a colon is the quotation itself', () => {
    const text = 'Test article\n\nMs Dale said: “Nobody should expect the charges to fall.”';
    expect(extract(text).quotes.map((q) => [q.kind, text.slice(q.start, q.end)])).toEqual([['DIRECT', 'Nobody should expect the charges to fall.']]);
  });
});

describe('the subject going on with its next verb after a comma (a market hall’s closure)', () => {
  it('ends what a phrase reported: "mocked her rivals, ignored the chair and …"', () => {
    expect(quotesOf('Councillor Ann Holt mocked her rivals, ignored the chair and left before the vote on the market hall.')).toContainEqual(
      expect.objectContaining({ cue: 'mocked', text: 'her rivals' }),
    );
    expect(quotesOf('Ann Holt took a softer line, suggesting the council lease the hall, was cautious about the rents and left early.')).toContainEqual(
      expect.objectContaining({ cue: 'suggesting', text: 'the council lease the hall' }),
    );
  });

  it('ends a phrase reported inside a relative clause on the subject before the subject’s verb', () => {
    expect(quotesOf('Tom Reyes, who started the campaign with a speech denouncing the market company, will not attend the meeting.')).toContainEqual(
      expect.objectContaining({ cue: 'denouncing', text: 'the market company' }),
    );
  });

  it('not at a participle on a noun, nor in a verb series of the content itself', () => {
    expect(quotesOf('A survey by the Gazette showed Ann Holt ahead with 41 percent, followed closely by Tom Reyes at 30 percent.')).toContainEqual(
      expect.objectContaining({ cue: 'showed', text: 'Ann Holt ahead with 41 percent, followed closely by Tom Reyes at 30 percent' }),
    );
    expect(quotesOf('Ann Holt said the lease, signed in 1990, was unfair to the traders.')).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the lease, signed in 1990, was unfair to the traders' }),
    );
    expect(quotesOf('Tom Reyes said the hall had lost its traders, closed its cafe in May and raised the rents.')[0]!.text).toMatch(
      /^the hall had lost its traders, closed its cafe/u,
    );
  });
});

describe('a cue in an opening clause whose main clause the walk did not know before', () => {
  const said = (body: string) => quotesSaid(body).map((q) => [q.cue, q.text]);

  it('reports up to the main clause after "ever since", a participle on an opening noun and an opening purpose', () => {
    expect(said('Ever since she endorsed Ann Roe, Mary Lee has been her loudest voice.')).toContainEqual(['endorsed', 'Ann Roe']);
    expect(said('Despite polls showing the mayor far behind, Ann Roe campaigned hard in the north.')).toContainEqual(['showing', 'the mayor far behind']);
    expect(said('In an effort to clarify her remarks about the bridge, Ann Roe on Friday only muddied the debate.')).toContainEqual([
      'clarify',
      'her remarks about the bridge',
    ]);
  });

  it('also when the content is one word, or the main clause has a longer subject', () => {
    expect(said('As the mayor attacked Roe, the crowd chanted loudly.')).toContainEqual(['attacked', 'Roe']);
    expect(said("But if the emails show that he mishandled the files, one of the mayor's closest aides could face an inquiry.")).toContainEqual([
      'show',
      'he mishandled the files',
    ]);
    expect(
      said('But while the union is happily supporting the delay as a win for workers, several sources close to the talks say the council forced it.'),
    ).toEqual([
      ['supporting', 'the delay as a win for workers'],
      ['say', 'the council forced it'],
    ]);
    expect(said('While the mayor insists the levy is fair, Councillor Ann Roe, a Liberal, says it hurts the poor.')).toEqual([
      ['insists', 'the levy is fair'],
      ['says', 'it hurts the poor'],
    ]);
  });

  it('while a time alone is no content, and a list inside the content still goes on', () => {
    expect(said('While speaking Friday, he said the plan was dead.')).toEqual([['said', 'the plan was dead']]);
    expect(said('While the board said it would consult residents, traders and fishermen, the decision was taken in private.')).toContainEqual([
      'said',
      'it would consult residents, traders and fishermen',
    ]);
  });
});

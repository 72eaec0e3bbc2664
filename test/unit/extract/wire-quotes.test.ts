// Quotes in news-wire and press-agency copy: datelines, trailing attributions after a clause with a
// cue of its own, and the narrator's asides that close a content. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quoteReadings } from '../../support/extraction.js';

/** Quotes of an article whose first line is its headline, as [cue, speaker surface, content]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text.replace(/^that\s+/u, '')]);
}

/** The parts of each quote. */
const partsOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.parts.map((p) => p.text));

describe('datelines', () => {
  it('a dateline with a date, a country or an agency opens no content and names no speaker', () => {
    for (const dateline of ['MOSCOW, May 30 (Reuters) - ', 'TEHRAN, Jan. 5 (IRNA) -- ', 'KARACHI, Pakistan (AP) — ', 'NEW DELHI, March 3 (PTI) ']) {
      expect(quotesOf(`${dateline}The energy ministry said on Tuesday that fuel prices would stay unchanged.`)).toEqual([
        ['said', 'The energy ministry', 'fuel prices would stay unchanged'],
      ]);
    }
  });

  it('a dateline after a byline or a source line is no part of the content either', () => {
    for (const before of ['By Lena Ortiz\n\n', 'Valley Courier\n\n', 'By Lena Ortiz\nStaff writer\n\n']) {
      expect(quotesOf(`${before}QUITO, Ecuador (AP) — The river rose three metres overnight, officials said on Friday.`)).toEqual([
        ['said', 'officials', 'The river rose three metres overnight'],
      ]);
    }
  });

  it('the lead a headline’s description points to is the story’s first sentence, not the byline', () => {
    const x = extract('Arsenal boss admits the title race is over\n\nBy Lena Ortiz\n\nMikel Ortega conceded on Sunday that the title was gone.');
    expect(x.quotes.map((q) => q.speaker.name)).toEqual(['Mikel Ortega', 'Mikel Ortega']);
  });

  it('a lead without a dateline keeps its first words', () => {
    expect(quotesOf('Germany will send more tanks to the front, Chancellor Max Brandt said on Tuesday.')).toEqual([
      ['said', 'Max Brandt', 'Germany will send more tanks to the front'],
    ]);
  });
});

describe('a trailing attribution after a clause with a cue of its own', () => {
  it('closes the inner content and reports the whole clause', () => {
    const qs = quotesOf('The commission will propose new tariffs on steel next week, Commission President Ana Ruiz said on Wednesday.');
    expect(qs[0]).toEqual(['said', 'Ana Ruiz', 'The commission will propose new tariffs on steel next week']);
    expect(qs.slice(1).map((q) => q[2])).not.toContainEqual(expect.stringContaining('Ana Ruiz'));
  });

  it('with a venue, or narration after a comma, after the trailing cue', () => {
    const qs = quotesOf('Chile on Tuesday urged both sides to show restraint, a foreign ministry spokeswoman said, as protests spread.');
    expect(qs).toContainEqual(['said', 'a foreign ministry spokeswoman', 'Chile on Tuesday urged both sides to show restraint']);
    expect(qs).toContainEqual(['urged', 'Chile', 'both sides to show restraint']);
    const [, stressed] = quotesOf('Tom Hale stressed the need to reopen the border crossings, the presidency said in a statement posted on its website.');
    expect(stressed).toEqual(['stressed', 'Tom Hale', 'the need to reopen the border crossings']);
  });

  it('with its speaker after the cue, or with when it was said after the cue', () => {
    expect(quoteReadings('Ann Holt warned that the pier would close, said Tom Pike.').map((q) => [q.cue, q.mention, q.text])).toEqual([
      ['said', 'Tom Pike', 'Ann Holt warned that the pier would close'],
      ['warned', 'Ann Holt', 'the pier would close'],
    ]);
    expect(quoteReadings('Ann Holt warned that the pier would close, reported the Velmora Herald.').map((q) => [q.mention, q.text])).toEqual([
      ['Velmora Herald', 'Ann Holt warned that the pier would close'],
      ['Ann Holt', 'the pier would close'],
    ]);
    expect(quoteReadings('Ann Holt warned that the pier would close, said an official who was briefed on the talks.').map((q) => q.text)).toEqual([
      'Ann Holt warned that the pier would close',
      'the pier would close',
    ]);
    expect(quoteReadings('Ann Holt said the levy would pass, the Velmora Herald reported late Thursday.').map((q) => [q.mention, q.text])).toEqual([
      ['Velmora Herald', 'Ann Holt said the levy would pass'],
      ['Ann Holt', 'the levy would pass'],
    ]);
    expect(quoteReadings('Ann Holt said the levy would pass, the Velmora Herald reported last week.').map((q) => q.text)).toEqual([
      'Ann Holt said the levy would pass',
      'the levy would pass',
    ]);
  });

  it('a clause after the second cue is no attribution', () => {
    expect(quoteReadings('Ann Holt warned that the pier would close, said the plan would fail and left.').map((q) => q.text)).toContainEqual(
      'the pier would close, said the plan would fail and left',
    );
  });

  it('a relative clause after a comma is no attribution', () => {
    // (what critics say, nested in the subject, is no word of his: subject-relative-pieces.test.ts)
    expect(quotesOf('Mark Reed said the lithium deal, which critics say is unfair, would be signed in May.')).toContainEqual([
      'said',
      'Mark Reed',
      'the lithium deal would be signed in May',
    ]);
  });
});

describe('the narrator’s asides close a content', () => {
  it('", without giving details", ", without elaborating"', () => {
    expect(quotesOf('Lena Holt said the army had retaken two villages, without giving details.')).toEqual([
      ['said', 'Lena Holt', 'the army had retaken two villages'],
    ]);
    expect(quotesOf('Lena Holt said talks with donors were under way, without elaborating.')).toEqual([
      ['said', 'Lena Holt', 'talks with donors were under way'],
    ]);
  });

  it('", a day after …", ", hours before …"', () => {
    expect(quotesOf('The governor vowed to rebuild the bridge within a year, a day after floods swept it away.')).toEqual([
      ['vowed', 'The governor', 'to rebuild the bridge within a year'],
    ]);
  });

  it('", a figure police did not confirm"', () => {
    expect(quotesOf('The union said 40,000 workers had joined the strike, a figure the government disputed.')).toEqual([
      ['said', 'The union', '40,000 workers had joined the strike'],
    ]);
  });

  it('a future time ending the content is part of it: "would resume next week"', () => {
    expect(quotesOf('Omar Nasser said on Monday that the talks would resume in Geneva next week.')).toEqual([
      ['said', 'Omar Nasser', 'the talks would resume in Geneva next week'],
    ]);
  });
});

describe('who is quoted', () => {
  it('"quoted X as saying", "cited X as saying": X speaks; "X was quoted by Y as saying": X speaks', () => {
    expect(quotesOf('The state news agency quoted a senior official as saying that the swap could take place within weeks.')).toEqual([
      ['saying', 'a senior official', 'the swap could take place within weeks'],
    ]);
    expect(quotesOf('The agency cited Interior Minister Omar Nasser as saying the border would reopen.')).toEqual([
      ['saying', 'Omar Nasser', 'the border would reopen'],
    ]);
    expect(quotesOf('The statement quoted Sisi as saying that Egypt would not allow it.')).toEqual([['saying', 'Sisi', 'Egypt would not allow it']]);
    expect(quotesOf('Energy Minister Omar Nasser was quoted by the state news agency as saying output would rise.')).toEqual([
      ['saying', 'Omar Nasser', 'output would rise'],
    ]);
  });

  it('"…, Y quoted X, an aide, as saying": what was said ends before the clause that quotes', () => {
    expect(quotesOf('The talks will resume next week, the Interfax news agency quoted a Kremlin aide, Yuri Ushakov, as saying.')).toEqual([
      ['saying', 'Yuri Ushakov', 'The talks will resume next week'],
    ]);
    expect(quotesOf('The army would not intervene, state media quoted the defence minister as saying on Monday.')).toEqual([
      ['saying', 'the defence minister', 'The army would not intervene'],
    ]);
  });

  it('"X was quoted as saying" without an agent, after a quotation or closing the sentence', () => {
    expect(quotesOf('Energy Minister Omar Nasser was quoted as saying that output would rise.')).toEqual([['saying', 'Omar Nasser', 'output would rise']]);
    expect(quotesOf('Omar Nasser spoke in Cairo. “Our position has not changed,” he was quoted as saying.')).toEqual([
      ['saying', 'he', 'Our position has not changed,'],
    ]);
    expect(quotesOf('Talks will resume next month, a senior official was quoted as saying on Sunday.')).toEqual([
      ['saying', 'a senior official', 'Talks will resume next month'],
    ]);
  });

  it('the one quoted is a name in apposition, the name before a description, or the head of a phrase', () => {
    expect(quotesOf('State television quoted the head of the nuclear agency, Omar Nasser, as saying that no weapon was planned.')).toEqual([
      ['saying', 'Omar Nasser', 'no weapon was planned'],
    ]);
    expect(
      quotesOf('Newspapers quoted the National Rights Observatory (NRO), a state watchdog, as saying earlier in August that 400 people had died.'),
    ).toEqual([['saying', 'National Rights Observatory', '400 people had died']]);
    expect(quotesOf('State television quoted a senior official in the president’s office as saying that talks would resume.')).toEqual([
      ['saying', 'a senior official', 'talks would resume'],
    ]);
  });
});

describe('listeners', () => {
  it('a listener in lower case is no part of a name after it: "told reporters President X had …"', () => {
    expect(quotesOf('Kremlin spokesman Dmitry Peskov told reporters President Vladimir Putin had been informed of the attack.')).toEqual([
      ['told', 'Dmitry Peskov', 'President Vladimir Putin had been informed of the attack'],
    ]);
  });

  it('a subject and a past form after the listener make a clause: "told reporters the strikes targeted …"', () => {
    expect(quotesOf('Army spokesman Richard Hecht told reporters the strikes targeted weapons depots and launch sites.')).toEqual([
      ['told', 'Richard Hecht', 'the strikes targeted weapons depots and launch sites'],
    ]);
    expect(quotesOf('Army spokesman Richard Hecht told a news conference in Tel Aviv.')).toEqual([]);
  });
});

describe('acts that look like speech', () => {
  it('"claimed responsibility", "denied entry" are no speech; "denied that …" is', () => {
    expect(quotesOf('No group has claimed responsibility for the attack.')).toEqual([]);
    expect(quotesOf('Israel denied entry to the UN inspectors on Monday.')).toEqual([]);
    expect(quotesOf('Israel denied that it had struck the hospital.')).toEqual([['denied', 'Israel', 'it had struck the hospital']]);
  });
});

describe('a place and a colon opening the lead', () => {
  it('is a dateline, while a name and a colon is a transcript turn', () => {
    expect(quotesOf('ISLAMABAD: Pakistan said on Monday it would reopen the border crossing.')).toEqual([
      ['said', 'Pakistan', 'it would reopen the border crossing'],
    ]);
    expect(quotesOf('WALLACE: Let us start with the economy, which is weak.')).toEqual([[null, 'WALLACE', 'Let us start with the economy, which is weak']]);
  });
});

describe('more wire constructions', () => {
  it('"called upon X to …" appeals like "called on"', () => {
    expect(quotesOf('Prime Minister Sheikh Hasina today called upon donor countries to raise their aid.')).toEqual([
      ['called', 'Sheikh Hasina', 'donor countries to raise their aid'],
    ]);
  });

  it('"said in a tweet the group had …": the clause after the venue is the content', () => {
    expect(quotesOf('Spokesman Yahya Saree said in a tweet the group had targeted two airports.')).toEqual([
      ['said', 'Yahya Saree', 'the group had targeted two airports'],
    ]);
  });

  it('"…, state media reported.": a cue closing the sentence takes the words before for its content', () => {
    expect(quotesOf('The coalition said on Saturday it had destroyed a drone, state media reported.')).toEqual([
      ['reported', 'state media', 'The coalition said on Saturday it had destroyed a drone'],
      ['said', 'The coalition', 'it had destroyed a drone'],
    ]);
  });

  it('"…, both clubs announced": a noun after a determiner is the subject, though it may be a verb', () => {
    expect(quotesOf('Kwame Osei has joined Sporting Lisbon from Ajax, both clubs announced on Thursday.')).toEqual([
      ['announced', 'both clubs', 'Kwame Osei has joined Sporting Lisbon from Ajax'],
    ]);
  });

  it('a time after the cue is no content: "conceded shortly before midnight"', () => {
    expect(quotesOf('Greg Pike conceded shortly before midnight. Ana Ruiz resigned days after the vote.')).toEqual([]);
  });

  it('"expressed hope that …": the clause is what was said', () => {
    expect(quotesOf('Omar Nasser expressed hope that the border would reopen soon.')).toEqual([['expressed', 'Omar Nasser', 'the border would reopen soon']]);
  });

  it('", without giving details" after a trailing attribution is the narrator’s', () => {
    expect(quotesOf('The bridge will open in May, the source added, without giving details.')).toEqual([
      ['added', 'the source', 'The bridge will open in May'],
    ]);
  });
});

describe('a headline opening with a quotation', () => {
  const headline = (line: string) => {
    const x = extract(`${line}\n\nThe minister spoke on Sunday.`);
    return x.quotes.map((q) => [q.kind, q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text]);
  };

  it('is the words of the speaker the cue after it names', () => {
    expect(headline("'We will respond decisively,' Iran's army chief warns")).toEqual([['DIRECT', 'warns', "Iran's army chief", 'We will respond decisively']]);
    expect(headline("'We are not afraid', says Ukrainian mayor")).toEqual([['DIRECT', 'says', 'Ukrainian mayor', 'We are not afraid']]);
    expect(headline('“Time is running out,” UN chief tells summit')).toEqual([['DIRECT', 'tells', 'UN chief', 'Time is running out']]);
    // A label of the page before a colon is no part of it.
    expect(headline("Interview: 'The fight is now about money', says UN chief")).toEqual([['DIRECT', 'says', 'UN chief', 'The fight is now about money']]);
    expect(headline("EXCLUSIVE: 'We are not afraid', says Ukrainian mayor")).toEqual([['DIRECT', 'says', 'Ukrainian mayor', 'We are not afraid']]);
  });

  it('unquoted, with a noun for people by what they do after the cue, is what they said', () => {
    expect(headline('Climate talks stall over finance, says UN chief negotiator')).toEqual([
      ['INDIRECT', 'says', 'UN chief negotiator', 'Climate talks stall over finance'],
    ]);
    expect(headline('Rate cut is coming, says top economist')).toEqual([['INDIRECT', 'says', 'top economist', 'Rate cut is coming']]);
  });

  it('a past form of a verb that addresses someone, with nobody after it, is a passive: its subject is spoken to', () => {
    expect(headline('Ministers urged to act on housing')).toEqual([]);
    expect(headline('Residents warned over flooding')).toEqual([]);
    expect(headline('Council asked to explain delays')).toEqual([]);
    expect(headline('Minister said to be weighing exit')).toEqual([]);
    expect(headline('Minister urges MPs to back housing plan')).toEqual([['INDIRECT', 'urges', 'Minister', 'MPs to back housing plan']]);
  });

  it('in a body sentence too: "…, said the negotiator"', () => {
    expect(headline('Talks stall\n\nThe talks have stalled, said the negotiator.').slice(-1)).toEqual([
      ['INDIRECT', 'said', 'the negotiator', 'The talks have stalled'],
    ]);
  });

  it('signed after a dash by a person or a body, is what they said; a site or a label after it is no signature', () => {
    expect(headline('Wages to rise in January — Minister')).toEqual([['INDIRECT', null, 'Minister', 'Wages to rise in January']]);
    expect(headline('‘We will not back down’ — union leader')).toEqual([['DIRECT', null, 'union leader', 'We will not back down']]);
    expect(headline('Ukraine war — live updates')).toEqual([]);
    expect(headline('Stocks fall in Tokyo - Reuters')).toEqual([]);
    // So is one signed after a colon, as South Asian papers write them.
    expect(headline('Govt to table new tax bill next week: minister')).toEqual([['INDIRECT', null, 'minister', 'Govt to table new tax bill next week']]);
    expect(headline('Markets: Stocks fall as oil prices rise')).toEqual([]);
  });

  it('with no cue, before a colon, is the words of the person or people the rest opens with', () => {
    expect(headline('‘We will not back down’: PM defiant as rebels gather')).toEqual([['DIRECT', null, 'PM', 'We will not back down']]);
    expect(headline('‘It was a disaster’: residents count cost of floods')).toEqual([['DIRECT', null, 'residents', 'It was a disaster']]);
    // A title before the colon is said by no one.
    expect(headline('‘The Bear’: a show that changed television')).toEqual([]);
    expect(headline('‘Game of Thrones’: HBO confirms prequel')).toEqual([]);
  });

  it('before a colon and a speaker, is the words of the phrase up to what they were said on', () => {
    expect(headline('‘We cannot wait for Brussels’: farmers’ leader on the nitrogen row')).toEqual([
      ['DIRECT', null, 'farmers’ leader', 'We cannot wait for Brussels'],
    ]);
    expect(headline('‘Nobody asked us’: union leader on the pension reform')).toEqual([['DIRECT', null, 'union leader', 'Nobody asked us']]);
    // A place is no speaker, whatever it is said on.
    expect(headline('‘The Bear’: Chicago on the small screen')).toEqual([]);
  });
});

describe('where a content ends', () => {
  it('"despite reports that …" or "amid calls for …" is what others said, set against the content by the narrator', () => {
    expect(quotesOf('The White House said the president had not decided, despite reports that an announcement was imminent.')).toContainEqual([
      'said',
      'White House',
      'the president had not decided',
    ]);
    expect(quotesOf('Ann Roe said the plan would go ahead, amid growing calls for a delay.')).toContainEqual(['said', 'Ann Roe', 'the plan would go ahead']);
    // Not anything else "despite" opens.
    expect(quotesOf('Ann Roe said the economy was strong, despite rising prices.')).toEqual([
      ['said', 'Ann Roe', 'the economy was strong, despite rising prices'],
    ]);
  });

  it('", while police put the figure at …" is another source\'s figure, no part of the content', () => {
    expect(quotesOf('Organisers said 20,000 people had marched, while police put the figure at 8,000.')).toEqual([
      ['said', 'Organisers', '20,000 people had marched'],
    ]);
    expect(quotesOf('Analysts at Nordea said they expected a cut in September, while Handelsbanken forecast one in June.')).toEqual([
      ['said', 'Nordea', 'they expected a cut in September'],
    ]);
    expect(quotesOf('The union said the strike had closed 300 schools, while the ministry counted 120.')).toEqual([
      ['said', 'The union', 'the strike had closed 300 schools'],
    ]);
    // A contrast of the speaker's own goes on.
    expect(quotesOf('Ann Roe said prices had risen 3 percent, while wages had fallen.')).toEqual([
      ['said', 'Ann Roe', 'prices had risen 3 percent, while wages had fallen'],
    ]);
  });

  it('after "…, a new poll shows," a clause joined by "and" is the narrator\'s, unless it gives another share', () => {
    expect(partsOf('The levy is unpopular, a new survey shows, and both parties spent heavily on leaflets.')).toEqual([['The levy is unpopular']]);
    expect(partsOf('Most tenants back the levy, the survey found, and a third want it doubled.')).toEqual([
      ['Most tenants back the levy', 'and a third want it doubled'],
    ]);
    expect(partsOf('Rents rose 4 percent, the agency said, and wages fell by 2 percent.')).toEqual([['Rents rose 4 percent', 'and wages fell by 2 percent']]);
  });

  it('a word in -ing inside a list goes on with the content: "invoices, scheduling and emails"', () => {
    expect(quotesOf('Ann Roe said the app could handle invoices, scheduling and customer emails.')).toEqual([
      ['said', 'Ann Roe', 'the app could handle invoices, scheduling and customer emails'],
    ]);
  });

  it('a participle of what the reported event brought about goes on with a reported clause', () => {
    expect(quotesOf('The baker said profit rose 14 per cent, bringing its cash pile to more than £200 million.')).toEqual([
      ['said', 'The baker', 'profit rose 14 per cent, bringing its cash pile to more than £200 million'],
    ]);
    expect(quotesOf('Ann Roe said the storm had cut the line, leaving thousands without power.')).toEqual([
      ['said', 'Ann Roe', 'the storm had cut the line, leaving thousands without power'],
    ]);
    expect(quotesOf('Dr Ian Hale said warmer water was eating the ice from below, making it harder for new ice to form.')).toEqual([
      ['said', 'Ian Hale', 'warmer water was eating the ice from below, making it harder for new ice to form'],
    ]);
    expect(quotesOf('The coach said his side had been patient, keeping the ball well.')).toEqual([
      ['said', 'The coach', 'his side had been patient, keeping the ball well'],
    ]);
    // The speaker's stance, a reaction to the words, a question, a cue after it, a phrase: the narrator's.
    expect(quotesOf('Ann Roe said the plan had failed, echoing her rivals.')).toEqual([['said', 'Ann Roe', 'the plan had failed']]);
    expect(quotesOf('Ann Roe said the plan had failed, prompting an inquiry.')).toEqual([['said', 'Ann Roe', 'the plan had failed']]);
    expect(quotesOf('Ann Roe wondered whether the plan would work, stirring the debate again.')).toEqual([
      ['wondered', 'Ann Roe', 'whether the plan would work'],
    ]);
    expect(quotesOf('Ann Roe praised the crews for their work, visiting the depot on Monday.')).toEqual([['praised', 'Ann Roe', 'the crews for their work']]);
  });

  it('a participle closes a content, unless a second clause the cue reports follows it', () => {
    expect(quotesOf('Ann Roe said the storm had cut the line, sending crews out overnight.')).toEqual([['said', 'Ann Roe', 'the storm had cut the line']]);
    // An adjective in -ing before its noun and the clause's verb is no participle.
    expect(quotesOf('Rachel Sime said cheap, existing drugs were “exactly where we should be looking.”')).toEqual([
      ['said', 'Rachel Sime', 'cheap, existing drugs were “exactly where we should be looking.”'],
    ]);
    expect(quotesOf('Ann Roe said the bank raised rates, saying it was needed.')).toContainEqual(['said', 'Ann Roe', 'the bank raised rates']);
    expect(quotesOf('Ann Roe says her father has saved lives, ferrying patients across at night, but that he cannot do it forever.')).toEqual([
      ['says', 'Ann Roe', 'her father has saved lives, ferrying patients across at night, but that he cannot do it forever'],
    ]);
  });

  it('the occasion of the speech closes a phrase content: "during a meeting with …", "at a campaign stop in …"', () => {
    expect(quotesOf('Wang Yi stressed the importance of dialogue during a meeting with his Brazilian counterpart in Beijing.')).toEqual([
      ['stressed', 'Wang Yi', 'the importance of dialogue'],
    ]);
    // A clause keeps its times and places: they may be what was said.
    expect(quotesOf('Wang Yi said the talks would resume during a meeting in Geneva.')).toEqual([
      ['said', 'Wang Yi', 'the talks would resume during a meeting in Geneva'],
    ]);
  });

  it('where, through what or to whom a phrase was said closes it: "from the Senate floor", "on air", "to reporters"', () => {
    expect(quoteReadings('Ann Holt attacked the Velmora council from the Senate floor on Tuesday.').map((q) => q.text)).toEqual(['the Velmora council']);
    expect(quoteReadings('Ann Holt criticized the ferry budget on air.').map((q) => q.text)).toEqual(['the ferry budget']);
    expect(quoteReadings('Ann Holt praised the new ferry to reporters in Dovra.').map((q) => q.text)).toEqual(['the new ferry']);
    // A clause keeps them; so does a phrase a comma goes on after ("keeping the ferry running, compared to …" is said).
    expect(quoteReadings('Ann Holt said the vote was held on air.').map((q) => q.text)).toEqual(['the vote was held on air']);
  });

  it('"despite …", "in the wake of …" close a phrase of two words or more', () => {
    expect(quoteReadings('Tom Hale demanded new ferry inspections despite the cost to the harbour.').map((q) => q.text)).toEqual(['new ferry inspections']);
    expect(quoteReadings('Tom Hale urged the council to reopen the pier in the wake of the storm.').map((q) => q.text)).toEqual([
      'the council to reopen the pier',
    ]);
    // A pronoun alone keeps what follows it.
    expect(quoteReadings('Tom Hale defended it despite criticism.').map((q) => q.text)).toEqual(['it despite criticism']);
  });

  it('an infinitive the cue takes after the occasion, asking or warning the one it names, goes on', () => {
    expect(quoteReadings('Ann Holt warned the ferry chief during their meeting in Velmora not to close the pier.').map((q) => q.text)).toEqual([
      'the ferry chief during their meeting in Velmora not to close the pier',
    ]);
    expect(quoteReadings('Ann Holt urged the union during a meeting on Friday to call off the strike.').map((q) => q.text)).toEqual([
      'the union during a meeting on Friday to call off the strike',
    ]);
    expect(quoteReadings('Wang Li stressed the importance of dialogue during a meeting with his counterpart in Velmora.').map((q) => q.text)).toEqual([
      'the importance of dialogue',
    ]);
  });

  it('after a phrase, a clause with its own subject is narration: ", and the union also stepped in", ", but he has …"', () => {
    expect(quotesOf('The bank agreed to lend the miners $5 million, and the union also stepped in with money.')).toEqual([
      ['agreed', 'The bank', 'to lend the miners $5 million'],
    ]);
    expect(quotesOf('Ann Holt praised the volunteers for their work but also had to close the shelter.')).toEqual([
      ['praised', 'Ann Holt', 'the volunteers for their work'],
    ]);
  });

  it('", while 73 percent said …" and ", as he did again …" close the content', () => {
    const qs = quotesOf('Most voters said the mayor was honest, while 40 percent said the same of his rival.');
    expect(qs).toContainEqual(['said', 'Most voters', 'the mayor was honest']);
    expect(qs).toContainEqual(['said', '40 percent', 'the same of his rival']);
    expect(quotesOf('Omar Nasser said the audit was the reason for the delay, as he did again on Monday.')).toEqual([
      ['said', 'Omar Nasser', 'the audit was the reason for the delay'],
    ]);
  });

  it('", as have other council members", ", as did her rival" close the content; "as has been the custom" stays', () => {
    expect(quotesOf('Ann Holt said she would not back the ferry levy, as have other council members.')).toEqual([
      ['said', 'Ann Holt', 'she would not back the ferry levy'],
    ]);
    expect(quotesOf('Tom Pike said the pier must close by May, as did his rival Ann Holt.')).toEqual([['said', 'Tom Pike', 'the pier must close by May']]);
    expect(quotesOf('The dockers union said it opposed the harbour levy, as has Velmora Ferries.')).toEqual([
      ['said', 'The dockers union', 'it opposed the harbour levy'],
    ]);
    expect(quotesOf('Ann Holt said she would publish her tax returns, as has been the custom for candidates.')).toEqual([
      ['said', 'Ann Holt', 'she would publish her tax returns, as has been the custom for candidates'],
    ]);
  });

  it('a time the content is about stays: "this year", "last year", ", beginning in January"', () => {
    expect(quotesOf('The fund said it was lowering its forecast for growth this year.')).toEqual([
      ['said', 'The fund', 'it was lowering its forecast for growth this year'],
    ]);
    expect(quotesOf('The bank announced it would end the bonuses, beginning in January.')).toEqual([
      ['announced', 'The bank', 'it would end the bonuses, beginning in January'],
    ]);
  });

  it("a concession with no subject or verb of its own qualifies what was said; one with a clause of its own is the narrator's", () => {
    expect(quotesOf('Omar Nasser said he would back the plan, though not the budget.')).toEqual([
      ['said', 'Omar Nasser', 'he would back the plan, though not the budget'],
    ]);
    expect(quotesOf('Omar Nasser said it was a useful, although brief, session with the unions.')).toEqual([
      ['said', 'Omar Nasser', 'it was a useful, although brief, session with the unions'],
    ]);
    expect(quotesOf('Omar Nasser said he would back the plan, though he did not rule out a veto.')).toEqual([
      ['said', 'Omar Nasser', 'he would back the plan'],
    ]);
  });

  it('an opening phrase naming where it was said is no part of what was said; one of when, or an infinitive, is', () => {
    expect(quotesOf('In a statement on Monday, Omar Nasser said, the country has doubled its exports.')).toEqual([
      ['said', 'Omar Nasser', 'the country has doubled its exports'],
    ]);
    expect(quotesOf('After reading the figures, Omar Nasser said, the country had doubled its exports.')).toEqual([
      ['said', 'Omar Nasser', 'the country had doubled its exports'],
    ]);
    expect(quotesOf('During his years in office, Omar Nasser said, the country has doubled its exports.')).toEqual([
      ['said', 'Omar Nasser', 'During his years in office the country has doubled its exports'],
    ]);
    expect(quotesOf('At this rate, Omar Nasser said, the debt would take a decade to repay.')).toEqual([
      ['said', 'Omar Nasser', 'At this rate the debt would take a decade to repay'],
    ]);
    const [q] = quotesOf('To understand the crisis, Omar Nasser said, one should visit the camps.');
    expect(q![2]).toBe('To understand the crisis one should visit the camps');
  });
});

describe('readouts and statements', () => {
  it('"highlighted", "condemned", "welcomed", "reaffirmed", "rejected" report what officials said', () => {
    expect(quotesOf('Omar Nasser highlighted the role of scholars in promoting unity.')).toEqual([
      ['highlighted', 'Omar Nasser', 'the role of scholars in promoting unity'],
    ]);
    expect(quotesOf('The foreign ministry condemned the attack on the embassy in the strongest terms.')).toEqual([
      ['condemned', 'The foreign ministry', 'the attack on the embassy in the strongest terms'],
    ]);
    expect(quotesOf('Ann Holt reaffirmed that the country would honour its commitments.')).toEqual([
      ['reaffirmed', 'Ann Holt', 'the country would honour its commitments'],
    ]);
  });

  it('"said in a statement read outside court:" is the family speaking, "read" telling where; "The statement read:" is the document', () => {
    expect(quotesOf('The family said in a statement read outside court: “She was funny, brave and kind.”')).toEqual([
      ['said', 'The family', 'She was funny, brave and kind.'],
    ]);
    expect(quotesOf('Her parents spoke through a solicitor. The statement read: “She was funny, brave and kind.”')).toEqual([
      ['read', 'The statement', 'She was funny, brave and kind.'],
    ]);
  });

  it('"in a statement carried by SPA that …", "in a statement posted on its website that …": venues before "that"', () => {
    expect(quotesOf('The coalition said in a statement carried by state news agency SPA that it would protect civilians.')).toEqual([
      ['said', 'The coalition', 'it would protect civilians'],
    ]);
    expect(quotesOf('The ministry said in a statement posted on its website that the talks had failed.')).toEqual([
      ['said', 'The ministry', 'the talks had failed'],
    ]);
  });

  it('a colon after a longer venue still introduces the quotation: "wrote on X, formerly known as Twitter: “…”"', () => {
    expect(quotesOf('Srettha Thavisin wrote on X, formerly known as Twitter: “Today we begin work to give Thais a better life.”')).toEqual([
      ['wrote', 'Srettha Thavisin', 'Today we begin work to give Thais a better life.'],
    ]);
  });

  it('a bracket closing one inside the content stays: "560 billion baht ($15.5 billion)"', () => {
    expect(quotesOf('The scheme will cost about 560 billion baht ($15.5 billion), according to the finance ministry.')).toEqual([
      ['according to', 'the finance ministry', 'The scheme will cost about 560 billion baht ($15.5 billion)'],
    ]);
  });
});

describe('"per X" and "according to" a rule', () => {
  it('"per" opening the sentence or after a comma names a source, as "according to" does', () => {
    expect(quotesOf('Per Ebolo, a draft could be ready by March.')).toEqual([['Per', 'Ebolo', 'a draft could be ready by March']]);
    expect(quotesOf('The talks collapsed on Friday, per the spokesman.')).toEqual([['per', 'the spokesman', 'The talks collapsed on Friday']]);
  });

  it('"per" in a rate or before a plan or rule names no source', () => {
    expect(quotesOf('Fuel prices rose 5 per cent in May.')).toEqual([]);
    expect(quotesOf('A quarter of that, per the McKinley plan, is $40,000.')).toEqual([]);
  });

  it('a law, an agreement or a contract is no one who speaks', () => {
    expect(quotesOf('According to the agreement, troops will withdraw by May.')).toEqual([]);
    expect(quotesOf('Per his contract, he will be paid in June.')).toEqual([]);
    expect(quotesOf('According to the rules, the vote must be held within a month.')).toEqual([]);
  });
});

describe('"as X said" after a quotation', () => {
  it('the quotation before "as" is X’s, and it ends the content of the speaker before', () => {
    expect(quotesOf('He wore a T-shirt with the words “I can’t breathe,” as Eric Garner said before he died.')).toEqual([
      ['said', 'Eric Garner', 'I can’t breathe,'],
    ]);
    // Inside another speaker's content the quoted words stay that content's (MIXED), which ends before "as".
    const x = extract(
      'Test article\n\nProtest, Omar Nasser said, is patriotism, whether it was a sit-in or a T-shirt with the words “I can’t breathe,” as Eric Garner, gasping on a sidewalk, said before he died.',
    );
    expect(x.quotes.map((q) => [q.kind, q.speaker.mention?.text, q.parts.map((p) => p.text)])).toEqual([
      ['MIXED', 'Omar Nasser', ['Protest', 'is patriotism, whether it was a sit-in or a T-shirt with the words “I can’t breathe,”']],
    ]);
  });
});

describe('"agreed to …"', () => {
  it('an infinitive after "agreed" is a sure content, a noun phrase is not', () => {
    const sure = (body: string) =>
      extract(`Test article\n\n${body}`)
        .quotes.filter((q) => q.confidence >= 0.5)
        .map((q) => q.text);
    expect(sure('Saudi Arabia and Iran agreed on Thursday to reopen their embassies within two months.')).toEqual([
      'to reopen their embassies within two months',
    ]);
    expect(sure('The member states agreed a new budget for the fund.')).toEqual([]);
  });
});

describe('press-conference transcripts', () => {
  it('a line opened by a person the story names and a colon is that person’s turn; a label is not', () => {
    const body =
      'Spokesperson Mao Ning took questions on Monday.\n\nMao Ning: China firmly opposes the new export controls on chips.\n\nNote: The figures are provisional.';
    expect(quotesOf(body)).toEqual([[null, 'Mao Ning', 'China firmly opposes the new export controls on chips']]);
  });

  it('a name, a colon and words with no verb is a listing’s entry, no turn', () => {
    const body =
      'Tenants can get advice at the community centre.\n\nRosie Tan: Welfare rights adviser, Mondays.\n\nDan Kerr: Housing solicitor, by appointment.';
    expect(quotesOf(body)).toEqual([]);
    // A verb in a contraction is a verb: "I’m not leaving" is a turn.
    expect(quotesOf(body.replace('Welfare rights adviser, Mondays.', 'I’m not leaving this estate.'))).toEqual([
      [null, 'Rosie Tan', 'I’m not leaving this estate'],
    ]);
  });
});

describe('quotations in straight single marks', () => {
  it('are quotations, each piece of an interrupted one its own part', () => {
    expect(quotesOf("Tom Reed told the BBC: 'This should have happened months ago. The families deserve the truth.'")).toEqual([
      ['told', 'Tom Reed', 'This should have happened months ago. The families deserve the truth.'],
    ]);
    const [q] = extract("Test article\n\n'We are not going anywhere,' said Ann Lowe, a tenant. 'They will have to carry us out.'").quotes;
    expect(q?.parts.map((p) => p.text)).toEqual(['We are not going anywhere,', 'They will have to carry us out.']);
  });

  it('not an elision or a plural’s possessive', () => {
    expect(quotesOf("The players' union said the '90s were better for the club.")).toEqual([
      ['said', "The players' union", "the '90s were better for the club"],
    ]);
  });
});

describe('a verb coordinated after the reported clause', () => {
  it('a tense shifted back after "and" goes on with the reported clause', () => {
    expect(quotesOf('His lawyer, Sam Kline, said his client had no prior record and had cooperated with prosecutors.')).toEqual([
      ['said', 'Sam Kline', 'his client had no prior record and had cooperated with prosecutors'],
    ]);
    expect(quotesOf('Sam Kline said the sentence was too harsh and vowed to appeal.')).toContainEqual(['said', 'Sam Kline', 'the sentence was too harsh']);
  });

  it('"was" or "were" after "and" or "but" goes on with the reported clause\'s subject', () => {
    expect(quotesOf('Ann Cole, a spokeswoman for Delvin Foods, said the firm had recalled the batch but was still testing samples.')).toEqual([
      ['said', 'Ann Cole', 'the firm had recalled the batch but was still testing samples'],
    ]);
    expect(quotesOf('Police said the driver had fled the scene and was believed to be armed.')).toEqual([
      ['said', 'Police', 'the driver had fled the scene and was believed to be armed'],
    ]);
  });

  it('another side\'s attribution after "while" or a participle\'s after "and" ends the first side\'s content', () => {
    expect(quotesOf('Growers said the frost had ruined the harvest while insurance companies argued the losses were modest.')).toEqual([
      ['said', 'Growers', 'the frost had ruined the harvest'],
      ['argued', 'insurance companies', 'the losses were modest'],
    ]);
    expect(quotesOf('The hearing was tense, with Ann Cole saying the board had hidden the losses and Tom Reyes insisting the accounts were sound.')).toEqual([
      ['saying', 'Ann Cole', 'the board had hidden the losses'],
      ['insisting', 'Tom Reyes', 'the accounts were sound'],
    ]);
  });

  it('a bare cue verb after "and" goes on with a modal or "to" in the reported clause', () => {
    expect(quotesOf('Prosecutor Helen Marsh told the court that Pike would arrive with brochures and promise to start work within weeks.')).toEqual([
      ['told', 'Helen Marsh', 'Pike would arrive with brochures and promise to start work within weeks'],
    ]);
    expect(quotesOf('Ann Roe said she planned to resign and urge others to follow.')).toEqual([
      ['said', 'Ann Roe', 'she planned to resign and urge others to follow'],
    ]);
  });
});

describe('a participle after a subordinate clause', () => {
  it('goes with the subject of the main clause, not the speaker inside the subordinate one', () => {
    expect(quotesOf('The minister resigned on Friday after a leaked memo showed she had ignored warnings, saying she could no longer serve.')).toContainEqual([
      'saying',
      'The minister',
      'she could no longer serve',
    ]);
    expect(quotesOf('Tom Hale said the plan was dead, adding that talks would resume.')).toContainEqual(['adding', 'Tom Hale', 'talks would resume']);
  });

  it('goes with the speaker inside the subordinate clause when the main clause has no subject that speaks', () => {
    expect(
      quotesOf('The ruling comes a week after the Danish health minister warned clinics against raising fees, saying patients would suffer.'),
    ).toContainEqual(['saying', 'the Danish health minister', 'patients would suffer']);
  });
});

describe('unnamed sources after the cue', () => {
  it('a relative clause or what the source knows of closes the attribution', () => {
    expect(quotesOf('The firm has held talks with buyers, said the people, who asked not to be identified because the talks are private.')).toEqual([
      ['said', 'the people', 'The firm has held talks with buyers'],
    ]);
    expect(quotesOf('The firm has held talks with buyers, said two people familiar with the matter.')).toEqual([
      ['said', 'two people', 'The firm has held talks with buyers'],
    ]);
    expect(quotesOf('The deal is off, said sources with knowledge of the plans.')).toEqual([['said', 'sources', 'The deal is off']]);
  });

  it('"they" goes on with people who spoke, a plural without -s too', () => {
    const story = 'Talks begin\n\nThe firm has held talks with buyers, said the people, who asked not to be named. No decision has been made, they said.';
    expect(extract(story).quotes.map((q) => q.speaker.name)).toEqual(['the people', 'the people']);
  });
});

// Where a quote's content starts and stops, and its parts: cue verbs in every spelling, contents
// interrupted by their attribution, quoted words running on into narration. Short examples written
// for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';
import { quotesSaid } from '../../support/extraction.js';

/** The quotes the contract emits for an article whose first line is its headline, as [kind, speaker surface, parts]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes
    .filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.kind, q.speaker.mention?.text ?? null, q.parts.map((p) => p.text.replace(/^that\s+/u, ''))]);
}

describe('cue verbs in every spelling', () => {
  it('doubles a final consonant ("admitted", "slammed") and spells "-ied" after a consonant ("decried")', () => {
    expect(quotesOf('The minister admitted that the talks had stalled.')).toEqual([['INDIRECT', 'The minister', ['the talks had stalled']]]);
    expect(quotesOf('Lena Holt slammed the decision as a betrayal of voters.')).toEqual([['INDIRECT', 'Lena Holt', ['the decision as a betrayal of voters']]]);
    expect(quotesOf('The union decried the closure of the plant, saying 400 jobs would go.')).toContainEqual([
      'INDIRECT',
      'The union',
      ['the closure of the plant'],
    ]);
  });

  it('"dismissed" reports speech with a clause or quoted words, not with a plain object', () => {
    expect(quotesOf('Rezaei dismissed the report as “a pack of lies.”')).toEqual([['MIXED', 'Rezaei', ['the report as “a pack of lies.”']]]);
    expect(quotesOf('The firm dismissed 200 workers in March.')).toEqual([]);
  });
});

describe('an adverb set off by commas after the cue', () => {
  it('stands between the cue and its clause: "admitted, however, that …"', () => {
    expect(quotesOf('Pep Guardiola spoke. The Spaniard admitted, however, that injuries had hurt the team.')).toEqual([
      ['INDIRECT', 'The Spaniard', ['injuries had hurt the team']],
    ]);
    expect(quotesOf('Tom Hale conceded, though, that sales had fallen.')).toEqual([['INDIRECT', 'Tom Hale', ['sales had fallen']]]);
    expect(quotesOf('Ann Cole said, however, that the plan would fail.')).toEqual([['INDIRECT', 'Ann Cole', ['the plan would fail']]]);
  });

  it('so does where or when it was said, before "that": "said, in an interview on Friday, that …"', () => {
    expect(quotesOf('Ann Cole said, in an interview on Friday, that the plan would fail.')).toEqual([['INDIRECT', 'Ann Cole', ['the plan would fail']]]);
    expect(quotesOf('The governor insisted, during a visit to the plant, that no jobs would be lost.')).toEqual([
      ['INDIRECT', 'The governor', ['no jobs would be lost']],
    ]);
  });

  it('and after a day or time written before it: "said Monday, in a letter, that …"', () => {
    expect(quotesOf('Ian Lusk said Monday, in a letter to the board, that the mayor had quit.')).toEqual([['INDIRECT', 'Ian Lusk', ['the mayor had quit']]]);
    expect(quotesOf('The ferry union said on Friday, after the vote, that talks had failed.')).toEqual([['INDIRECT', 'The ferry union', ['talks had failed']]]);
    expect(quotesOf('Nora Beck argued last week, however, that rents would rise.')).toEqual([['INDIRECT', 'Nora Beck', ['rents would rise']]]);
  });

  it('so does another who said it too, or when it was said before: "warned, as did the bank, that …"', () => {
    expect(quotesOf('Several economists cautioned, as did the central bank itself, that rates might rise again.')).toEqual([
      ['INDIRECT', 'Several economists', ['rates might rise again']],
    ]);
    expect(quotesOf('The union warned, as it had in May, that strikes would follow.')).toEqual([['INDIRECT', 'The union', ['strikes would follow']]]);
  });

  it('with "that" after the time, any noun phrase may speak, as after "said": "A former guard testified on Tuesday that …"', () => {
    expect(quotesOf('A former guard testified on Tuesday that he had seen the defendant at the gate.')).toEqual([
      ['INDIRECT', 'A former guard', ['he had seen the defendant at the gate']],
    ]);
  });

  it('so does a place or time opened by "outside", "ahead of" or "following": "said outside court that …"', () => {
    for (const where of ['outside court', 'outside the courthouse', 'ahead of the vote', 'following the hearing']) {
      expect(quotesOf(`His lawyer, Adam Kral, said ${where} that his client would appeal.`)).toEqual([['INDIRECT', 'Adam Kral', ['his client would appeal']]]);
    }
  });

  it('after "that" past a listener and a venue the content is a clause, whose verbs "and" may join', () => {
    expect(quotesOf('Chief Dan Okafor told reporters at a news conference that officers shot and killed the gunman.')).toEqual([
      ['INDIRECT', 'Dan Okafor', ['officers shot and killed the gunman']],
    ]);
  });

  it('a verb joined inside a relative clause goes on with it, not with the narration', () => {
    expect(quotesOf('Tom Hale said the company had hired a lawyer who reviewed the files and found no errors.')).toEqual([
      ['INDIRECT', 'Tom Hale', ['the company had hired a lawyer who reviewed the files and found no errors']],
    ]);
    // A cue joined there is the relative clause's own, with its antecedent for speaker (mentioned
    // as "who", which the clause set off opens, also for the verb joined to its own).
    expect(quotesOf('Ann Grant said the state would call Tom Pruitt, who has denied wrongdoing and said he would fight the charges.')).toEqual([
      ['INDIRECT', 'Ann Grant', ['the state would call Tom Pruitt']],
      ['INDIRECT', 'who', ['wrongdoing']],
      ['INDIRECT', 'who', ['he would fight the charges']],
    ]);
  });

  it('a plural noun spelled like a verb after "that" opens the clause: "said on Tuesday that nurses had …"', () => {
    expect(quotesOf('Pat Kerr said on Tuesday that nurses had no choice left.')).toEqual([['INDIRECT', 'Pat Kerr', ['nurses had no choice left']]]);
    expect(quotesOf('Pat Kerr told a crowd outside the hospital that prices would rise.')).toEqual([['INDIRECT', 'Pat Kerr', ['prices would rise']]]);
  });

  it('so does how long it has been said: "have said for months that …"', () => {
    expect(quotesOf('Shop owners have said for months that the lanes drive customers away.')).toEqual([
      ['INDIRECT', 'Shop owners', ['the lanes drive customers away']],
    ]);
    expect(quotesOf('Ann Holt has argued for years that the tax is unfair.')).toEqual([['INDIRECT', 'Ann Holt', ['the tax is unfair']]]);
  });

  it('an adverb between the cue and "that" is how it was said: "said only that …"', () => {
    expect(quotesOf('Ann Cole said only that the talks would go on.')).toEqual([['INDIRECT', 'Ann Cole', ['the talks would go on']]]);
    expect(quotesOf('Tom Hale has said publicly that the plant will close.')).toEqual([['INDIRECT', 'Tom Hale', ['the plant will close']]]);
    expect(quotesOf('Tom Hale wondered aloud whether the plant would survive the winter.')).toEqual([
      ['INDIRECT', 'Tom Hale', ['whether the plant would survive the winter']],
    ]);
  });
});

describe('"As she put it, …"', () => {
  it('reports the clause after the comma; "put it on the agenda" reports nothing', () => {
    expect(quotesOf('Maria Gonzalez reopened the diner. As she put it, the diner “is not a business, it’s a family.”')).toEqual([
      ['MIXED', 'she', ['the diner “is not a business, it’s a family.”']],
    ]);
    expect(quotesOf('The mayor put it on the agenda.')).toEqual([]);
  });
});

describe('an opening phrase or clause holding the cue', () => {
  it('ends the content where the main clause begins', () => {
    expect(quotesOf('The mayor kept the bridge open despite admitting that it was unsafe.')).toEqual([['INDIRECT', 'The mayor', ['it was unsafe']]]);
    expect(quotesOf('Despite admitting that the bridge was unsafe, the mayor kept it open.')).toEqual([['INDIRECT', 'the mayor', ['the bridge was unsafe']]]);
    expect(quotesOf('Although the aides said the plan was ready, the president delayed it.').map((q) => q[2])).toEqual([['the plan was ready']]);
  });

  it('also after a conjunction opening the sentence', () => {
    expect(quotesSaid('But in describing the pier toll as a stopgap, the critics are missing why the traders back it.')[0]).toEqual({
      cue: 'describing',
      speaker: 'the critics',
      text: 'the pier toll as a stopgap',
    });
    expect(quotesSaid('And, despite admitting that the ferry was late, the captain kept the timetable.')[0]?.text).toEqual('the ferry was late');
  });
});

describe('a quotation opening the sentence', () => {
  it('is the content when its marks close the clause', () => {
    expect(quotesOf('“Prices will fall,” the minister told reporters.')).toEqual([['DIRECT', 'the minister', ['Prices will fall,']]]);
  });

  it('running on into unquoted words before the attribution, is one mixed content with them', () => {
    expect(quotesOf('“You squeezed your employees” to drive up the share price, she said.')).toEqual([
      ['MIXED', 'she', ['“You squeezed your employees” to drive up the share price']],
    ]);
    expect(quotesOf('“Prices will fall” once the new plant opens in May, the minister told reporters.')).toEqual([
      ['MIXED', 'the minister', ['“Prices will fall” once the new plant opens in May']],
    ]);
  });
});

describe('a quotation interrupted by its attribution', () => {
  it('runs on past a listener named by a cue word that is a noun there ("told an earnings call")', () => {
    expect(quotesOf('“Demand remains weak,” Chairman Young Liu told an earnings call, “and we are being cautious.”')).toEqual([
      ['DIRECT', 'Young Liu', ['Demand remains weak,', 'and we are being cautious.']],
    ]);
  });

  it('with the speaker after the cue inside a report, interrupts one content ("The plan, said Ann Roe, will fail")', () => {
    expect(quotesOf('The plan, said Ann Roe, a lawyer for the family, will fail in court.')).toEqual([
      ['INDIRECT', 'Ann Roe', ['The plan', 'will fail in court']],
    ]);
    expect(quotesOf('The plan is dead, said Ann Roe, who leads the campaign.')).toEqual([['INDIRECT', 'Ann Roe', ['The plan is dead']]]);
  });

  it('says nothing more when the cue after it only tells where ("said outside the court")', () => {
    expect(quotesOf('“We will appeal,” lawyer Ann Roe said outside the Oslo district court.')).toEqual([['DIRECT', 'Ann Roe', ['We will appeal,']]]);
  });
});

describe('the source after "according to"', () => {
  it('is the head of its phrase, as a subject before a cue is, not the noun phrase ending it', () => {
    const sources = (body: string) => quotesOf(body).map((q) => q[1]);
    expect(sources('The talks failed, according to the head of the agency.')).toEqual(['the head']);
    expect(sources('The talks failed, according to a person familiar with the matter.')).toEqual(['a person']);
    expect(sources('The talks failed, according to Ann Cole.')).toEqual(['Ann Cole']);
  });

  it('is the document, not the outlet that saw it ("a draft seen by AFP") nor whom it was sent to', () => {
    const sources = (body: string) => quotesOf(body).map((q) => q[1]);
    expect(sources('According to a draft seen by AFP, member states would have to pay a fee.')).toEqual(['a draft']);
    expect(sources('The firm paid no tax, according to documents obtained by Reuters.')).toEqual(['documents']);
    expect(sources('The ER will close at night, according to a memo sent to staff on Monday.')).toEqual(['a memo']);
    expect(sources('Teens sleep less, according to a study published Monday in the journal Pediatrics.')).toEqual(['a study']);
  });

  it('is the maker named right after the document as its clause’s subject ("a speech Ann Holt delivered")', () => {
    const sources = (body: string) => quotesOf(body).map((q) => q[1]);
    expect(sources('The plan would curb investors, according to a speech Ann Holt delivered at Bayside University in July.')).toEqual(['Ann Holt']);
    expect(sources('The plan would curb investors, according to a speech Mrs. Holt delivered at Bayside University.')).toEqual(['Holt']);
    expect(sources('The cuts were needed, according to a letter the ministry sent to unions on Monday.')).toEqual(['the ministry']);
  });
});

describe('"according to X" opening the sentence', () => {
  it('leaves out the role given to X in apposition, not a clause after the comma', () => {
    expect(quotesOf('According to Rachel Kim, an economist at the state university, a long strike could drive shippers away.')).toEqual([
      ['INDIRECT', 'Rachel Kim', ['a long strike could drive shippers away']],
    ]);
    expect(quotesOf('According to police, officers found the car, which had been stolen in May.')).toEqual([
      ['INDIRECT', 'police', ['officers found the car, which had been stolen in May']],
    ]);
  });

  it('leaves out an aside on the source set off by commas: a relative clause, or a participle saying when or by whom', () => {
    expect(quotesOf('According to the minutes, published on Monday, two board members had left before the vote.')).toEqual([
      ['INDIRECT', 'the minutes', ['two board members had left before the vote']],
    ]);
    expect(quotesOf('According to the memo, which was shown to the jury, the supplier had no track record.')).toEqual([
      ['INDIRECT', 'the memo', ['the supplier had no track record']],
    ]);
    expect(quotesOf('According to police, injured people, including two children, were taken to hospital.')).toEqual([
      ['INDIRECT', 'police', ['injured people, including two children, were taken to hospital']],
    ]);
  });
});

describe('a content of two words', () => {
  it('is a clause when a pronoun is its subject, and an answer when an auxiliary stands for the clause asked about', () => {
    expect(quotesOf('Talks ended on Friday. The government said it agreed.')).toEqual([['INDIRECT', 'The government', ['it agreed']]]);
    // (The question put to her is reported too, nobody named as asking.)
    expect(quotesOf('Asked whether the plan would work, Ann Cole said it would.')).toEqual([
      ['INDIRECT', null, ['whether the plan would work']],
      ['INDIRECT', 'Ann Cole', ['it would']],
    ]);
    // Irregular past tenses the lexicon knows only as other words are verbs too.
    expect(quotesOf('Ann Cole said prices rose. Tom Hale said Trump lost.')).toEqual([
      ['INDIRECT', 'Ann Cole', ['prices rose']],
      ['INDIRECT', 'Tom Hale', ['Trump lost']],
    ]);
  });
});

describe('a description by office as the subject of a cue', () => {
  it('speaks for the person holding that office', () => {
    const x = extract('Test article\n\nMark Dale, a former state treasurer, spoke first. The former treasurer also pledged to oppose the ban.');
    expect(x.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['to oppose the ban', 'Mark Dale']]);
  });

  it('"the PM" is the prime minister, and no organization', () => {
    const x = extract('PM vows to curb prices\n\nPrime Minister Shehbaz Sharif on Saturday vowed to bring down inflation. The PM said taxes would not rise.');
    expect(x.quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['to curb prices', 'Shehbaz Sharif'],
      ['to bring down inflation', 'Shehbaz Sharif'],
      ['taxes would not rise', 'Shehbaz Sharif'],
    ]);
    expect(x.entities.map((e) => e.name)).toEqual(['Shehbaz Sharif']);
  });
});

describe('an attribution set off by commas inside what it reports', () => {
  it('"according to X" between the subject and its predicate, or before a joined clause, interrupts one content', () => {
    expect(quotesOf('The talks, according to the spokesman, will resume next week.')).toEqual([
      ['INDIRECT', 'the spokesman', ['The talks', 'will resume next week']],
    ]);
    expect(quotesOf('The talks will resume next week, according to the spokesman, and a deal could be signed in May.')).toEqual([
      ['INDIRECT', 'the spokesman', ['The talks will resume next week', 'and a deal could be signed in May']],
    ]);
  });

  it('a clause with a speech verb of its own after "according to X," is another report', () => {
    expect(quotesOf('Sales rose 5 percent, according to the company, and analysts said more growth was likely.')).toEqual([
      ['INDIRECT', 'the company', ['Sales rose 5 percent']],
      ['INDIRECT', 'analysts', ['more growth was likely']],
    ]);
  });

  it('after a semicolon, only the clause the attribution sits in', () => {
    expect(quotesOf('Zarif said the US had violated the deal; Europe, he added, must also act.')).toEqual([
      ['INDIRECT', 'Zarif', ['the US had violated the deal']],
      ['INDIRECT', 'he', ['Europe', 'must also act']],
    ]);
  });
});

describe('quoted words a cue casts something as', () => {
  it('"which he described as “…”" is what he said, the pronoun its first piece', () => {
    expect(quotesOf('Zarif said the US had violated the deal by imposing sanctions on Iran, which he described as “economic terrorism.”')).toContainEqual([
      'MIXED',
      'he',
      ['which', 'economic terrorism.'],
    ]);
  });

  it('"was known as “…”" reports nothing', () => {
    expect(quotesOf('He was known as “the Butcher” in his village.')).toEqual([]);
  });
});

describe('the listener after "told"', () => {
  it('a meeting named by a noun in "-ing" is the listener, not the content: "told a board meeting in Vienna: …"', () => {
    expect(quotesOf('Karl Berg told a board meeting in Vienna: “This situation cannot continue.”')).toEqual([
      ['DIRECT', 'Karl Berg', ['This situation cannot continue.']],
    ]);
    expect(quotesOf('Karl Berg told a board meeting: the situation cannot continue.')).toEqual([['INDIRECT', 'Karl Berg', ['the situation cannot continue']]]);
  });
});

describe('where a quotation was said, before its colon', () => {
  it('"in a statement posted on its website" tells where: the cue is "said", the speaker its subject', () => {
    expect(quotesOf('The ministry said in a statement posted on its website late on Monday: “The embassy remains open.”')).toEqual([
      ['DIRECT', 'The ministry', ['The embassy remains open.']],
    ]);
  });
});

describe('where it was said closes the content', () => {
  it('", in remarks that …", ", in a televised address"', () => {
    expect(quotesOf('Zarif said the deal was dead, in remarks that drew a sharp response from Washington.')).toEqual([
      ['INDIRECT', 'Zarif', ['the deal was dead']],
    ]);
    expect(quotesOf('Zarif said the deal was dead, in a televised address on Monday.')).toEqual([['INDIRECT', 'Zarif', ['the deal was dead']]]);
  });

  it('but not an aside of the speaker’s own', () => {
    expect(quotesOf('Zarif said the deal was dead, in part because Washington had walked away.')).toEqual([
      ['INDIRECT', 'Zarif', ['the deal was dead, in part because Washington had walked away']],
    ]);
  });
});

describe('a second clause the cue reports', () => {
  it('", and that …" goes on with what was said', () => {
    expect(quotesOf('Karl Berg said he learned of the deal from the papers, and that he had warned colleagues about it in 2014.')).toEqual([
      ['INDIRECT', 'Karl Berg', ['he learned of the deal from the papers, and that he had warned colleagues about it in 2014']],
    ]);
  });
});

describe('a time closing the content', () => {
  it('stays when it dates what was said, not the speaking', () => {
    expect(quotesOf('Police said his house was hit by gunfire on Saturday night.')).toEqual([
      ['INDIRECT', 'Police', ['his house was hit by gunfire on Saturday night']],
    ]);
    expect(quotesOf('Ana Quispe said her party would file a censure motion on Tuesday.')).toEqual([
      ['INDIRECT', 'Ana Quispe', ['her party would file a censure motion on Tuesday']],
    ]);
    expect(quotesOf('Neighbors said they heard a loud bang around 2 a.m. Tuesday.')).toEqual([
      ['INDIRECT', 'Neighbors', ['they heard a loud bang around 2 a.m. Tuesday']],
    ]);
  });

  it('is left out with the statement or interview it dates', () => {
    expect(quotesOf('The county said the bus fund was empty in a statement on Friday.')).toEqual([['INDIRECT', 'The county', ['the bus fund was empty']]]);
    expect(quotesOf('The county said on Friday the bus fund was empty.')).toEqual([['INDIRECT', 'The county', ['the bus fund was empty']]]);
  });
});

describe('short and nominal reports', () => {
  it('a possessed speech noun with a "that" clause reports it; in the subject the clause ends at the predicate', () => {
    expect(quotesOf('The move came after Iran’s announcement that it would enrich uranium to 60 percent.')).toEqual([
      ['INDIRECT', 'Iran', ['it would enrich uranium to 60 percent']],
    ]);
    expect(quotesOf('The minister’s assertion that the economy was growing sparked criticism.')).toEqual([
      ['INDIRECT', 'The minister', ['the economy was growing']],
    ]);
    expect(quotesOf('Trump’s claim that the election was rigged has been rejected by officials.')).toEqual([
      ['INDIRECT', 'Trump', ['the election was rigged']],
    ]);
  });

  it('a speech noun without a possessor and a clause reports nothing', () => {
    expect(quotesOf('The statement was released on Monday.')).toEqual([]);
  });
});

describe('mixed quotes and quotations after the cue', () => {
  it('a mixed quote running on over later quoted sentences has them as a piece of their own', () => {
    expect(quotesOf('The minister said the sanctions were “illegal. We will challenge them in court.”')).toEqual([
      ['MIXED', 'The minister', ['the sanctions were “illegal.', 'We will challenge them in court.']],
    ]);
    expect(quotesOf('The minister said the sanctions were “illegal and unjust.”')).toEqual([
      ['MIXED', 'The minister', ['the sanctions were “illegal and unjust.”']],
    ]);
  });

  it('a whole utterance right after the cue is the content, whatever narration follows it', () => {
    expect(quotesOf('The woman repeatedly says, “Don’t you do it,” until gunshots are heard.')).toEqual([['DIRECT', 'The woman', ['Don’t you do it,']]]);
    expect(quotesOf('He said “we will win” in May.')).toEqual([['MIXED', 'He', ['“we will win” in May']]]);
  });
});

describe('clauses around the attribution', () => {
  it('a condition opening the sentence is said with what follows the cue', () => {
    expect(quotesOf('If the US lifts the sanctions, Zarif said Iran is ready to resume talks.')).toEqual([
      ['INDIRECT', 'Zarif', ['If the US lifts the sanctions', 'Iran is ready to resume talks']],
    ]);
    expect(quotesOf('Unless Washington changes course, the minister warned that talks would fail.')).toEqual([
      ['INDIRECT', 'the minister', ['Unless Washington changes course', 'talks would fail']],
    ]);
  });

  it('a participle of speech opening the sentence with a "that" clause is said by the main clause’s subject', () => {
    expect(quotesOf('Insisting that the deal was fair, the minister told lawmakers it would stand.')).toEqual([
      ['INDIRECT', 'the minister', ['the deal was fair']],
      ['INDIRECT', 'the minister', ['it would stand']],
    ]);
    expect(quotesOf('Arguing that the levy hurt farmers, opposition leaders voted against it.')).toEqual([
      ['INDIRECT', 'opposition leaders', ['the levy hurt farmers']],
      ['INDIRECT', 'opposition leaders', ['it']],
    ]);
  });

  it('a participle of speech after a comma and an adverb reports its own clause, said by the subject', () => {
    expect(quotesOf('The senator attacked the new rules on Monday, even suggesting that the count had been rigged.')).toEqual([
      ['INDIRECT', 'The senator', ['the new rules']],
      ['INDIRECT', 'The senator', ['the count had been rigged']],
    ]);
  });

  it('a time clause opening the sentence is not', () => {
    expect(quotesOf('When the talks resumed, Zarif said Iran was ready.')).toEqual([['INDIRECT', 'Zarif', ['Iran was ready']]]);
  });

  it('a relative clause holding the speaker ends at its closing comma', () => {
    expect(quotesOf('The plan, which critics say is unfair, was approved on Monday.')).toEqual([['INDIRECT', 'critics', ['which', 'is unfair']]]);
    expect(quotesOf('The project, which officials say will cost $5 billion, is due to open in 2026.')).toEqual([
      ['INDIRECT', 'officials', ['which', 'will cost $5 billion']],
    ]);
    expect(quotesOf('The lawsuit, in which residents argued that the map was unfair, goes to trial in May.')).toEqual([
      ['INDIRECT', 'residents', ['the map was unfair']],
    ]);
  });

  it('the relative pronoun opens what was said also before "even" and a speaker, or before a past form the lexicon does not know', () => {
    expect(quotesOf('The harbour levy, which even critics say was fair, passed on Monday.')).toEqual([['INDIRECT', 'critics', ['which', 'was fair']]]);
    expect(quotesOf('The court struck down harbour laws that judges said discriminated against fishermen.')).toEqual([
      ['INDIRECT', 'judges', ['that', 'discriminated against fishermen']],
    ]);
  });

  it('a clause after the content that "after" or "when" opens with a speech verb of its own is the narrator’s', () => {
    expect(quotesOf('The bank denied that it had sold the data, after a newspaper alleged that it was passed to advertisers.')).toEqual([
      ['INDIRECT', 'The bank', ['it had sold the data']],
      ['INDIRECT', 'a newspaper', ['it was passed to advertisers']],
    ]);
    // and that clause reports nothing of what came before it
    expect(quotesOf('Ann Holt said she had resigned, after her party accused her of lying.')).toEqual([
      ['INDIRECT', 'Ann Holt', ['she had resigned']],
      ['INDIRECT', 'her party', ['her of lying']],
    ]);
  });

  it('a relative clause the attribution interrupts opens at its pronoun', () => {
    expect(quotesOf('The park is near the stadium, which, Tompkins said, is usually full on game days.')).toEqual([
      ['INDIRECT', 'Tompkins', ['which', 'is usually full on game days']],
    ]);
  });
});

describe('quote marks closing after the comma that ends the content', () => {
  it('belong to the content: `said Taiwan was "a red line," state media reported`', () => {
    expect(quotesOf('Holt said Taiwan was "a red line," state media reported.')).toContainEqual(['MIXED', 'Holt', ['Taiwan was "a red line,"']]);
    expect(quotesOf('Holt said that Taiwan was “a red line,” according to Xinhua.')).toContainEqual([
      'MIXED',
      'Xinhua',
      ['Holt said that Taiwan was “a red line,”'],
    ]);
    // (An apostrophe is no quote mark.)
    expect(quotesOf('Holt said Beijing’s view was “clear,” state media reported.')).toContainEqual(['MIXED', 'Holt', ['Beijing’s view was “clear,”']]);
  });
});

describe('a listener before the clause', () => {
  it('"warned officials that …", "promised voters that …": the clause alone is what was said', () => {
    expect(quotesOf('The FBI warned state election officials that hackers had targeted their systems.')).toEqual([
      ['INDIRECT', 'FBI', ['hackers had targeted their systems']],
    ]);
    expect(quotesOf('Ann Holt promised voters that she would cut taxes.')).toEqual([['INDIRECT', 'Ann Holt', ['she would cut taxes']]]);
    // An abbreviation's points are inside the listener's words.
    expect(quotesOf('Xi Jinping warned U.S. President Joe Biden on Tuesday that Taiwan was a red line.')).toEqual([
      ['INDIRECT', 'Xi Jinping', ['Taiwan was a red line']],
    ]);
  });

  it('before an infinitive the listener stays part of the content', () => {
    expect(quotesOf('The ministry urged citizens to stay indoors.')).toEqual([['INDIRECT', 'The ministry', ['citizens to stay indoors']]]);
    // "encouraged" is an appeal as "urged" is; a cause that encourages speaks no words.
    expect(quotesOf('The coach praised the fans and encouraged his players to stay calm.')).toContainEqual([
      'INDIRECT',
      'The coach',
      ['his players to stay calm'],
    ]);
    expect(quotesOf('Falling prices have encouraged more people to buy homes.')).toEqual([]);
    // "that" after the infinitive opens its object, inside the content
    expect(quotesOf('The envoy urged both governments to ensure that local firms benefit.')).toEqual([
      ['INDIRECT', 'The envoy', ['both governments to ensure that local firms benefit']],
    ]);
  });
});

describe('subjects and listeners at the start of a content', () => {
  it('a description set before the name of a trailing attribution belongs to the attribution, not to what was said', () => {
    expect(quotesOf('Talks on a new wage will begin in January, the Minister of Labour and Employment, Dr. Chris Ngige, has said.')).toEqual([
      ['INDIRECT', 'Chris Ngige', ['Talks on a new wage will begin in January']],
    ]);
    expect(quotesOf('Talks on a new wage will begin in January, the labour minister, Chris Ngige, said on Tuesday.')).toEqual([
      ['INDIRECT', 'Chris Ngige', ['Talks on a new wage will begin in January']],
    ]);
    // A cue inside what was said ends its content before that attribution, "has said" as "said"; the
    // loose cue inside it is second hand, below the threshold (second-hand-quotes.ts).
    expect(quotesOf('The unions have agreed to begin talks in January, the Minister of Labour and Employment, Dr. Chris Ngige, has said.')).toEqual([
      ['INDIRECT', 'Chris Ngige', ['The unions have agreed to begin talks in January']],
    ]);
    // An apposition on a name inside what was said stays in it when a description speaks.
    expect(quotesOf('Ann Holt met Tom Reyes, the envoy for Burundi, the ministry said.')).toEqual([
      ['INDIRECT', 'the ministry', ['Ann Holt met Tom Reyes, the envoy for Burundi']],
    ]);
  });

  it('"and" inside the subject of a "that" clause joins it, before the clause has a verb', () => {
    expect(quotesOf('The official added that Tehran and Moscow had agreed to boost trade.')).toEqual([
      ['INDIRECT', 'The official', ['Tehran and Moscow had agreed to boost trade']],
    ]);
    expect(quotesOf('The minister said the plan had failed and Democrats accused him of lying.')[0]).toEqual([
      'INDIRECT',
      'The minister',
      ['the plan had failed'],
    ]);
  });

  it('a listener opened by a possessive is passed when a clause follows it', () => {
    expect(quotesOf('Lavrov told his Iranian counterpart Moscow would continue to support the deal.')).toEqual([
      ['INDIRECT', 'Lavrov', ['Moscow would continue to support the deal']],
    ]);
    expect(quotesOf('Tom Reyes told his supporters at a rally to go and vote.')).toEqual([['INDIRECT', 'Tom Reyes', ['supporters at a rally to go and vote']]]);
  });

  it('a listener opened by a people’s adjective ("Japanese television") is passed, with the name a kind of outlet goes on with', () => {
    expect(quotesOf('Kenji Sato told Japanese television the referee had ruined the game.')).toEqual([
      ['INDIRECT', 'Kenji Sato', ['the referee had ruined the game']],
    ]);
    expect(quotesOf('Ann Holt told Spanish newspaper El Pais the deal was dead.')).toEqual([['INDIRECT', 'Ann Holt', ['the deal was dead']]]);
  });

  it('a listener with a possessor ("Tuesday’s meeting", "CNN’s Jake Tapper") is passed whole', () => {
    expect(quotesOf('Priya Shah told Tuesday’s council meeting the authority had no choice.')).toEqual([
      ['INDIRECT', 'Priya Shah', ['the authority had no choice']],
    ]);
    expect(quotesOf("Ann Holt told last week's conference the plan would work.")).toEqual([['INDIRECT', 'Ann Holt', ['the plan would work']]]);
    expect(quotesOf("Ann Holt told CNN's Jake Tapper the plan would work.")).toEqual([['INDIRECT', 'Ann Holt', ['the plan would work']]]);
    // A possessor after the listener opens the content.
    expect(quotesOf("Ann Holt told reporters Obama's plan would fail.")).toEqual([['INDIRECT', 'Ann Holt', ["Obama's plan would fail"]]]);
  });
});

describe('a quotation a colon sets after reported words, with an attribution of its own', () => {
  it('is its own quote, and the reported content ends at the colon', () => {
    expect(quotesOf('Haas argued that the town had lost its patience: “This place is done with excuses,” she told the crowd.')).toEqual([
      ['INDIRECT', 'Haas', ['the town had lost its patience']],
      ['DIRECT', 'she', ['This place is done with excuses,']],
    ]);
  });

  it('but quoted words closing the report with no attribution of their own stay in it', () => {
    expect(quotesOf('Haas argued that the town had one message for the council: “no more excuses.”')).toEqual([
      ['MIXED', 'Haas', ['the town had one message for the council: “no more excuses.”']],
    ]);
  });
});

describe('the narrator’s next act or earlier event after a phrase', () => {
  it('"and" with a past form the lexicon does not know, before its object, is what the speaker did next', () => {
    expect(quotesOf('The coach praised Kane for his work rate and chided the referee.')[0]).toEqual(['INDIRECT', 'The coach', ['Kane for his work rate']]);
    expect(quotesOf('Christie called for the aide to be fired and applauded the party chairman.')[0]).toEqual([
      'INDIRECT',
      'Christie',
      ['the aide to be fired'],
    ]);
    // (Not after a clause with a past form of its own.)
    expect(quotesOf('Interfax said Judge Olga Reva ordered the goods seized and fined him 300 roubles.')[0]).toEqual([
      'INDIRECT',
      'Interfax',
      ['Judge Olga Reva ordered the goods seized and fined him 300 roubles'],
    ]);
  });

  it('"and" with a past form the lexicon knows only as an adjective, before a determiner or a pronoun, is what the speaker did next', () => {
    expect(quotesOf('Ann Holt vowed to keep the pier open and celebrated the ruling on Monday.')[0]).toEqual([
      'INDIRECT',
      'Ann Holt',
      ['to keep the pier open'],
    ]);
    expect(quotesOf('Tom Pike urged the council to act and assured them of his support.')[0]).toEqual(['INDIRECT', 'Tom Pike', ['the council to act']]);
    // (Before a name it may be the adjective: "noted Republicans".)
    expect(quotesOf('Ann Holt vowed to meet fishermen and celebrated Velmora chefs at the harbour.')[0]).toEqual([
      'INDIRECT',
      'Ann Holt',
      ['to meet fishermen and celebrated Velmora chefs at the harbour'],
    ]);
  });

  it('"after" and a clause after an appeal with no verb of its own is the narrator’s earlier event', () => {
    expect(quotesOf('Police are appealing for information after a man was stabbed in Leeds.')[0]).toEqual(['INDIRECT', 'Police', ['information']]);
    expect(quotesOf('The minister called for calm after the verdict was read out.')[0]).toEqual(['INDIRECT', 'The minister', ['calm']]);
    // (A clause reported goes on: "said he resigned after the scandal broke".)
    expect(quotesOf('Ann Holt said she resigned after the scandal broke.')[0]).toEqual(['INDIRECT', 'Ann Holt', ['she resigned after the scandal broke']]);
  });
});

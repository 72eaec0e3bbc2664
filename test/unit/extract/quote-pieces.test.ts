// One speech event in pieces: a quotation interrupted by its attribution, reported words running on
// into quoted sentences, and what the narration between the pieces leaves out. Short examples
// written for the test in the style of news, court and sports reports.
import { describe, expect, it } from 'vitest';
import { extractBody, partsAndSpeakers } from '../../support/extraction.js';

/** Each quote of the body as its kind and its parts' texts. */
const kindsAndParts = (body: string) => extractBody(body).quotes.map((q) => [q.kind, q.parts.map((p) => p.text)]);

describe('a quotation after a mixed quote', () => {
  it('is a piece of its own, as after reported speech', () => {
    expect(kindsAndParts('Coach Alan Reyes called the benching “a team decision.” “Nobody is bigger than this club.”')).toEqual([
      ['MIXED', ['the benching “a team decision.”', 'Nobody is bigger than this club.']],
    ]);
  });
});

describe('a quotation closing its sentence before the full stop, in British style', () => {
  it('is no piece of the quotation the next sentence introduces', () => {
    expect(kindsAndParts('Mark Ellison accused the prime minister of ‘losing control of her party’. He told the BBC: ‘They can’t govern.’')).toEqual([
      ['MIXED', ['the prime minister of ‘losing control of her party’']],
      ['DIRECT', ['They can’t govern.']],
    ]);
  });
});

describe('a predicate with quoted words joined to a reported clause', () => {
  it('goes on with what was said: "said the pipeline would create “jobs” and was “safer …”"', () => {
    expect(kindsAndParts('Tom Briggs said the pipeline would create “thousands of jobs” and was “safer than any other.”')).toEqual([
      ['MIXED', ['the pipeline would create “thousands of jobs” and was “safer than any other.”']],
    ]);
  });

  it('not a verb of the narrator’s own after it', () => {
    expect(kindsAndParts('Tom Briggs criticized the pipeline plan and walked out of the hearing.')).toEqual([['INDIRECT', ['the pipeline plan']]]);
  });
});

describe('a quotation after an attribution that reports more with a participle', () => {
  it('goes on with the quotation before the attribution: “A,” X said, explaining why Y. “B.”', () => {
    expect(
      partsAndSpeakers(
        '“You cannot fix what you do not understand,” Lena Cho said, explaining why the exhibit opens in 1865. “We need a new way of seeing it.”',
      ),
    ).toEqual([
      [['You cannot fix what you do not understand,', 'We need a new way of seeing it.'], 'Lena Cho'],
      [['why the exhibit opens in 1865'], 'Lena Cho'],
    ]);
  });
});

describe('a quotation after an attribution that adds more', () => {
  it('goes on with what was added: “A,” X said, adding that Y. “B.”', () => {
    expect(
      partsAndSpeakers(
        '“The ferry will run all winter,” Mia Tarn said, adding that the harbour board had found the money. “We checked every line of the budget.”',
      ),
    ).toEqual([
      [['The ferry will run all winter,'], 'Mia Tarn'],
      [['the harbour board had found the money', 'We checked every line of the budget.'], 'Mia Tarn'],
    ]);
  });

  it('after "added" as well: “A,” X said, and added that Y. “B.”', () => {
    expect(partsAndSpeakers('“Our doors stay open,” Paul Brenner said Tuesday, and added that the shelter needed more cots. “Nobody sleeps outside.”')).toEqual(
      [
        [['Our doors stay open,'], 'Paul Brenner'],
        [['the shelter needed more cots', 'Nobody sleeps outside.'], 'Paul Brenner'],
      ],
    );
  });
});

describe('narration after the cue of a quotation that opens the sentence', () => {
  it('is no second content of the cue: “A,” X told a rally being held in a gym. “B.”', () => {
    expect(
      partsAndSpeakers('“We are going to win this seat,” Maria Lopez told a rally being held in a school gym in Dayton. “Nobody thought we could.”'),
    ).toEqual([[['We are going to win this seat,', 'Nobody thought we could.'], 'Maria Lopez']]);
  });

  it('after a comma: “A,” the coach said, only the referee. “B.”', () => {
    expect(partsAndSpeakers('“I do not blame the players,” coach Dan Ruiz said, only the referee. “He lost control of the game.”')).toEqual([
      [['I do not blame the players,', 'He lost control of the game.'], 'Dan Ruiz'],
    ]);
  });

  it('but a clause of the cue after it goes on with the quotation: “A,” they wrote, that B', () => {
    expect(
      kindsAndParts('“We are gravely concerned,” the members wrote in a letter to the governor, that the agency “may have removed families from the state.”'),
    ).toEqual([
      ['DIRECT', ['We are gravely concerned,']],
      ['MIXED', ['the agency “may have removed families from the state.”']],
    ]);
  });
});

describe('a quotation after an attribution that carries another report', () => {
  it('goes on with the quotation before the attribution: “A,” X said, after Y said Z. “B.”', () => {
    expect(
      partsAndSpeakers('“We will rebuild,” Mayor Ann Cole said, after Tom Reid said the council had failed the town. “Nobody will be left behind.”'),
    ).toEqual([
      [['We will rebuild,', 'Nobody will be left behind.'], 'Ann Cole'],
      [['the council had failed the town'], 'Tom Reid'],
    ]);
  });

  it('even when that report quotes words: “A,” X told reporters after hinting that “changes” could come. “B.”', () => {
    expect(
      kindsAndParts('“Everything is on the table,” Ben Ortiz told reporters after hinting that “staff changes” could come. “I am looking at every post.”'),
    ).toEqual([
      ['DIRECT', ['Everything is on the table,', 'I am looking at every post.']],
      ['MIXED', ['that “staff changes” could come']],
    ]);
  });
});

describe('a quotation resumed after its attribution', () => {
  it('with a description set off before the speaker’s name: “A,” the company’s director, Paul Wen, said. “B.”', () => {
    expect(partsAndSpeakers('“We have studied this site,” the company’s director, Paul Wen, said. “We are confident.”')).toEqual([
      [['We have studied this site,', 'We are confident.'], 'Paul Wen'],
    ]);
  });

  it('when the resumed quotation runs on into the next paragraph', () => {
    expect(partsAndSpeakers('“Every dollar we save on tests,” Nadia Farouk said, “is a dollar for teaching.\n\n“That is the whole idea.”')).toEqual([
      [['Every dollar we save on tests,', 'is a dollar for teaching.', 'That is the whole idea.'], 'Nadia Farouk'],
    ]);
  });

  it('after a long account of where, when it goes on in lower case as one sentence', () => {
    expect(
      partsAndSpeakers(
        '“We have studied this site for two years,” Paul Wen said at a public meeting on Tuesday that ran past midnight, “and it meets every standard.”',
      ),
    ).toEqual([[['We have studied this site for two years,', 'and it meets every standard.'], 'Paul Wen']]);
  });
});

describe('an attribution set off by commas inside a clause', () => {
  it('reports the clause up to the sentence end, past quoted words and a joined clause', () => {
    expect(kindsAndParts('The ruling, Dan Hahn said, was “a travesty,” and his client would appeal.')).toEqual([
      ['MIXED', ['The ruling', 'was “a travesty,” and his client would appeal']],
    ]);
  });

  it('past a participle after quoted words, unless it is one of speech', () => {
    expect(kindsAndParts('The workers, the manager said, were “well paid,” earning more than the city average.')).toEqual([
      ['MIXED', ['The workers', 'were “well paid,” earning more than the city average']],
    ]);
    expect(kindsAndParts('The ruling, Dan Hahn said, was wrong, prompting cheers from the crowd.')).toEqual([['INDIRECT', ['The ruling', 'was wrong']]]);
    expect(kindsAndParts('The ruling, Dan Hahn said, was “wrong,” adding that his client would appeal.')[0]![1]).toEqual(['The ruling', 'was “wrong,”']);
  });

  it('ends at the attribution when the clause joined after it reports speech of its own', () => {
    expect(
      partsAndSpeakers('Riot police fired water cannon at the crowd, witnesses said, and an opposition party accused the minister of ordering the crackdown.'),
    ).toEqual([
      [['Riot police fired water cannon at the crowd'], 'witnesses'],
      [['the minister of ordering the crackdown'], 'an opposition party'],
    ]);
    expect(partsAndSpeakers('Troops shelled the border town overnight, residents said, and aid workers warned that food was running out.')).toEqual([
      [['Troops shelled the border town overnight'], 'residents'],
      [['food was running out'], 'aid workers'],
    ]);
  });

  it('opens at the clause it interrupts, after a joined clause of the narrator’s', () => {
    expect(kindsAndParts('The union had long resisted the plan, but the costs grew so high, Mr. Alvarez noted, that the members accepted it.')).toEqual([
      ['INDIRECT', ['the costs grew so high', 'that the members accepted it']],
    ]);
  });
});

describe('a quotation over several paragraphs', () => {
  it('goes on after its attribution in the paragraph it closes in', () => {
    expect(partsAndSpeakers('“The water came in under the door.\n\n“By midnight it was up to my chest,” Frank Moss said. “We waited two days.”')).toEqual([
      [['The water came in under the door.', 'By midnight it was up to my chest,', 'We waited two days.'], 'Frank Moss'],
    ]);
  });
});

describe('a title in -ing before a name inside the content', () => {
  it('is no participle closing it: "her client, building owner Rick Dale, was …"', () => {
    expect(kindsAndParts('Ann Klein said that her client, building owner Rick Dale, was asleep at home.')).toEqual([
      ['INDIRECT', ['her client, building owner Rick Dale, was asleep at home']],
    ]);
    expect(kindsAndParts('Ann Klein said the fire was an accident, sending the case back to the police.')).toEqual([
      ['INDIRECT', ['the fire was an accident']],
    ]);
    // A participle with its object after a determiner is the narrator's, whatever the noun may also be.
    expect(kindsAndParts('Acme warned that deliveries would slip, sending its shares down 12 percent.')).toEqual([['INDIRECT', ['deliveries would slip']]]);
  });
});

describe('"according to X" set off after an auxiliary', () => {
  it('interrupts the verb phrase: the rest of it is a second piece', () => {
    expect(kindsAndParts('The plan would, according to two officials, cut 500 jobs.')).toEqual([['INDIRECT', ['The plan would', 'cut 500 jobs']]]);
  });
});

describe('a relative pronoun before a naming cue and its quotation', () => {
  it('is the first piece of what was named: "which she called “…”", "whom he described as “…”"', () => {
    expect(kindsAndParts('The row began at the harbour board, which Mayor Ann Holt called “a closed shop for yacht owners.”')).toEqual([
      ['MIXED', ['which', 'a closed shop for yacht owners.']],
    ]);
    expect(kindsAndParts('The crowd cheered the new pilot, whom Tom Reyes described as “the calmest hand on the quay.”')).toEqual([
      ['MIXED', ['whom', 'the calmest hand on the quay.']],
    ]);
  });

  it('so is "what" before such a cue: "what the trust calls “…”"', () => {
    expect(kindsAndParts('The trust wants to stop what it calls “the slow death of the harbour” before the summer.')).toEqual([
      ['MIXED', ['what', 'the slow death of the harbour']],
    ]);
  });

  it('not the pronoun standing for the speaker: "Tom Reyes, who called the plan “…”"', () => {
    expect(kindsAndParts('The board heard from Tom Reyes, who called the plan “a closed shop for yacht owners.”')).toEqual([
      ['MIXED', ['the plan “a closed shop for yacht owners.”']],
    ]);
  });
});

describe('a quotation going on unquoted after its attribution', () => {
  it('takes the rest of the sentence as its second piece: “A,” she said, would …; “A,” he added, that …', () => {
    expect(kindsAndParts('“Only the harbour master,” she said, would close the quay on a market day.')).toEqual([
      ['MIXED', ['Only the harbour master,', 'would close the quay on a market day']],
    ]);
    expect(kindsAndParts('“The ferry is our lifeline,” Ann Holt added, that the island cannot do without.')).toEqual([
      ['MIXED', ['The ferry is our lifeline,', 'that the island cannot do without']],
    ]);
  });

  it('not the speaker’s own manner after the cue: “A,” he said, smiling', () => {
    expect(kindsAndParts('“We will see,” the harbour master said, smiling at the crowd.')).toEqual([['DIRECT', ['We will see,']]]);
  });
});

describe('"that" before an attribution that interrupts it', () => {
  it('is the first piece, a relative pronoun or a subject, not a complementizer: "a loss that builders say will …", "That, she said, will …"', () => {
    expect(kindsAndParts('The boatyard will close in May, a loss that local builders say will hurt the whole harbour.')).toEqual([
      ['INDIRECT', ['that', 'will hurt the whole harbour']],
    ]);
    expect(kindsAndParts('The yard may yet be sold. That, its owner said, will be decided by the bank.')).toEqual([
      ['INDIRECT', ['That', 'will be decided by the bank']],
    ]);
  });

  it('not the complementizer after a cue: "said that, if …, she would …"', () => {
    expect(kindsAndParts('Ann Holt said that, if the yard closed, she would buy the slipway.')).toEqual([
      ['INDIRECT', ['if the yard closed, she would buy the slipway']],
    ]);
  });
});

describe('what opens a sentence before an attribution set off ahead of a quotation', () => {
  it('is the first piece also past the speaker’s title: "The new rota, Ms. Pike said, “is …”"', () => {
    expect(kindsAndParts('The new rota, Ms. Dora Pike said, “is the fairest the lifeboat crews have had.”')).toEqual([
      ['MIXED', ['The new rota', 'is the fairest the lifeboat crews have had.']],
    ]);
    expect(kindsAndParts('When the station reopens, Dr. Reyes added, “the crews will train every week.”')).toEqual([
      ['MIXED', ['When the station reopens', 'the crews will train every week.']],
    ]);
  });

  it('runs on with the sentence past the quotation: “… a fine example of adapting” to the tides', () => {
    expect(kindsAndParts('The new boathouse, she said, “is a fine example of adapting” to the changing tides.')).toEqual([
      ['MIXED', ['The new boathouse', 'is a fine example of adapting” to the changing tides']],
    ]);
  });
});

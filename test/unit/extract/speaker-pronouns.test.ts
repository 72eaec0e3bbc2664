// "He" and "she" for the speaker: the person the text has just introduced or made its subject,
// not a name inside a quotation, a possessor, or the subject of a subordinate clause.
import { describe, expect, it } from 'vitest';
import { extractBody, speakersOf } from '../../support/extraction.js';

describe('pronoun speakers', () => {
  it('a name in the attribution between two pieces of a quotation is no quoted name', () => {
    const story =
      'Tom Reyes opened the clinic in May. Reyes has run it alone since then.\n\n' +
      '“We have no beds left,” said Mark Holt, a volunteer. “Families sleep in the hall.”\n\n' +
      'The city should pay for more nurses, he said.';
    expect(speakersOf(story)).toEqual(['Mark Holt', 'Mark Holt']);
  });

  it('the person a possessor opens is the subject, not the possessor', () => {
    expect(speakersOf('Ann Holt’s former colleague Maria Lund was criticised after she said the budget was a fraud.')).toEqual(['Maria Lund']);
  });

  it('a name in apposition to a description opening the sentence is its subject', () => {
    const story =
      'United manager Erik Holm praised his players. “We were brave,” Holm said.\n\nThe City coach, Marco Rossi, was less happy. “The referee decided it,” he said.';
    expect(speakersOf(story)).toEqual(['Erik Holm', 'Erik Holm', 'Marco Rossi']);
  });

  it('a person who became the subject after the last quote speaks the next quote', () => {
    const story =
      '“The vote was a disaster for the party,” Tom Berg said.\n\n' +
      'Paul Dahl at the Oslo Review agreed with Berg about the vote.\n\n' +
      '“If the party wanted to lose, it succeeded,” he wrote.';
    expect(speakersOf(story)).toEqual(['Tom Berg', 'Paul Dahl']);
  });

  it('the subject after a phrase fronted by a comma is the one the next quotation goes back to', () => {
    const story =
      'City manager Erik Holm praised his side.\n\n' +
      'United boss Mark Dahl blamed his defence. “We gave away two goals,” he said, adding that he would speak to the referee.\n\n' +
      'Asked whether the title race was over, Holm smiled. “Ask me in May,” he said.\n\n' +
      'After the match at the Oslo stadium, Dahl quickly left. “I have nothing more to add,” he said.';
    // ("praised his side", "blamed his defence" are Holm's and Dahl's; the question is nobody's named.)
    expect(speakersOf(story)).toEqual(['Erik Holm', 'Mark Dahl', 'Mark Dahl', 'Mark Dahl', null, 'Erik Holm', 'Mark Dahl']);
  });

  it('a role opening the sentence before the quotation stands for its holder, who is "he"', () => {
    const story =
      'Police Chief Robert Tan was not consulted. The mayor’s spokesman, David Kerr, said the mayor had met Tan twice. ' +
      'He said the chief had raised no objections.\n\nThe chief disputed that. “I raised them in writing,” he said.';
    expect(speakersOf(story)).toEqual(['David Kerr', 'David Kerr', 'Robert Tan']);
  });

  it('the subject of a subordinate clause is not the one a quotation after it goes back to', () => {
    const story =
      'While Tom Berg had many supporters in the city, that has not helped the party, which is something that worries Erik Lund, head of the local branch.\n\n' +
      '“Nobody is campaigning for us. Berg had a choir. We have nobody,” he said.';
    expect(speakersOf(story)).toEqual(['Erik Lund']);
  });
});

describe('the subject a participle after a comma goes with', () => {
  it('is the clause’s subject past a verb the lexicon knows as a noun ("hit back")', () => {
    expect(speakersOf('Rishi Sunak spoke first. The prime minister hit back, saying Wales had the longest waits.')).toEqual(['Rishi Sunak']);
    expect(speakersOf('The clean up crew said the river was dirty.')).toEqual(['The clean up crew']);
  });

  it('is the people after "with" in "…, with analysts saying …"', () => {
    expect(speakersOf('Stocks fell on Monday, with analysts saying the outlook was weak.')).toEqual(['analysts']);
    // A document after "with" is how the sentence's subject spoke.
    expect(speakersOf('The union replied with a statement saying that the talks had failed.')).toEqual(['The union']);
  });

  it('is a quantifier standing alone for people where a clause opens ("Many argued", "with some warning")', () => {
    expect(speakersOf('Officials were divided, with some warning privately that the plan would fail.')).toEqual(['some']);
    expect(speakersOf('Many argued the council had lied, but others insisted the vote was fair.')).toEqual(['Many', 'others']);
    // After a preposition it is no subject: the speaker is the one after the cue.
    expect(speakersOf('It would help many, but for some, the losses would outstrip the gains, said Lily Batchelder.')).toEqual(['Lily Batchelder']);
  });
});

describe('a pronoun after an organization that spoke through one person', () => {
  it('"A spokeswoman for Parkview said … She said …" goes on with the company, not a woman named before', () => {
    expect(
      speakersOf(
        'Rosa Diaz, a lawyer for the tenants, said the company ignored them. A spokeswoman for Parkview Holdings said the company had not seen the lawsuit. She said Parkview takes every complaint seriously.',
      ),
    ).toEqual(['Rosa Diaz', 'Parkview Holdings', 'Parkview Holdings']);
  });

  it('"A Nimbus spokesman said … he said …": the company named before the role word, too', () => {
    expect(
      speakersOf(
        'The assistant will be free until March, Chief Executive Priya Raman said. A Nimbus spokesman said the company did not use emails to train its models. Asked whether that could change, he said the policy was under review.',
      ),
    ).toEqual(['Priya Raman', 'Nimbus', null, 'Nimbus']);
  });

  it('not a pronoun of the other gender', () => {
    expect(
      speakersOf(
        'Tom Reed said the company ignored them. A spokeswoman for Parkview Holdings said the company had not seen the lawsuit. He said it would fight.',
      ),
    ).toEqual(['Tom Reed', 'Parkview Holdings', 'Tom Reed']);
  });
});

describe('a pronoun after a person described, not named', () => {
  it('"the club’s treasurer said … she said" goes on with the treasurer, not a woman named before', () => {
    const story =
      'Coach Mia Lund resigned on Friday after a poor season. The club’s treasurer said the books were in order. “We owe nobody a penny,” she said.';
    expect(speakersOf(story)).toEqual(['The club’s treasurer', 'The club’s treasurer']);
    // A person named in between is who the pronoun is.
    expect(speakersOf(story.replace('“We owe', 'Lund disagreed. “We owe'))).toEqual(['The club’s treasurer', 'Mia Lund']);
    // Nor a pronoun of the other gender.
    expect(speakersOf(story.replace('treasurer', 'chairwoman').replace('she said', 'he said').replace('Mia', 'Tom'))).toEqual([
      'The club’s chairwoman',
      'Tom Lund',
    ]);
  });

  it('a person brought in by "a" and any noun, then "who", goes on as the pronoun after', () => {
    const story =
      'Karen Hill, the chief executive, said the unit would close in May.\n\n' +
      'A cleaner at the hospital, who asked not to be named, said morale was low. “We are running shifts with half the staff we need,” she said.\n\n' +
      'An apprentice, who joined last year, said pay was poor. “I can’t afford the bus,” he said.';
    expect(speakersOf(story)).toEqual(['Karen Hill', 'A cleaner', 'A cleaner', 'An apprentice', 'An apprentice']);
  });
});

describe('"it" after what it said, in the same sentence', () => {
  it('is the organization opening those words, past its trade', () => {
    expect(speakersOf('LONDON (Reuters) - British payments startup Tallyhook has raised $85 million in a funding round, it said on Tuesday.')).toEqual([
      'Tallyhook',
    ]);
    expect(speakersOf('Retailer Marlow Stores will close 40 branches next year, it said in a statement.')).toEqual(['Marlow Stores']);
  });
});

describe('"it" opening a clause after a conjunction in the middle of its sentence', () => {
  it('is the one organization the sentence named before it, not the people its main clause is about', () => {
    const story = 'Tom Reed ran the harbour office for years. About a dozen people protested outside the Velmora Gazette after it endorsed Ann Holt.';
    expect(speakersOf(story)).toEqual(['Velmora Gazette']);
    expect(speakersOf('Ferry users gathered at Velmora Quay Lines on Monday because it criticized the levy.')).toEqual(['Velmora Quay Lines']);
  });

  it('leaves an "it" opening its sentence to the organization the sentence before was about', () => {
    expect(speakersOf('The Velmora Trust sued the council in May. In a letter to Norland Gas, it said the levy was unlawful.')).toEqual(['Velmora Trust']);
  });
});

describe('"they" after what was said', () => {
  it('is no plural inside the words said: "Other factors may play a role, they wrote"', () => {
    expect(
      speakersOf('The study did not prove that screens cause poor sleep, the authors cautioned. Other factors, such as stress, may play a role, they wrote.'),
    ).toEqual(['the authors', 'the authors']);
  });

  it('is the people opening the sentence before, past the phrase that places them', () => {
    expect(
      speakersOf(
        'Researchers at the University of Cambridge followed 400,000 adults for 12 years. They found that drinkers were more likely to develop cancer.',
      ),
    ).toEqual(['Researchers at the University of Cambridge']);
  });
});

describe('the answer to a question', () => {
  it('"he said" right after "a reporter asked whether …" is the one answering, not the reporter', () => {
    expect(
      speakersOf(
        'First minister Mark Drakeford visited a school in Cardiff on Tuesday. At a press conference, a reporter from ITV Wales asked whether the policy had cost votes. “I don’t believe it has,” he said.',
      ),
    ).toEqual(['a reporter', 'Mark Drakeford']);
  });

  it('"he said", "the chief executive said" right after "X asked Mr Y whether …" is Y', () => {
    expect(
      speakersOf(
        'MPs questioned Post Office chief executive Nick Thorne on Tuesday. Labour MP Tom Grant asked Mr Thorne whether he had read the files. “I rely on my team for that,” he said.',
      ),
    ).toEqual(['Tom Grant', 'Nick Thorne']);
    expect(
      speakersOf(
        'MPs questioned Nick Thorne of the Post Office on Tuesday. Labour MP Tom Grant asked Mr Thorne whether he had read the files. The chief executive said he had not.',
      ),
    ).toEqual(['Tom Grant', 'Nick Thorne']);
  });

  it('is no answer after a request to act ("asked them to …", "asked them “…”"): the asker goes on', () => {
    const request =
      'Tom Pike, who won the harbour vote, wants his rivals to quit. He asked them to consider the future of their campaigns. He declared that Dan Weld would gain.';
    expect(speakersOf(request).at(-1)).toBe('Tom Pike');
    const quoted =
      'Tom Pike, who won the harbour vote, wants his rivals to quit. He asked them “please consider” their campaigns. He declared that Dan Weld would gain.';
    expect(speakersOf(quoted).at(-1)).toBe('Tom Pike');
  });

  it('a request to speak is a question all the same ("asked X to lay out …")', () => {
    const path = 'At the forum, Tom Pike asked Dan Weld to lay out his path to the nomination. The candidate said he would win Ohio.';
    expect(speakersOf(path)).toEqual(['Tom Pike', 'Dan Weld']);
  });

  it('is never an asker described, not named: the one asked answers', () => {
    const briefing =
      'Mayor Tom Pike opened the Harlow ferry pier on Monday. A fisherman asked the mayor whether the levy would stay. “We will drop it next year,” he replied.';
    expect(speakersOf(briefing).at(-1)).toBe('Tom Pike');
  });

  it('is no answer in a pronoun of the other gender than the one asked: the asker goes on', () => {
    const hearing =
      'Ann Holt ran the hearing. Ida Brandt, a harbour official, asked former Attorney General Tom Reyes whether the pier had been inspected. She said she asked the question to settle the matter.';
    expect(speakersOf(hearing)).toEqual(['Ida Brandt', 'Ida Brandt']);
  });
});

describe('a pronoun going on with what was just said', () => {
  it('is the speaker named in the sentence before, also when only a given name told the other gender', () => {
    const story =
      'Sen. Lindsey Pike criticised Tom Weld on Monday. Pike said, “We are losing the harbour vote.” He continued, “I believe the pier will close.”';
    expect(speakersOf(story)).toEqual(['Lindsey Pike', 'Lindsey Pike', 'Lindsey Pike']);
  });

  it('is not the speaker when someone of the pronoun’s gender was named in the quotation, its sentence or since', () => {
    const named = 'Rep. Tom Weld said Ann Holt called on members to be “closely coordinated.” She added that the race was about the harbour.';
    expect(speakersOf(named)).toEqual(['Tom Weld', 'Ann Holt']);
    const since = 'Kelly Brandt spoke first. Brandt said, “The pier is safe.” Tom Weld disagreed. He added that the pier was unsafe.';
    expect(speakersOf(since).at(-1)).toBe('Tom Weld');
  });
});

describe('a role description owning what opens a sentence', () => {
  it('keeps its holder in view for a later "she": "The mayor\'s island roots also came into play."', () => {
    const story =
      'Mayor Ann Holt has planned the new slipway since March. Her deputy, Kate Reyes, said the cost had doubled. ' +
      "The mayor's island roots also came into play. At the quay last week, she told fishermen that few people knew the tides better.";
    expect(speakersOf(story)).toEqual(['Kate Reyes', 'Ann Holt']);
  });

  const aideRecalls =
    'Mayor Tom Holt has planned the new slipway since March. The harbour board approved the plan in April.\n\n' +
    'Peter Reyes, one of the mayor\'s closest aides, recalled Mr. Holt talking about "Storm Tides: How Harbours Fail," a book by a Kelso engineer.\n\n';

  it('weighs as a name would, over an aide named as the subject before it', () => {
    const story = `${aideRecalls}The mayor's island roots also came into play. At the quay last week, he told fishermen that few people knew the tides better. The channel is silting up, he added.`;
    expect(speakersOf(story)).toEqual(['Peter Reyes', 'Tom Holt', 'Tom Holt']);
  });

  it('gives way to a person named as the subject after it', () => {
    const story = `${aideRecalls}The mayor's island roots also came into play. Peter Reyes spoke next at the quay. He said the channel was silting up.`;
    expect(speakersOf(story)).toEqual(['Peter Reyes', 'Peter Reyes']);
  });

  it('leaves an aide of the role to speak for themselves', () => {
    const story = "Mayor Ann Holt has planned the new slipway since March. The mayor's aide said the cost would fall.";
    expect(speakersOf(story)).toEqual(["The mayor's aide"]);
  });
});

describe('the subject of a subordinate clause a participle or a joined verb follows', () => {
  const mentions = (body: string) => extractBody(body).quotes.map((q) => [q.cue?.text, q.speaker.mention?.text, q.speaker.name]);

  it("is the pronoun nearest to it, standing for the sentence's subject", () => {
    expect(mentions('Mayor Ann Holt backed the harbour plan even as she criticised its cost, saying the quay would need a new wall.')).toContainEqual([
      'saying',
      'she',
      'Ann Holt',
    ]);
    expect(mentions('Tom Reyes started the row over the ferry when he raised the fares and later said the island could pay.')).toEqual([
      ['said', 'he', 'Tom Reyes'],
    ]);
  });

  it('leaves the subject to a pronoun in what was said and to a clause before the subject', () => {
    expect(mentions('Ann Holt said that she would stay on the harbour board, adding that the fees were fair.')).toEqual([
      ['said', 'Ann Holt', 'Ann Holt'],
      ['adding', 'Ann Holt', 'Ann Holt'],
    ]);
    expect(mentions('If she resigns, Tom Reyes will take the chair, saying the harbour needs a steady hand.')).toEqual([['saying', 'Tom Reyes', 'Tom Reyes']]);
  });
});

describe('a name owning the thing that opens a sentence', () => {
  it('keeps its owner in view for a "he" in that sentence or the next', () => {
    const story =
      'Mayor Tom Holt has planned the new slipway since March. The slipway will cost two million pounds. Work starts in May. ' +
      "The harbour board approved the plan in April.\n\nPeter Reyes, one of the mayor's closest aides, recalled Mr. Holt talking about a book on storms.\n\n" +
      "Holt's island roots also came into play. At the quay last week, he told fishermen that few people knew the tides better.";
    expect(speakersOf(story)).toEqual(['Peter Reyes', 'Tom Holt', 'Tom Holt']);
    expect(
      speakersOf(
        'Kate Reyes, a lawyer for the harbour board, said the vote was fair. Ann Holt’s fate is still unclear, but she said on Monday that she would stand again.',
      ),
    ).toEqual(['Kate Reyes', 'Ann Holt']);
  });

  it('whose first word the lexicon also knows as a verb ("plans", "comments")', () => {
    expect(speakersOf('Tom Pike spoke to the council on Monday. Jim Lowe’s plans are popular, and he said the ferry must stay.')).toEqual(['Jim Lowe']);
    expect(speakersOf('Tom Pike spoke to the council on Monday. Jim Lowe’s comments drew boos, but he said the ferry must stay.')).toEqual(['Jim Lowe']);
  });

  it('leaves a person the owner has to speak for themselves', () => {
    const story =
      "Mayor Tom Holt opened the slipway. Holt's son, Ryan, also came to the quay. At the quay last week, he told fishermen that the tides were late.";
    expect(speakersOf(story)).toEqual(['Ryan Holt']);
  });
});

// Speech whose content is a topic or an object, not a clause: "spoke about the flooding",
// "criticized the council", "endorsed Ann Holt"; and the uses of the same verbs that are no speech.
import { describe, expect, it } from 'vitest';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('a topic after a preposition', () => {
  it('"spoke about", "spoke of", "talked about", "spoke out … about" report the topic', () => {
    expect(sure('Ann Holt spoke about the flooding.')).toEqual([['spoke', 'Ann Holt', 'the flooding']]);
    expect(sure('Ann Holt spoke emotionally of her early years in the city.')).toEqual([['spoke', 'Ann Holt', 'her early years in the city']]);
    expect(sure('Tom Weller talked about his ties to the unions.')).toEqual([['talked', 'Tom Weller', 'his ties to the unions']]);
    expect(sure('Ann Holt spoke out Tuesday about the death of a cyclist in Riverton.')).toEqual([['spoke', 'Ann Holt', 'the death of a cyclist in Riverton']]);
  });

  it('cues of manner take their topic: "complained about", "joked about", "commented on", "railed against", "lashed out at"', () => {
    expect(sure('Tom Weller complained about his microphone.')).toEqual([['complained', 'Tom Weller', 'his microphone']]);
    expect(sure('Tom Weller joked about his age.')).toEqual([['joked', 'Tom Weller', 'his age']]);
    expect(sure('The minister commented on the report.')).toEqual([['commented', 'The minister', 'the report']]);
    expect(sure('Tom Weller railed against the special-interest provisions in the tax code.')).toEqual([
      ['railed', 'Tom Weller', 'the special-interest provisions in the tax code'],
    ]);
    expect(sure('Tom Weller lashed out at the media.')).toEqual([['lashed', 'Tom Weller', 'the media']]);
  });

  it('a verb that speaks with its particle speaks of nothing without it: "weighed on the index" is a burden', () => {
    expect(sure('Tesco and Sainsbury weighed on the index.')).toEqual([]);
    expect(sure('The pound weighed heavily on exporters.')).toEqual([]);
  });

  it('a topic, not the words before the speaker: "…, another commented on the slow response"', () => {
    expect(sure('One resident talked about her basement, and another commented on the slow response of the city.')).toContainEqual([
      'commented',
      'another',
      'the slow response of the city',
    ]);
  });

  it('"raised questions about" reports what the questions are about', () => {
    expect(sure('Tom Weller raised questions about the maintenance costs.')).toEqual([['raised', 'Tom Weller', 'the maintenance costs']]);
  });

  it('"raised fears about", "raised objections to" and "objected to" report what was feared or opposed', () => {
    expect(sure('Villagers in Pell Green raised fears about the height of the new phone mast.')).toEqual([
      ['raised', 'Villagers', 'the height of the new phone mast'],
    ]);
    expect(sure('Tom Weller raised objections to the site of the mast.')).toEqual([['raised', 'Tom Weller', 'the site of the mast']]);
    expect(sure('Ann Holt objected to the closing of the swimming pool.')).toEqual([['objected', 'Ann Holt', 'the closing of the swimming pool']]);
    expect(sure('He drew a line from one object to another.')).toEqual([]);
  });

  it('"disputed" reports what was disputed, and a dispute over something is none', () => {
    expect(sure('Ann Holt disputed the council’s figures on the pool.')).toEqual([['disputed', 'Ann Holt', 'the council’s figures on the pool']]);
    expect(sure('Farmers dispute over water every summer.')).toEqual([]);
    expect(sure('Border disputes between the two villages dragged on.')).toEqual([]);
  });

  it('a time, an amount, a medium or an audience is no topic', () => {
    expect(sure('Ann Holt spoke on Tuesday.')).toEqual([]);
    expect(sure('Ann Holt spoke for about five minutes.')).toEqual([]);
    expect(sure('Ann Holt spoke for about 40 minutes.')).toEqual([]);
    expect(sure('Ann Holt spoke on the phone with the governor.')).toEqual([]);
    expect(sure('Ann Holt spoke to a gathering of farmers.')).toEqual([]);
    expect(sure('Tom Weller complained of chest pains.')).toEqual([]);
    // Past where and to whom it was said, the topic still follows.
    expect(sure('Ann Holt spoke outside the courthouse about the sacred sites.')).toEqual([['spoke', 'Ann Holt', 'the sacred sites']]);
  });

  it('"has spoken out against" reports its topic, and a count of occasions or days is none', () => {
    expect(sure('The bishop has spoken out against the new ferry tolls.')).toEqual([['spoken', 'The bishop', 'the new ferry tolls']]);
    expect(sure('The bishop has spoken on only a few occasions.')).toEqual([]);
    expect(sure('Nothing matched the offer the bishop had spoken of a few days earlier.')).toEqual([]);
  });

  it('"about a" opens a topic ("talks about a fresh start") unless a measure follows ("for about an hour")', () => {
    expect(sure('Ann Holt talks about a fresh start for the harbour town.')).toEqual([['talks', 'Ann Holt', 'a fresh start for the harbour town']]);
    expect(sure('Tom Weller boasted about a plan to cut the water rates.')).toEqual([['boasted', 'Tom Weller', 'a plan to cut the water rates']]);
    expect(sure('Ann Holt spoke for about an hour.')).toEqual([]);
    expect(sure('Ann Holt talked for about a dozen minutes.')).toEqual([]);
  });
});

describe('an object spoken of', () => {
  it('evaluative verbs report their object, short as it is: "criticized the council", "praised the firefighters"', () => {
    expect(sure('Ann Holt criticized the council.')).toEqual([['criticized', 'Ann Holt', 'the council']]);
    expect(sure('The governor praised the firefighters.')).toEqual([['praised', 'The governor', 'the firefighters']]);
    expect(sure('The minister condemned the attack.')).toEqual([['condemned', 'The minister', 'the attack']]);
  });

  it('"recalled" with no clause reports what a person recalls aloud; a carmaker\'s or a government\'s recall is none', () => {
    expect(sure('Ann Holt recalled her days on the harbour board.')).toEqual([['recalled', 'Ann Holt', 'her days on the harbour board']]);
    expect(sure('Tom Weller said the crews were brave, recalling a rescue off the point in 2019.')).toContainEqual([
      'recalling',
      'Tom Weller',
      'a rescue off the point in 2019',
    ]);
    expect(sure('The carmaker recalled 300,000 vehicles.')).toEqual([]);
    expect(sure('The government recalled its ambassador.')).toEqual([]);
  });

  it('"touted" reports what was praised as one\'s own, as "hailed" does; ticket touts say nothing', () => {
    expect(sure('Ann Holt touted her record on the lifeboat station.')).toEqual([['touted', 'Ann Holt', 'her record on the lifeboat station']]);
    expect(sure('Tom Weller touts his years running the harbour board.')).toEqual([['touts', 'Tom Weller', 'his years running the harbour board']]);
    expect(sure('Ticket touts gathered outside the ground before the final.')).toEqual([]);
  });

  it('"laid out", "spelled out" and "outlined" report what was set out in words; tables and flower beds say nothing', () => {
    expect(sure('Ann Holt laid out her plan for the quay.')).toEqual([['laid', 'Ann Holt', 'her plan for the quay']]);
    expect(sure('Tom Weller spelled out his concerns.')).toEqual([['spelled', 'Tom Weller', 'his concerns']]);
    expect(sure('Ann Holt outlined her priorities for the harbour.')).toEqual([['outlined', 'Ann Holt', 'her priorities for the harbour']]);
    expect(sure('Tom Weller laid out the tables for the fete.')).toEqual([]);
    expect(sure('The council laid out a new park by the harbour.')).toEqual([]);
  });

  it('"echoed" reports the words taken up again; a person agreed with, or a hall echoing, says nothing', () => {
    expect(sure('Ann Holt echoed the harbour board’s criticism of the ferry company.')).toEqual([
      ['echoed', 'Ann Holt', 'the harbour board’s criticism of the ferry company'],
    ]);
    expect(sure('Tom Weller echoed local fishermen who want the quay rebuilt.')).toEqual([]);
    expect(sure('The hall echoed with the sound of the band.')).toEqual([]);
  });

  it('verbs that report only an object: "mocked", "endorsed", "apologized for", "discussed", "thanked"', () => {
    expect(sure('Tom Weller mocked his rival.')).toEqual([['mocked', 'Tom Weller', 'his rival']]);
    expect(sure('The union endorsed Ann Holt.')).toEqual([['endorsed', 'The union', 'Ann Holt']]);
    expect(sure('Tom Weller apologized for his past statements.')).toEqual([['apologized', 'Tom Weller', 'his past statements']]);
    expect(sure('Tom Weller went on to discuss recently released polls.')).toEqual([['discuss', 'Tom Weller', 'recently released polls']]);
    expect(sure('Ann Holt thanked the volunteers for their work.')).toEqual([['thanked', 'Ann Holt', 'the volunteers for their work']]);
    expect(sure('Tom Weller attacked Ann Holt as a fraud.')).toEqual([['attacked', 'Tom Weller', 'Ann Holt as a fraud']]);
  });

  it('"opposed" reports what was opposed, as "endorsed" reports whom; sides in a game or a battle and "as opposed to" say nothing', () => {
    expect(sure('Ann Holt opposed the harbour levy.')).toEqual([['opposed', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Reyes, who has long opposed the tax, said it was unfair.')).toEqual([
      ['opposed', 'Tom Reyes', 'the tax'],
      ['said', 'Tom Reyes', 'it was unfair'],
    ]);
    expect(sure('The Harriers opposed the Kestrels in the final.')).toEqual([]);
    expect(sure('The two armies opposed each other across the river.')).toEqual([]);
    expect(sure('As opposed to the old quay, the new one is deep.')).toEqual([]);
  });

  it('"supported" and "supports" report what is supported; a passive, the noun and "supporting" say nothing', () => {
    expect(sure('Ann Holt supported the harbour levy.')).toEqual([['supported', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Reyes, who supports the new quay, said it was overdue.')).toEqual([
      ['supports', 'Tom Reyes', 'the new quay'],
      ['said', 'Tom Reyes', 'it was overdue'],
    ]);
    expect(sure('The pier is supported by steel columns.')).toEqual([]);
    expect(sure('Ann Holt won support from the fishermen.')).toEqual([]);
    expect(sure('Ann Holt played a supporting role in the harbour play.')).toEqual([]);
  });

  it('what the talks of two sides covered is a meeting’s readout, no one’s speech', () => {
    expect(sure('Tom Weller and Ann Holt discussed the budget.')).toEqual([]);
    expect(sure('Tom Weller discussed the budget.')).toEqual([['discussed', 'Tom Weller', 'the budget']]);
  });
});

describe('where the phrase ends', () => {
  it('before the narration goes on: "and" with a verb, "but he then …", a clause after "before"', () => {
    expect(sure('Tom Weller attacked Ann Holt over her emails and defended his record on taxes.')).toEqual([
      ['attacked', 'Tom Weller', 'Ann Holt over her emails'],
      ['defended', 'Tom Weller', 'his record on taxes'],
    ]);
    expect(sure('Tom Weller apologized for his remarks, but he then lashed out at the media.')).toContainEqual(['apologized', 'Tom Weller', 'his remarks']);
    expect(sure('Tom Weller joked about his age before leaving the stage.')).toEqual([['joked', 'Tom Weller', 'his age']]);
    // "as" with a subject and its verb opens a clause; "as" with a noun phrase alone says what of.
    expect(sure('Mayor Tom Weller defended his police budget as hundreds of protesters packed the hall.')).toEqual([
      ['defended', 'Tom Weller', 'his police budget'],
    ]);
    expect(sure('Tom Weller spoke about the plan as the proposed cuts were announced.')).toEqual([['spoke', 'Tom Weller', 'the plan']]);
    expect(sure('Tom Weller attacked Ann Holt as a fraud.')).toEqual([['attacked', 'Tom Weller', 'Ann Holt as a fraud']]);
  });

  it('not at "as" after "such", "known", "as well" or "as many": an example, a name or an item, no clause', () => {
    expect(sure('Tom Weller praised the dockers of harbour towns such as Velmora.')).toEqual([
      ['praised', 'Tom Weller', 'the dockers of harbour towns such as Velmora'],
    ]);
    expect(sure('Ann Holt criticized the old ticket system known as Harbourlink.')).toEqual([
      ['criticized', 'Ann Holt', 'the old ticket system known as Harbourlink'],
    ]);
    expect(sure('Tom Weller praised the ferry crews as well as Ann Holt.')).toEqual([['praised', 'Tom Weller', 'the ferry crews as well as Ann Holt']]);
  });

  it('before a time closing it, not one the topic holds', () => {
    expect(sure('The union endorsed Ann Holt last month.')).toEqual([['endorsed', 'The union', 'Ann Holt']]);
    expect(sure('Ann Holt discussed the outlook for next year.')).toEqual([['discussed', 'Ann Holt', 'the outlook for next year']]);
    expect(sure('Tom Weller apologized for the alerts sent on Monday night.')).toEqual([['apologized', 'Tom Weller', 'the alerts sent on Monday night']]);
  });

  it('before the month it was done in: "endorsed Mary Pascoe in November", "in early March", "last June"', () => {
    expect(sure('The union endorsed Mary Pascoe in November.')).toEqual([['endorsed', 'The union', 'Mary Pascoe']]);
    expect(sure('The ferry company criticized the new harbour fees in early March.')).toEqual([['criticized', 'The ferry company', 'the new harbour fees']]);
    expect(sure('Tom Weller praised the lifeboat crew last June.')).toEqual([['praised', 'Tom Weller', 'the lifeboat crew']]);
  });

  it('before the one a topic was discussed with, and past a participle on its head', () => {
    expect(sure('Ann Holt discussed the evacuation with the mayor.')).toEqual([['discussed', 'Ann Holt', 'the evacuation']]);
    expect(sure('Ann Holt addressed the concerns raised by residents.')).toEqual([['addressed', 'Ann Holt', 'the concerns raised by residents']]);
    expect(sure('Ann Holt spoke of the need for a quick ruling.')).toEqual([['spoke', 'Ann Holt', 'the need for a quick ruling']]);
  });
});

describe('the same verbs when they report no speech', () => {
  it('not said: refused or yet to come', () => {
    expect(sure('Ann Holt talked about the budget.')).toEqual([['talked', 'Ann Holt', 'the budget']]);
    // (The act refused is reported as such, less sure: declined-speech.ts.)
    expect(sure('Tom Weller refused to discuss his future.')).toEqual([['refused', 'Tom Weller', 'to discuss his future']]);
    expect(sure('Ann Holt will endorse Tom Weller next month.')).toEqual([]);
    expect(sure('Ann Holt called on Tom Weller to apologize for his remarks.').map((q) => q[0])).not.toContain('apologize');
  });

  it('an act of the body needs a person: "Tom Weller attacked Ann Holt", not "Protesters attacked a police car"', () => {
    expect(sure('Tom Weller attacked Ann Holt.')).toEqual([['attacked', 'Tom Weller', 'Ann Holt']]);
    expect(sure('Protesters attacked the mayor.')).toEqual([]);
    expect(sure('The army attacked the village.')).toEqual([]);
    expect(sure('Tom Weller attacked the convoy.')).toEqual([]);
    expect(sure('A man attacked the mayor.')).toEqual([]);
  });

  it('an object nobody speaks of: an audience, a thing handled, a lawyer’s client', () => {
    expect(sure('Ann Holt addressed the crowd.')).toEqual([]);
    expect(sure('Ann Holt addressed the concerns of residents.')).toEqual([['addressed', 'Ann Holt', 'the concerns of residents']]);
    expect(sure('Ann Holt welcomed the visitors.')).toEqual([]);
    expect(sure('Ann Holt welcomed the decision.')).toEqual([['welcomed', 'Ann Holt', 'the decision']]);
    expect(sure('Tom Weller defended his client.')).toEqual([]);
    expect(sure('Tom Weller defended his record.')).toEqual([['defended', 'Tom Weller', 'his record']]);
  });

  it('a long object of a speech cue passes the same test: "blasted the ball over the bar" is no speech', () => {
    expect(sure('Martin Odegaard blasted the ball over the bar.')).toEqual([]);
    expect(sure('The chairman welcomed the fans back to the stadium.')).toEqual([]);
    expect(sure('The union welcomed the apology.')).toEqual([['welcomed', 'The union', 'the apology']]);
    expect(sure('Mikel Arteta praised his players after the win over Tottenham.')).toEqual([['praised', 'Mikel Arteta', 'his players']]);
  });

  it('"declined comment on", "held talks on": a noun after a verb is no cue', () => {
    expect(sure('Ann Holt commented on the report.')).toEqual([['commented', 'Ann Holt', 'the report']]);
    expect(sure('Ann Holt declined comment on the report.')).toEqual([]);
    expect(sure('Ann Holt held talks on the budget.')).toEqual([]);
  });

  it('"speaking on the network CNBC" names where, not what', () => {
    expect(sure('Ann Holt spoke on the budget.')).toEqual([['spoke', 'Ann Holt', 'the budget']]);
    expect(sure('Ann Holt, speaking on cable television network CNBC, said the plan would fail.').map((q) => q[2])).toEqual(['the plan would fail']);
  });

  it('an adjective or a gerund inside a phrase is no act of its own', () => {
    expect(sure('Ann Holt insulted the council.')).toEqual([['insulted', 'Ann Holt', 'the council']]);
    expect(sure('Ann Holt confronted him with insulting remarks about women.')).toEqual([]);
    expect(sure('Many were surprised when Tom Weller, after railing against the banks, produced a plan.')).toEqual([]);
    expect(sure('Ann Holt called on Tom Weller to stop attacking the council.').map((q) => q[0])).not.toContain('attacking');
  });
});

describe('what a speaker draws attention to: "referring to", "pointed to"', () => {
  it('"…, she said, referring to the levy" reports what the words were about', () => {
    expect(sure('“We are a small supplier,” Gareth Stace said, referring to the steel mills of Port Talbot.')).toContainEqual([
      'referring',
      'Gareth Stace',
      'the steel mills of Port Talbot',
    ]);
  });

  it('"pointed to the new repairs budget", "pointing to a survey" report what was cited', () => {
    expect(sure('Mark Reddy pointed to a new repairs budget.')).toEqual([['pointed', 'Mark Reddy', 'a new repairs budget']]);
    expect(sure('Paul Whiteman defended the union, pointing to a survey of headteachers.')).toContainEqual([
      'pointing',
      'Paul Whiteman',
      'a survey of headteachers',
    ]);
  });

  it('a figure, a term or a sign points and refers without speaking', () => {
    expect(sure('The index rose 8.8 points to 60.0, its highest level since May.')).toEqual([]);
    expect(sure('The jobless rate is a term with a set meaning: it refers to the share of people seeking work.')).toEqual([]);
    expect(sure('All the signs pointed to a late surge in turnout.')).toEqual([]);
    expect(sure('The show, which the broadcaster pointed to as an example of its balance, ran for a year.')).toEqual([]);
  });

  it('"referred to the talks and said …" names what the words after take up, no speech of its own', () => {
    expect(sure('Nadia Perez referred to the border talks and said the ceasefire had to hold.').map((q) => q[0])).toEqual(['said']);
    expect(sure('In her speech, Nadia Perez repeatedly refers to the border talks.')).toEqual([]);
  });

  it('"referred to X as Y" reports the name given, in any form of the verb', () => {
    expect(sure('At the harbour meeting, Ann Holt referred to the protesters as “my neighbours”.')).toEqual([
      ['referred', 'Ann Holt', 'the protesters as “my neighbours”'],
    ]);
    expect(sure('Tom Weller refers to the new charge as the harbour tax.')).toEqual([['refers', 'Tom Weller', 'the new charge as the harbour tax']]);
    expect(sure('The term refers to a loss of ten percent.')).toEqual([]);
  });

  it('the name given after "as" runs on past a capital; "as" with a subject gives no name', () => {
    expect(sure('Admiral Kate Lowe refers to the new islands as Chinese bases.')).toEqual([['refers', 'Kate Lowe', 'the new islands as Chinese bases']]);
    expect(sure('Ann Holt referred to the vote as she left the chamber.')).toEqual([]);
  });
});

describe('what someone was made out to be: "portrayed X as Y", "cast himself as Y"', () => {
  it('"portrayed", "cast", "painted" and "characterized" report the object with what it was made out to be', () => {
    expect(sure('At the hustings, Ann Holt portrayed her rival as a puppet of the developers.')).toEqual([
      ['portrayed', 'Ann Holt', 'her rival as a puppet of the developers'],
    ]);
    expect(sure('Tom Weller cast himself as the candidate of the lifeboat crews.')).toEqual([
      ['cast', 'Tom Weller', 'himself as the candidate of the lifeboat crews'],
    ]);
    expect(sure('Ann Holt repeatedly characterized the station’s new boathouse as a vanity project.')).toEqual([
      ['characterized', 'Ann Holt', 'the station’s new boathouse as a vanity project'],
    ]);
  });

  it('an attempt to make someone out to be so is made in words: "sought to portray", "by painting"', () => {
    expect(sure('Ann Holt has sought to portray herself as Mr. Weller’s only serious rival.')).toEqual([
      ['portray', 'Ann Holt', 'herself as Mr. Weller’s only serious rival'],
    ]);
    expect(sure('Tom Weller answered by painting the harbour board as wasteful.')).toEqual([['painting', 'Tom Weller', 'the harbour board as wasteful']]);
  });

  it('without "as", or with "as" opening a clause of its own, these verbs are other acts ("cast himself as" speaks)', () => {
    expect(sure('Ann Holt again cast herself as the friend of the lifeboat crews.')).toEqual([
      ['cast', 'Ann Holt', 'herself as the friend of the lifeboat crews'],
    ]);
    expect(sure('The artist painted the lifeboat station as the sun went down.')).toEqual([]);
    expect(sure('A video depicting the mayor on the quay was shared widely.')).toEqual([]);
    expect(sure('Fishermen cast their ballots as the polls opened.')).toEqual([]);
    expect(sure('The director praised the cast as well as the crew.').map((q) => q[0])).not.toContain('cast');
  });
});

describe('what a speaker hints at, paraphrases or references', () => {
  it('"alluding to", "paraphrasing" and "referencing" after a quotation report their object, the speaker’s', () => {
    expect(sure('“The pier stays open,” Mayor Ann Holt said, alluding to the harbour board’s plans for the quay.')).toContainEqual([
      'alluding',
      'Ann Holt',
      'the harbour board’s plans for the quay',
    ]);
    expect(sure('“Some people want us to give up,” Ann Holt said, paraphrasing her rival’s speech at the hall.')).toContainEqual([
      'paraphrasing',
      'Ann Holt',
      'her rival’s speech at the hall',
    ]);
    expect(sure('Tom Reed referenced the floods of 2019 in his speech to the lifeboat crews.')).toContainEqual([
      'referenced',
      'Tom Reed',
      'the floods of 2019',
    ]);
  });

  it('a thing that alludes or paraphrases does not speak', () => {
    expect(sure('The new ferry, which alludes to the old paddle steamers in its design, sails on Monday.')).toEqual([]);
    expect(sure('The artist paraphrased an old sea shanty in the mural on the harbour wall.')).toEqual([]);
  });
});

describe('words said again, and one credited with a deed', () => {
  it('"repeated" reports the words said again, "credited" the one credited with what for', () => {
    expect(sure('“The shop stays open,” Mary Pike said, repeating a promise she made to the volunteers.')).toContainEqual([
      'repeating',
      'Mary Pike',
      'a promise she made to the volunteers',
    ]);
    expect(sure('Mary Pike thanked the volunteers, crediting them with saving the shop.')).toContainEqual([
      'crediting',
      'Mary Pike',
      'them with saving the shop',
    ]);
    expect(sure('Tom Reed credited the new opening hours for the rise in takings.')).toEqual([
      ['credited', 'Tom Reed', 'the new opening hours for the rise in takings'],
    ]);
    expect(sure('Mary Pike will find it hard to repeat her attacks on the council.')).toEqual([['attacks', 'Mary Pike', 'the council']]);
  });

  it('a deed repeated, "repeated" before a bare noun and an account credited say nothing', () => {
    expect(sure('The village bakery repeated the feat a year later.')).toEqual([]);
    expect(sure('The shop did not respond to repeated requests for comment.')).toEqual([]);
    expect(sure('The bank credited the account on Monday.')).toEqual([]);
    expect(sure('He repeated the story of the storm to the volunteers.')).toEqual([]);
  });
});

describe('what a speaker asks to have done: "pushed for", "advocated for", "asked for"', () => {
  it('the phrase after "for" is what the words were for', () => {
    expect(sure('Ann Holt pushed for a new harbour levy.')).toEqual([['pushed', 'Ann Holt', 'a new harbour levy']]);
    expect(sure('The council lobbied for state funds.')).toEqual([['lobbied', 'The council', 'state funds']]);
    expect(sure('Tom Reyes asked for a recount of the ballots.')).toEqual([['asked', 'Tom Reyes', 'a recount of the ballots']]);
    expect(sure('The mayor has been pushing for the quay to be rebuilt.')).toEqual([['pushing', 'The mayor', 'the quay to be rebuilt']]);
    expect(sure('Tom Reyes argued for a smaller budget.')).toEqual([['argued', 'Tom Reyes', 'a smaller budget']]);
  });

  it('how long or which time is not what is asked for; the clause after it is what was said', () => {
    expect(sure('Ann Holt argued for months that the quay was safe.')).toEqual([['argued', 'Ann Holt', 'the quay was safe']]);
    expect(sure('Ann Holt asked for the second time whether the levy was legal.')).toEqual([['asked', 'Ann Holt', 'whether the levy was legal']]);
    expect(sure('Tom Reyes pushed for hours to open the door.')).toEqual([]);
  });

  it('a thing pushed, and the noun after its owner, ask for nothing', () => {
    expect(sure('Tom Reyes pushed the cart for the harbour master.')).toEqual([]);
    expect(sure("Mr. Lee's push for a levy failed.")).toEqual([]);
    expect(sure('Some advocates for the harbour said the quay was unsafe.')).toEqual([['said', 'Some advocates', 'the quay was unsafe']]);
  });
});

describe('a vote cast: "voted for", "voted against"', () => {
  it('what a vote was cast for or against is the stance its voter took', () => {
    expect(sure('Ann Holt voted for the harbour levy.')).toEqual([['voted', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Reyes votes against the new quay.')).toEqual([['votes', 'Tom Reyes', 'the new quay']]);
    expect(sure('Tom Reyes, who voted against the levy, said the harbour is doomed.')).toEqual([
      ['voted', 'Tom Reyes', 'the levy'],
      ['said', 'Tom Reyes', 'the harbour is doomed'],
    ]);
  });

  it('a vote one would cast is a stance held now, also by a share of those polled', () => {
    expect(sure('Ann Holt would vote for Tom Reyes.')).toEqual([['vote', 'Ann Holt', 'Tom Reyes']]);
    expect(sure('Among likely voters, 56 percent would vote for Ann Holt.')).toEqual([['vote', '56 percent', 'Ann Holt']]);
  });

  it('a place counted, a vote that may yet be cast, the noun and "for" of a time take no stance', () => {
    expect(sure('Kelso County voted for Ann Holt in 2012.')).toEqual([]);
    expect(sure('The delegates can vote for the candidate of their choice.')).toEqual([]);
    expect(sure('A vote for anyone else is a vote for Tom Reyes.')).toEqual([]);
    expect(sure('Ann Holt voted for the first time in 2010.')).toEqual([]);
    expect(sure('Harbour senators are split on whether they would vote for Ann Holt.')).toEqual([]);
  });

  it('one counted among those who voted cast a vote: "one of three councillors to vote against"', () => {
    expect(sure('Ann Holt was one of three councillors to vote against the harbour levy.')).toEqual([['vote', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Reyes was among 12 senators to vote for the bridge toll.')).toEqual([['vote', 'Tom Reyes', 'the bridge toll']]);
    expect(sure('Tom Reyes was one of only a dozen senators to vote for the bridge toll.')).toEqual([['vote', 'Tom Reyes', 'the bridge toll']]);
    expect(sure('Ann Holt and Tom Reyes were the only members to vote against the budget.')).toEqual([['vote', 'Ann Holt and Tom Reyes', 'the budget']]);
  });

  it('one counted among those who did any act of speech did it: "the first senator to endorse", "one of few mayors to criticize"', () => {
    expect(sure('Tom Reyes became the first senator to endorse Ann Holt.')).toEqual([['endorse', 'Tom Reyes', 'Ann Holt']]);
    expect(sure('Ann Holt was one of few mayors to criticize the harbour levy.')).toEqual([['criticize', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Reyes, one of three councillors to vote against the levy, resigned.')).toEqual([['vote', 'Tom Reyes', 'the levy']]);
    expect(sure('Ann Holt is the first governor to speak about the flooding.')).toEqual([['speak', 'Ann Holt', 'the flooding']]);
  });

  it('a count opening the sentence names who did it after its own verb: no vote of the count, nor a content through "was"', () => {
    expect(sure('One of the three councillors to vote against the levy was Tom Pike.')).toEqual([]);
    expect(sure('The first senator to endorse Ann Holt was Tom Reyes.')).toEqual([]);
    expect(sure('Among the mayors to criticize the levy was Tom Pike.')).toEqual([]);
  });

  it('the years a vote was cast in and the grounds it was cast on are no part of what it was for', () => {
    expect(sure('Ann Holt voted for the Labour nominees in 2004 and 2008.')).toEqual([['voted', 'Ann Holt', 'the Labour nominees']]);
    expect(sure('Tom Reyes voted against the by-law on safety grounds.')).toEqual([['voted', 'Tom Reyes', 'the by-law']]);
    expect(sure('Ann Holt voted for the 2010 harbour levy.')).toEqual([['voted', 'Ann Holt', 'the 2010 harbour levy']]);
    expect(sure('Ann Holt voted against a ban on fishing in the bay.')).toEqual([['voted', 'Ann Holt', 'a ban on fishing in the bay']]);
  });

  it('a vote urged, allowed, a chance to vote and going to vote are none cast by the subject', () => {
    expect(sure('Ann Holt urged the council to vote for the plan.')).toEqual([['urged', 'Ann Holt', 'the council to vote for the plan']]);
    expect(sure('Ann Holt will be free to vote for any nominee.')).toEqual([]);
    expect(sure('Ann Holt said it was the last chance to vote against the levy.').map((q) => q[0])).toEqual(['said']);
    expect(sure('Many voters showed up to vote for Tom Reyes.')).toEqual([]);
  });
});

describe('how often and how lately it was said', () => {
  it('is no part of the object: "in recent months", "in the last two debates", "five times", "on several occasions"', () => {
    expect(sure('Ann Holt has criticized Tom Reyes in recent months.')).toEqual([['criticized', 'Ann Holt', 'Tom Reyes']]);
    expect(sure('Ann Holt praised Tom Reyes in the last two debates and on the stump.')).toEqual([['praised', 'Ann Holt', 'Tom Reyes']]);
    expect(sure('Ann Holt mentioned the harbour levy five times.')).toEqual([['mentioned', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Ann Holt has praised the ferry plan on several occasions.')).toEqual([['praised', 'Ann Holt', 'the ferry plan']]);
    expect(sure('Ann Holt mentions the levy at every one of her rallies.')).toEqual([['mentions', 'Ann Holt', 'the levy']]);
  });

  it('a time the topic holds, and a clause reported, keep it', () => {
    expect(sure('Ann Holt spoke about the storms of recent years.')).toEqual([['spoke', 'Ann Holt', 'the storms of recent years']]);
    expect(sure('Ann Holt said fares rose in recent months.')).toEqual([['said', 'Ann Holt', 'fares rose in recent months']]);
  });
});

describe('a second verb of the speaker after "and"', () => {
  it('ends the object: "and once again did not …", "and points out that …"', () => {
    expect(sure('Ann Holt criticized the levy and once again did not like the quay plan.')).toEqual([['criticized', 'Ann Holt', 'the levy']]);
    expect(sure('Ann Holt denied any wrongdoing and points out that Tom Reyes signed the same deal.')).toEqual([
      ['denied', 'Ann Holt', 'any wrongdoing'],
      ['points', 'Ann Holt', 'Tom Reyes signed the same deal'],
    ]);
  });
});

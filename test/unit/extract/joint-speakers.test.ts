// Two persons who speak together: a name set off after "and her deputy," joins the name before it,
// and "they" after them is the pair.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('joint speakers', () => {
  it('"Jane Scullion and her deputy, Adam Wilkinson, said" is both, and "they said" after them too', () => {
    const story =
      'Budget backed\n\nCouncil leader Jane Scullion and her deputy, Adam Wilkinson, said in a joint statement that the council had no choice. ' +
      '“We cannot go on like this,” they said.';
    expect(speakersOf(story)).toEqual(['Jane Scullion and Adam Wilkinson', 'Jane Scullion and Adam Wilkinson']);
    const second = 'Shop closes\n\nMaureen Pratt and her husband, Tom Pratt, said they would retire to Spain.';
    expect(speakersOf(second)).toEqual(['Maureen Pratt and Tom Pratt']);
  });

  it('a relative clause set off before the cue leaves two persons joined by "and" the subject', () => {
    const rescued =
      'Rescued\n\nBen Trewin and Josh Pascoe, who spent four hours on a life raft, said they had feared the worst. ' +
      'Their skipper, Alan Rowe, and his son, Kieran Rowe, who own the trawler, have also said they will replace it.';
    expect(speakersOf(rescued)).toEqual(['Ben Trewin and Josh Pascoe', 'Alan Rowe and Kieran Rowe']);
    // The cue inside the relative clause is the last name's.
    expect(speakersOf('Rescued\n\nThe coxswain met Ben Trewin and Josh Pascoe, who said they hoped to sail by spring.')).toEqual(['Josh Pascoe']);
  });

  it('a name set off after "and her deputy" in a relative clause or an object is no joint subject', () => {
    expect(speakersOf('Budget\n\nJane Scullion, who sat beside her deputy, Adam Wilkinson, said the budget was fair.')).toEqual(['Jane Scullion']);
    expect(speakersOf('Budget\n\nThe leader met Ann Roe and her deputy, Adam Wilkinson, who said the budget was fair.')).toEqual(['Adam Wilkinson']);
  });

  it('"the pair", "the duo" and "the couple" are the two persons named last', () => {
    const match = 'Match\n\nCaptain Kurt Zouma and goalkeeper Alphonse Areola both said the clean sheet pleased them. “We stood up today,” the pair said.';
    expect(speakersOf(match)).toEqual(['Kurt Zouma and Alphonse Areola', 'Kurt Zouma and Alphonse Areola']);
    const shop = 'Shop\n\nMaureen Dale and Tom Pratt opened the shop in 1979. “We never took a holiday,” the couple said.';
    expect(speakersOf(shop)).toEqual(['Maureen Dale and Tom Pratt']);
  });

  it('"they" after two persons joined by "and" opening the sentence before is the pair', () => {
    const story =
      'The trust apologised.\n\nJack and Sarah Hawkins, whose daughter Harriet was stillborn in 2016, have campaigned for the review for seven years.\n\n' +
      '“We were told again and again that nothing could have been done,” they said.';
    expect(speakersOf(story)).toEqual(['Jack Hawkins and Sarah Hawkins']);
    // One person and another named later in the sentence are no pair opening it.
    expect(speakersOf('The trust apologised.\n\nJack Hawkins met Sarah Lowe and the board.\n\n“Nothing was done,” they said.')).not.toEqual([
      'Jack Hawkins and Sarah Lowe',
    ]);
  });

  it('"they" is also two persons opening the sentence before after words describing both, or with ages set off', () => {
    const friends = 'Rowers home\n\nTheir friends Ellie Marsh and Dan Okoro joined them for the last stretch. They said the welcome had moved them to tears.';
    expect(speakersOf(friends)).toEqual(['Ellie Marsh and Dan Okoro']);
    const aged = 'Jailed\n\nLiam Hart, 34, and Connor Hart, 31, ran a fake charity. “We are ashamed,” they wrote in a letter to the judge.';
    expect(speakersOf(aged)).toEqual(['Liam Hart and Connor Hart']);
    // A clause opening the sentence is no description of the pair.
    expect(speakersOf('Rowers home\n\nAfter Ellie Marsh and Dan Okoro left, the crowd went home. They said it had been a long day.')).toEqual([null]);
  });

  it('a possessor joined to a name speaks with what it owns: "the European Commission and Canada\'s trade ministry said"', () => {
    expect(speakersOf("In a joint statement, the European Commission and Canada's trade ministry said the agreement would secure supply chains.")).toEqual([
      "European Commission and Canada's trade ministry",
    ]);
    expect(speakersOf("The Treasury and Germany's finance ministry have also said the deal was fair.")).toEqual(["Treasury and Germany's finance ministry"]);
    expect(speakersOf('Spain and France said the deal was fair.')).toEqual(['Spain and France']);
  });

  it('"the senators", "the candidates" are the two named together in that role when nobody else was named since', () => {
    const senators =
      'Wetlands bill\n\nSenators Maria Lopez and James Carter introduced a bill to protect wetlands on Tuesday. Ms Lopez said farmers had been consulted. ' +
      'The senators said the measure had support from both parties.';
    expect(speakersOf(senators)).toEqual(['Maria Lopez', 'Maria Lopez and James Carter']);
    const hustings =
      'The two candidates hoping to become mayor of Wexley clashed over housing on Thursday night.\n\n' +
      "Labour's Priya Shah and the Conservative Daniel Morgan each set out plans for new homes. Ms Shah said she would build 2,000 council houses. " +
      'Mr Morgan said the town needed private investment.\n\nThe candidates said they would both keep the weekly bin collection.';
    expect(speakersOf(hustings)).toEqual(['Priya Shah', 'Daniel Morgan', 'Priya Shah and Daniel Morgan']);
    // Two the story did not give that role are not "the firefighters"; nor is a pair others were named after.
    const flood =
      'Couple rescued\n\nPeter Hale and his wife Susan spent six hours on the roof of their home. Mr Hale said the river had never been so high. ' +
      'The firefighters said the water was more than a metre deep.';
    expect(speakersOf(flood).at(-1)).toBe('The firefighters');
    const more = 'Bill\n\nSenators Maria Lopez and James Carter introduced a bill. Governor Ann Roe said she would sign it. The senators said it would pass.';
    expect(speakersOf(more).at(-1)).toBe('The senators');
  });

  it('a plural title before a list gives each name its role, so "the senators" are the two named later by courtesy titles', () => {
    const story =
      'Farm loans\n\nCritics of the loan scheme, like Senators Ann Holt, Republican of Velmora, and Tom Reyes, Democrat of Carrow, want an overhaul.\n\n' +
      'Banks have urged Congress to keep the scheme, said Mark Deane, a Carrow banker.\n\n' +
      'But Ms. Holt and Mr. Reyes said lenders had stretched the rules to fund hotels, which is what the senators said was a giveaway.';
    expect(speakersOf(story).at(-1)).toBe('Ann Holt and Tom Reyes');
    const abbreviated =
      'Ferry fares\n\nSens. Ann Holt and Tom Reyes wrote to the port authority on Monday.\n\n' +
      'Ms. Holt and Mr. Reyes said the fares had doubled, which the senators said was too much.';
    expect(speakersOf(abbreviated).at(-1)).toBe('Ann Holt and Tom Reyes');
    // The second of the list holds the role alone too: "the senator" who acted last.
    const second =
      'Ferry fares\n\nSenators Ann Holt and Tom Reyes wrote to the port authority on Monday.\n\n' +
      'Mayor Ed Lamb said the fares were fair. Mr. Reyes met port workers on Friday.\n\nThe senator said the fares had doubled.';
    expect(speakersOf(second)).toEqual(['Ed Lamb', 'Tom Reyes']);
  });

  it('"both parties", "the two companies" are no two bodies named paragraphs before', () => {
    const story =
      'Wine exports fell sharply last year, according to figures from Wines of Argentina. Mendoza produces most of the wine.\n\n' +
      'Human Rights Watch said the detentions were arbitrary. Relatives of the men said they had not been told where they were held. ' +
      'The Indian consulate in Dubai said it was in touch with the families.\n\n' +
      'Sarah Mills, a senior lecturer at the university, has studied the scheme. Asked whether it had worked, she said the evidence was mixed.\n\n' +
      'Labour and the Conservatives both said the figures were wrong. Both parties said they would publish their own.';
    expect(speakersOf(story).at(-1)).toBe('Both parties');
    // Named just before, the two are the pair.
    expect(speakersOf('Halden Wines and Human Rights Watch met on Monday. The two groups said they would work together.')).toEqual([
      'Halden Wines and Human Rights Watch',
    ]);
  });

  it('"the two chief executives" are the two the story gave that role, however far back', () => {
    const story =
      'Ben van Beurden, Shell\'s chief executive, said the takeover would "accelerate our growth strategy". "This is a springboard," the Dutchman said.\n\n' +
      'BG\'s chief executive, Helge Lund, who joined the company only in February, said the offer was "compelling". "This transaction recognises the quality of our assets," the Norwegian said. "Our shareholders will share in the upside."\n\n' +
      'The two chief executives said they expected the deal to be completed early next year.';
    expect(speakersOf(story).at(-1)).toBe('Ben van Beurden and Helge Lund');
  });
});

describe('a pair the story introduced together', () => {
  it('"Both candidates said", "The pair said" after each spoke alone are the two introduced together', () => {
    const story =
      'Mayoral race\n\nLabour’s Priya Shah and the Conservative candidate, Mark Denholm, met voters on Tuesday. Ms Shah said fares would be frozen. ' +
      'Mr Denholm said the plan was unaffordable. Both candidates said more homes were needed.';
    expect(speakersOf(story)).toEqual(['Priya Shah', 'Mark Denholm', 'Priya Shah and Mark Denholm']);
    const farm =
      'Milk prices\n\nEdward Lamb, 68, and his son Thomas, 39, milk 220 cows near Clitheroe. Mr Lamb said the farm was losing money. ' +
      '“We cannot go on,” he said. The pair said they had written to their MP.';
    expect(speakersOf(farm).at(-1)).toBe('Edward Lamb and Thomas Lamb');
  });

  it('a pair introduced far back is not "the two" when someone else was named since', () => {
    const story =
      'Party season\n\nLaura Bush and George Bush hosted the first party. Guests came from both chambers. ' +
      'The second party was Mr. Obama’s first meeting with Speaker Paul Ryan since Mr. Ryan took office. The two said it went well.';
    expect(speakersOf(story)).toEqual(['The two']);
  });

  it('"A FATHER and son … say" opening a story is the two it introduces together next, not one of them', () => {
    const story =
      'Dairy farm\n\nA FATHER and son who run a dairy farm near Clitheroe say they will have to sell half their herd. ' +
      'Edward Lamb, 68, and his son Thomas, 39, milk 220 cows.';
    expect(speakersOf(story)).toEqual(['Edward Lamb and Thomas Lamb']);
  });

  it('a quantifier floated after an auxiliary stands between the subject and its cue', () => {
    const story =
      'Brothers jailed\n\nLiam Hart, 34, and Connor Hart, 31, ran a fake charity for three years.\n\n' +
      'The two men have each said they were sorry. Prison officers have all said the pair behaved well.';
    expect(speakersOf(story)).toEqual(['Liam Hart and Connor Hart', 'Prison officers']);
    expect(speakersOf('Vote\n\nThe senators had both argued that the bill went too far.')).toEqual(['The senators']);
  });

  it('two named with titles cut short ("Sen. Ann Holt and Sen. Tom Reed", "Mr. Holt and Mr. Reed") are named together, as with titles written out', () => {
    expect(speakersOf('Sen. Ann Holt and Sen. Tom Reed visited the harbour on Monday. The senators said the levy was a giveaway.')).toEqual([
      'Ann Holt and Tom Reed',
    ]);
    expect(
      speakersOf('Ann Holt met the minister. Tom Reed stayed home. Mrs. Holt and Mr. Reed later called the levy unfair. The two said more would follow.'),
    ).toEqual(['Ann Holt and Tom Reed', 'Ann Holt and Tom Reed']);
  });

  it('"a X and Y" of two trades with no owner is one person, not a pair named before ("a pollster and strategist")', () => {
    const story = 'Mr. Pike and Mr. Roe met on Monday. A pollster and strategist on the Holt campaign said the vote would be close.';
    expect(speakersOf(story)).toEqual(['A pollster and strategist']);
  });
});

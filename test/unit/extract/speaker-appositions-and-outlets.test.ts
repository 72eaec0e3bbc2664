// Speakers around appositions holding a body and a place, and outlets whose names hold a cue word.
import { describe, expect, it } from 'vitest';
import { extractBody, speakersOf } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';

describe('speakers before an apposition holding a body and its place', () => {
  it('a body after a preposition is inside the description of the person named before it', () => {
    expect(speakersOf('Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images document his life."')).toEqual([
      'Cynthia Thompson',
    ]);
    expect(speakersOf('Tom Hale, a lecturer at Glasgow University, Scotland, said the data was clear.')).toEqual(['Tom Hale']);
    // A body named alone before its place still speaks.
    expect(speakersOf('The University of Arkansas, Fayetteville, said the exhibit would open in May.')).toEqual(['University of Arkansas']);
  });
});

describe('outlets whose names hold a cue word', () => {
  it('"told The Huffington Post, “…”" is the teller\'s: a capitalised bare cue after a capitalised word is a word of a name', () => {
    const text = 'Crop yields will fall.\n\nAs coauthor Colette Heald told The Huffington Post, "The projections are quite consistent."';
    const [quote] = extract(text).quotes;
    expect([quote?.speaker.name, quote?.cue?.text]).toEqual(['Colette Heald', 'told']);
    // A headline's inflected verb is still the cue.
    expect(extract('Markets fell on Monday.\n\nTrump Says: "We will win."').quotes.map((q) => q.cue?.text)).toEqual(['Says']);
  });
});

describe('a paper named only by its title, speaking through a participle', () => {
  it('"The Gazette intervened, saying …": the title before the verb says what the participle reports', () => {
    const quotes = (body: string) => extractBody(body).quotes.map((q) => [q.speaker.name, q.cue?.text, q.text]);
    expect(quotes('The Gazette intervened in April, arguing that the mayor’s dealings were a public matter.')).toEqual([
      ['Gazette', 'arguing', 'the mayor’s dealings were a public matter'],
    ]);
    expect(quotes('The Harbor Courier objected, saying the ferry fares had doubled.')).toEqual([['Harbor Courier', 'saying', 'the ferry fares had doubled']]);
    // A common noun after "The" is no title.
    expect(quotes('The storm passed, leaving the pier in ruins.')).toEqual([]);
  });
});

describe('speakers before a description and a relative clause', () => {
  it('"who" after a description set off after a person\'s name is that person', () => {
    const story = 'Sean Rice, the player’s father, who also acts as his agent, said the decision had been taken on medical advice.';
    expect(speakersOf(story)).toEqual(['Sean Rice']);
    const second = 'Marta Gil, the club’s kit manager, who has worked there for 30 years, said, “Nobody saw it coming.”';
    expect(speakersOf(second)).toEqual(['Marta Gil']);
    // A description with no name before it still speaks.
    expect(speakersOf('The player’s father, who also acts as his agent, said the decision was final.')).toEqual(['The player’s father']);
  });

  it('a town and its region in a relative clause after a described speaker leave the description to speak, not the verb', () => {
    // (a village fete called off for rain, its regulars disappointed)
    const story = 'The fete was called off after a night of rain. A stallholder, who lives in Bath, England, said she had baked for a week.';
    expect(extractBody(story).quotes.map((q) => [q.speaker.name, q.text])).toEqual([['A stallholder', 'she had baked for a week']]);
    expect(speakersOf('Two regulars, who travel from Truro, Cornwall, every year, said they would come back.')).toEqual(['Two regulars']);
  });
});

describe('a title set beside the name', () => {
  it('a role before "of" with no verb is no content said before the cue', () => {
    const story = "Pike was jailed for five years. The hospice's chair of trustees, Andrew Moss, said outside court: “Today's sentence brings some closure.”";
    expect(extract(story).quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([['DIRECT', "Today's sentence brings some closure.", 'Andrew Moss']]);
  });
});

describe('a name in apposition after a title that holds more than role words', () => {
  it('"activist fund Harlow Capital": a noun the lexicon knows as a verb, after a title word, is part of the title', () => {
    expect(speakersOf("Shares rose 4%. Valley Crest's largest shareholder, activist fund Harlow Capital, said it would vote against the deal.")).toEqual([
      'Harlow Capital',
    ]);
    expect(speakersOf('The bid failed. The company’s biggest investor, pension trust Calder Partners, said it was disappointed.')).toEqual(['Calder Partners']);
  });

  it('"Secretary of State Francisco Aguilar": an office’s domain after "of" titles the name', () => {
    expect(
      speakersOf("The count went on. The state's top election official, Secretary of State Francisco Aguilar, said results should be final by Friday."),
    ).toEqual(['Francisco Aguilar']);
  });

  it('a preposition the lexicon knows as a verb opens no title', () => {
    expect(speakersOf('Democratic candidate Ann Holt, like Obama, has said she will hold firm to the treaty.')).toEqual(['Ann Holt']);
  });
});

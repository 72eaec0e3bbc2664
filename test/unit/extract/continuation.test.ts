// A paragraph that is only a quotation: the speaker before goes on, unless a paragraph of
// narration between them opens with another person, who then speaks it; right after the paragraph
// its attribution closes (“A,” X said.¶“B.”), it is a second piece of the same quote.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers, speakersOf } from '../../support/extraction.js';

describe('quotation paragraphs without attribution', () => {
  it('go on with the speaker of the quote before', () => {
    expect(speakersOf('Mayor Lisa Grant said: “We will fight this in every court.”\n\n“Our residents deserve clean water.”')).toEqual([
      'Lisa Grant',
      'Lisa Grant',
    ]);
  });

  it('go on past narration that names no person', () => {
    expect(
      speakersOf(
        '“We will fight this in every court,” Mayor Lisa Grant said.\n\nThe ruling came after a two-year fight.\n\n“Our residents deserve clean water.”',
      ),
    ).toEqual(['Lisa Grant', 'Lisa Grant']);
  });

  it('belong to the person a paragraph of narration before them opens with', () => {
    expect(
      speakersOf(
        '“The family got out just in time,” Fire Chief Tom Walsh said.\n\nNeighbour Jenny Lo watched the fire from her porch.\n\n“It was terrifying.”',
      ),
    ).toEqual(['Tom Walsh', 'Jenny Lo']);
    expect(
      speakersOf(
        '“We were told nothing,” said Carla Mendes, a tenant.\n\nJoe Park has lived in the building for 30 years.\n\n“I never thought I would have to move.”',
      ),
    ).toEqual(['Carla Mendes', 'Joe Park']);
  });

  it('not to a person the narration says did not comment', () => {
    expect(
      speakersOf(
        '“We will fight this in every court,” Mayor Lisa Grant said.\n\nCompany president Ray Holm did not respond to a request for comment.\n\n“Our residents deserve clean water.”',
      ),
    ).toEqual(['Lisa Grant', 'Lisa Grant']);
  });

  it('belong to the person the narration before introduces, also before any other quote', () => {
    expect(
      speakersOf(
        'United manager Erik Holm defended his decision to rest five starters.\n\n“People will say I threw the game away.\n\n“But we have three games in eight days.”',
      ),
    ).toEqual(['Erik Holm', 'Erik Holm']);
    expect(speakersOf('The storm flattened the harbour overnight.\n\n“We have never seen anything like it.”')).toEqual([]);
    expect(speakersOf('Company president Ray Holm did not respond to a request for comment.\n\n“Our residents deserve clean water.”')).toEqual([]);
  });
});

describe('a quotation paragraph right after the attribution of a quotation whose sentence goes on into it', () => {
  const lead = 'Tenants of Alder Court marched to the town hall on Tuesday.\n\n';
  it('is a second piece of that quote: “A,” X said.¶“B.”', () => {
    expect(
      partsAndSpeakers(
        'The ferry to Skye was cancelled again on Friday.\n\n“We have lost half our bookings this month,” hotelier Morag Neil told the Gazette.\n\n“Nobody will risk a trip now.”',
      ),
    ).toEqual([[['We have lost half our bookings this month,', 'Nobody will risk a trip now.'], 'Morag Neil']]);
    expect(
      partsAndSpeakers(
        `${lead}“The roof has leaked for three winters,” said Paul Odom, who chairs the tenants’ group.\n\n“We are done waiting for the council.”`,
      ),
    ).toEqual([[['The roof has leaked for three winters,', 'We are done waiting for the council.'], 'Paul Odom']]);
  });

  it('also past words the attribution reports with a participle: “A,” X said, adding that Y.¶“B.”', () => {
    expect(
      partsAndSpeakers(
        'The ferry to Skye was cancelled again on Friday.\n\n“We have lost half our bookings this month,” hotelier Morag Neil said, adding that the council had ignored her letters.\n\n“Nobody will risk a trip now.”',
      ),
    ).toEqual([
      [['We have lost half our bookings this month,', 'Nobody will risk a trip now.'], 'Morag Neil'],
      [['the council had ignored her letters'], 'Morag Neil'],
    ]);
  });

  it('also after a quotation ending in "!" or "?" before its attribution: “A!” X said.¶“B.”', () => {
    expect(partsAndSpeakers(`${lead}“The roof has leaked for three winters!” said Paul Odom.\n\n“We are done waiting.”`)).toEqual([
      [['The roof has leaked for three winters!', 'We are done waiting.'], 'Paul Odom'],
    ]);
    expect(partsAndSpeakers(`${lead}“Who will pay for the repairs?” Ann Holt asked the crowd.\n\n“Not the tenants.”`)).toEqual([
      [['Who will pay for the repairs?', 'Not the tenants.'], 'Ann Holt'],
    ]);
  });

  it('also after a quotation interrupted by its attribution that closes its paragraph: “A,” X said. “B.”¶“C.”', () => {
    expect(
      partsAndSpeakers(`${lead}“The roof has leaked for three winters,” said Paul Odom. “Nobody came. Nobody called.”\n\n“Then the ceiling fell in.”`),
    ).toEqual([[['The roof has leaked for three winters,', 'Nobody came. Nobody called.', 'Then the ceiling fell in.'], 'Paul Odom']]);
  });

  it('and after mixed words whose sentence goes on into the attribution: X needs “A,” Y said.¶“B.”', () => {
    expect(
      partsAndSpeakers(`${lead}The estate needs a landlord “who understands that a roof matters,” Paul Odom said.\n\n“And that is why we marched.”`),
    ).toEqual([[['The estate needs a landlord “who understands that a roof matters,”', 'And that is why we marched.'], 'Paul Odom']]);
  });

  it('not before one with an attribution of its own, after narration closing the paragraph, nor after a cue before the quotation', () => {
    expect(
      partsAndSpeakers(`${lead}“The roof has leaked for three winters,” said Paul Odom.\n\n“We are done waiting,” he added. “The council has had its chance.”`)
        .length,
    ).toBe(2);
    expect(partsAndSpeakers(`${lead}“The roof has leaked,” said Paul Odom. “Nobody came.” He then left.\n\n“We are done waiting.”`).length).toBe(2);
    expect(partsAndSpeakers(`${lead}Paul Odom said: “The roof has leaked.”\n\n“We are done waiting.”`).length).toBe(2);
  });
});

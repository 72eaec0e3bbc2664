// A paragraph that is only a quotation: the speaker before goes on, unless a paragraph of
// narration between them opens with another person, who then speaks it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('quotation paragraphs without attribution', () => {
  it('go on with the speaker of the quote before', () => {
    expect(speakersOf('“We will fight this in every court,” Mayor Lisa Grant said.\n\n“Our residents deserve clean water.”')).toEqual([
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

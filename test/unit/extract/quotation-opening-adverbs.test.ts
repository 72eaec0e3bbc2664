// An adverb made from an adjective opening a quotation mid-sentence is no name, as one opening a sentence
// already was: stories written for the test (a harbour ferry's timetable).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('an adverb in "-ly" opening a quotation after a comma', () => {
  it('names nobody', () => {
    expect(typedNames('Ferry\n\nAnn Holt said, "Usually, the ferry is late."')).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Ferry\n\nThe harbour master told Tom Reed, "Finally, the timetable works."')).toEqual(['PERSON:Tom Reed']);
  });

  it('a name opening the quotation stays, and so does one after the adverb', () => {
    expect(typedNames('Ferry\n\nAnn Holt said, "Kelly will sail on Monday."')).toContain('PERSON:Kelly');
    expect(typedNames('Ferry\n\nAnn Holt said, "Usually Tom Reed sails first."')).toContain('PERSON:Tom Reed');
  });
});

describe('a straight mark right after a comma', () => {
  it('closes a quotation: the name after it opens no sentence, as after a curly mark', () => {
    expect(typedNames('Ferry\n\n"No," Jan Smit said.')).toContain('PERSON:Jan Smit');
    expect(typedNames('Ferry\n\n“No,” Jan Smit said.')).toContain('PERSON:Jan Smit');
    expect(typedNames('Ferry\n\n"The boats are full," Velmoran Ferry Board chairman Ann Holt said.')).toEqual(
      typedNames('Ferry\n\n“The boats are full,” Velmoran Ferry Board chairman Ann Holt said.'),
    );
  });
});

describe('the quotations opening words are those of the paired passages the quotes are read from', () => {
  it('a quotation in two apostrophes opens a sentence as one in double marks does', () => {
    expect(typedNames("Ferry\n\nTom Pike told the radio hosts: ''If Korvath wins, the pier closes.''")).toEqual(['PERSON:Tom Pike', 'PERSON:Korvath']);
  });

  it('a closing mark ending a paragraph opens nothing in the next one', () => {
    expect(typedNames('Ferry\n\nAnn Holt called the levy "a disgrace."\n\nAlternative Harbours, a group of ferry owners, disagreed.')).toContain(
      'ORGANIZATION:Alternative Harbours',
    );
  });
});

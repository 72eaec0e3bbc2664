// A document from or by someone speaks for them ("A letter from the Anglers' Guild says …"), also with a
// title before their name and with a participle phrase after it telling who came by the document
// (description-speakers.ts, reduced-relatives.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings, speakersOf } from '../../support/extraction.js';

describe('a document from its issuer', () => {
  it('a document from a titled person speaks for that person', () => {
    expect(speakersOf('A letter from Mayor Ines Varga says the ferry will stop in May.')).toEqual(['Ines Varga']);
    expect(speakersOf('A memo by Sen. Otto Brandt warned that the dam was unsafe.')).toEqual(['Otto Brandt']);
    expect(speakersOf('A letter from Ms Rhea Colt said the school would close.')).toEqual(['Rhea Colt']);
  });

  it('who obtained or saw the document does not speak for it; its issuer does', () => {
    expect(speakersOf('A letter from the Anglers Guild obtained by the Westbrook Courier says the lake is closed to boats.')).toEqual(['Anglers Guild']);
    expect(speakersOf('A March 3 memo by the Harbour Trust seen by the Westbrook Courier warns that “the pier cannot be saved.”')).toEqual(['Harbour Trust']);
    expect(speakersOf('A letter from Mayor Ines Varga seen by the Westbrook Courier says the ferry will stop in May.')).toEqual(['Ines Varga']);
  });

  it('people interviewed by an outlet and a document it obtained with no issuer keep their readings', () => {
    expect(quoteReadings('Residents interviewed by the Westbrook Courier said the lake should stay open.').map((q) => q.mention)).toEqual(['Residents']);
    expect(speakersOf('A letter obtained by the Westbrook Courier says the lake is closed to boats.')).toEqual(['A letter']);
  });
});

// The sides of a result in sports reports, typed by the side they meet; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a side met by a club is a club', () => {
  it('a town that beats a club is the town’s club, in the headline too, but the dateline stays the town', () => {
    const story = 'SOCCER - KOLDING STUN VEJLE.\n\nKOLDING 1996-08-31\n\nKolding stunned Vejle 3-1 in the Danish league on Saturday.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Kolding', 'ORGANIZATION:KOLDING', 'LOCATION:KOLDING']));
    expect(found.filter((m) => m === 'LOCATION:Kolding')).toEqual([]);
  });

  it('a name the typer knew nothing of, drawn with or lost to a club, is a club', () => {
    const story = 'SOCCER - PORTUGUESE LEAGUE.\n\nLISBON 1996-09-01\n\nBraga drew with Guimaraes on Sunday, and Farense lost 2-1 to Estoril.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Guimaraes', 'ORGANIZATION:Estoril']));
  });

  it('a nation’s side stays the nation, and players stay persons', () => {
    const nation = typedNames('SOCCER - FRIENDLY.\n\nCARDIFF 1996-09-01\n\nWales drew with Leeds in a friendly on Sunday.');
    expect(nation).toEqual(expect.arrayContaining(['LOCATION:Wales', 'ORGANIZATION:Leeds']));
    const chess = typedNames('CHESS - TITLE MATCH.\n\nMOSCOW 1996-09-01\n\nGarry Kasparov drew with Anatoly Karpov on Sunday.');
    expect(chess).toEqual(expect.arrayContaining(['PERSON:Garry Kasparov', 'PERSON:Anatoly Karpov']));
  });

  it('a result told with a verb of a heavy win or an upset is one too', () => {
    expect(typedNames('Kolding crushed Velmora Rovers 38-12 on Saturday.')).toEqual(['ORGANIZATION:Kolding', 'ORGANIZATION:Velmora Rovers']);
    expect(typedNames('Holt trounced Velmora Rovers 4-0 on Saturday.')).toEqual(['ORGANIZATION:Holt', 'ORGANIZATION:Velmora Rovers']);
  });

  it('a town joined by "and" to a club before "meet" is its club, not a capital nor a person', () => {
    expect(typedNames('Velmora Rovers and Kolding meet on Sunday.')).toEqual(['ORGANIZATION:Velmora Rovers', 'ORGANIZATION:Kolding']);
    expect(typedNames('The Velmora Union and London will meet on Monday to discuss the deal.')).toContain('LOCATION:London');
    expect(typedNames('Velmora Rovers and Holt will meet in the final.')).toContain('PERSON:Holt');
  });
});

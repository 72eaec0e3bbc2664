// Places spelt with a compass point written as one word, "of" after a body of water, lower-case words
// of their own, or an ordinary word opening them after an office. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('places spelt with a compass point, "of" or lower-case words', () => {
  it('a compass point written as one word opens a region', () => {
    expect(typedNames('Health\n\nCholera is spreading across Southeast Asia, officials said.')).toEqual(['LOCATION:Southeast Asia']);
  });

  it('a gulf or sea "of" a place is one place', () => {
    expect(typedNames('Shipping\n\nA tanker was seized in the Gulf of Oman. The IRGC navy said it carried fuel.')).toContain('LOCATION:Gulf of Oman');
  });

  it('a lower-case word inside a place the gazetteer knows joins it', () => {
    expect(typedNames('Cholera\n\nHealth officials in Dar es Salaam reported 40 new cases.')).toEqual(['LOCATION:Dar es Salaam']);
  });

  it('a place opening with an ordinary word after "mayor of" is no office’s domain', () => {
    expect(typedNames('Shelters\n\nThe mayor of New York City, Eric Adams, defended the plan.')).toEqual(['LOCATION:New York City', 'PERSON:Eric Adams']);
  });
});

describe('places of worship and castles', () => {
  it('are places by their last word', () => {
    expect(typedNames('Visit\n\nTourists crowded Edinburgh Castle and Westminster Abbey on Sunday.')).toEqual([
      'LOCATION:Edinburgh Castle',
      'LOCATION:Westminster Abbey',
    ]);
    expect(typedNames('Crane\n\nPilgrims prayed at the Al-Aqsa Mosque.')).toEqual(['LOCATION:Al-Aqsa Mosque']);
  });

  it('a head that is a surname too stays one after a given name', () => {
    expect(typedNames('Film\n\nShirley Temple sang on Sunday.')).toEqual(['PERSON:Shirley Temple']);
  });
});

describe('a town and its region set off by a comma', () => {
  // A barn fire in a Somerset village, a light aircraft lost in the Borders, a county match, a donors' meeting.
  it('are both places, whatever a county club or a town no gazetteer knows would be alone', () => {
    const found = typedNames(
      'Barn fire\n\nA farmer from Frome, Somerset, said the smoke could be seen for miles. The light aircraft came down near Tarrow, Scotland.',
    );
    expect(found).toContain('LOCATION:Somerset');
    expect(found).toContain('LOCATION:Tarrow');
    // A county doing what a side does, and an ordinary word opening a sentence, stay as they were.
    expect(typedNames('CRICKET - COUNTY CHAMPIONSHIP.\nTAUNTON 1996-08-30\nAt Grace Road, Leicestershire extended their lead to 90.')).toContain(
      'ORGANIZATION:Leicestershire',
    );
    const opened = typedNames('Aid\n\nDonors met in Oslo. Still, Kenya was promised less than it asked for.');
    expect(opened.filter((m) => m.endsWith(':Still'))).toEqual([]);
  });

  it('are places with a state written in initials', () => {
    expect(typedNames('Campaign\n\nAnn Holt of Ashby, N.H., stood at the back of the hall.')).toContain('LOCATION:N.H.');
    expect(typedNames('Campaign\n\nTom Weller, 40, of Fairview, N.C., who was among those polled, said he was undecided.')).toContain('LOCATION:N.C.');
  });
});

describe('a state of the United States in an election story', () => {
  // Caucus nights and a recount in a state's primary.
  it('is the place a candidate wins or loses, however much the story reads as sport', () => {
    const found = typedNames(
      'Caucus night\n\nTom Weller beat Ann Holt in Idaho, his first victory of the night, and won Kansas. Holt lost Utah to Weller by 12 points. Her campaign team says she will win the Utah delegates back at the convention.',
    );
    expect(found.filter((m) => m.endsWith(':Utah'))).toEqual(['LOCATION:Utah', 'LOCATION:Utah']);
    const recount = typedNames(
      'Primary\n\nAnn Holt lost Oregon to Tom Weller, who took 52 percent of the vote. Weller now has 300 delegates. The Oregon senator said on Wednesday that the ballots in two counties would be recounted before the nomination.',
    );
    expect(recount.filter((m) => m.endsWith(':Oregon'))).toEqual(['LOCATION:Oregon', 'LOCATION:Oregon']);
  });

  it('stays the side a sports report scores', () => {
    expect(
      typedNames('BASKETBALL - KENTUCKY WIN.\nLEXINGTON 1997-01-12\nKentucky beat Ohio 80-72 on Saturday. Tom Pike scored 22 points for Kentucky.'),
    ).toContain('ORGANIZATION:Ohio');
  });
});

describe('a place whose head is a surname too', () => {
  // A cup final at a town's ground, a budget vote at a hill's parliament.
  it('is a place where a game is played, a crowd watches or people meet', () => {
    expect(
      typedNames('Cup final\n\nRovers beat Town 2-1 at Ashton Park on Saturday. Tom Pike scored twice in front of an Ashton Park crowd of 4,000.'),
    ).toEqual(['ORGANIZATION:Rovers', 'ORGANIZATION:Town', 'LOCATION:Ashton Park', 'LOCATION:Ashton Park', 'PERSON:Tom Pike']);
    expect(typedNames('Budget\n\nRepublicans on Harlow Hill seized on the figures. Ann Holt said the vote would come on Thursday.')).toContain(
      'LOCATION:Harlow Hill',
    );
  });

  it('stays a person one looks at, speaks to or hears from', () => {
    expect(
      typedNames('Budget\n\nThe mayor looked at Ann Park and smiled. Ann Park said the vote would come on Thursday. Tom Weller spoke to Jane Hill on Friday.'),
    ).toEqual(['PERSON:Ann Park', 'PERSON:Ann Park', 'PERSON:Tom Weller', 'PERSON:Jane Hill']);
  });
});

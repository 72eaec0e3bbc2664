// Names in a headline written in capitals: the possessive "'S" written in capitals with its name,
// and the headline's words the story writes in lower case. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** The named mentions ("TYPE:text") of a wire story: its headline in capitals, its dateline and its lead. */
function wireStory(headline: string, dateline: string, lead: string): string[] {
  const entities = recognizeEntities(layout([headline, dateline, lead].join('\n')));
  return entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));
}

describe('a possessive in a headline in capitals', () => {
  it('leaves its name to be found alone', () => {
    const goal = wireStory("SOCCER - VESELY'S LATE GOAL SINKS KELBY.", 'DUNMORE 1996-08-30', 'Tom Vesely scored late as Dunmore beat Kelby 1-0 on Saturday.');
    expect(goal).toContain('PERSON:VESELY');
    expect(goal).toContain('PERSON:Tom Vesely');
  });

  it('runs no name on into the next one', () => {
    const boxer = wireStory("BOXING - NORWAY'S BRANDT WINS AGAIN.", 'OSLO 1996-08-31', 'Norwegian boxer Tomas Brandt won on Saturday.');
    expect(boxer).toContain('LOCATION:NORWAY');
    expect(boxer).toContain('PERSON:BRANDT');
    expect(boxer.some((m) => m.includes("NORWAY'S"))).toBe(false);
  });
});

describe('a headline word the story writes in lower case', () => {
  it('is no word of a name, as it stands or as another form of its verb', () => {
    const belt = wireStory('BOXING - BRANDT DEFENDS HARBOUR BELT.', 'DUNMORE 1996-08-31', 'Tomas Brandt defended his harbour belt on Saturday.');
    expect(belt).toEqual(['PERSON:BRANDT', 'PERSON:Tomas Brandt', 'LOCATION:DUNMORE']);
  });

  it('stays in a name it opens or ends with a body’s head', () => {
    const ban = wireStory(
      'ROWING - HARBOUR UNION BANS PIKE.',
      'DUNMORE 1996-08-31',
      'The harbour union banned rower Tom Pike for a year, the Harbour Union said.',
    );
    expect(ban).toContain('ORGANIZATION:HARBOUR UNION');
    expect(ban).toContain('PERSON:PIKE');
  });
});

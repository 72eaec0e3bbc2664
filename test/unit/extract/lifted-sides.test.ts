// A town a player carries to a result, is given a result or owns one by a score is its side; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

const ROUND_UP = 'BASEBALL - MAJOR LEAGUE ROUND-UP.\n\nNEW YORK 1996-09-01\n\n';
const LEAGUE = 'SOCCER - SPANISH LEAGUE.\n\nMADRID 1996-09-01\n\n';

describe('a town carried to a result is its side', () => {
  it('lifted past, led to a win, powered to a victory', () => {
    expect(mentionsOf(`${ROUND_UP}Tom Pike homered twice to lift Seattle past Boston 7-4.`)).toContain('ORGANIZATION:Seattle');
    expect(mentionsOf(`${ROUND_UP}Tom Pike drove in three runs to lead Seattle to a 7-4 win over Boston.`)).toContain('ORGANIZATION:Seattle');
    expect(mentionsOf(`${ROUND_UP}Ann Holt's homer powered Denver to a 5-2 victory over Houston.`)).toContain('ORGANIZATION:Denver');
  });

  it('a result earned, and a result owned by its score', () => {
    expect(mentionsOf(`${LEAGUE}Tom Pike's late penalty earned Seville a 1-1 draw with Valencia.`)).toContain('ORGANIZATION:Seville');
    expect(mentionsOf(`${LEAGUE}Valencia's 2-1 win over Seville lifted them to second.`)).toContain('ORGANIZATION:Valencia');
  });

  it('a venue and the dateline stay places, wherever the side is named', () => {
    const found = mentionsOf(`${ROUND_UP}Tom Pike homered to lift Seattle past Boston 7-4. In Seattle, fans cheered.`);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Seattle', 'LOCATION:Seattle', 'LOCATION:NEW YORK']));
    expect(mentionsOf(`${LEAGUE}Valencia won 2-1 at Seville on Sunday.`)).toContain('LOCATION:Seville');
  });

  it('a nation’s side stays the nation, a player the person, and a story of no sport the town', () => {
    const nation = mentionsOf('SOCCER - FRIENDLY.\n\nLONDON 1996-09-01\n\nTom Pike scored twice to lead England to a 3-1 win over Wales.');
    expect(nation).toContain('LOCATION:England');
    const tennis = mentionsOf("TENNIS - VELMORA OPEN.\n\nVELMORA 1996-09-01\n\nTom Pike's 6-3 win over Ann Holt put him in the final.");
    expect(tennis).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Ann Holt']));
    expect(mentionsOf('The new road will help Denver to a lead in tourism, Ann Holt said.')).toContain('LOCATION:Denver');
  });
});

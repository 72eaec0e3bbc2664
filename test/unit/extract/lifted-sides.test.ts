// A town a player carries to a result, is given a result or owns one by a score is its side; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const ROUND_UP = 'BASEBALL - MAJOR LEAGUE ROUND-UP.\n\nNEW YORK 1996-09-01\n\n';
const LEAGUE = 'SOCCER - SPANISH LEAGUE.\n\nMADRID 1996-09-01\n\n';

describe('a town carried to a result is its side', () => {
  it('lifted past, led to a win, powered to a victory', () => {
    expect(typedNames(`${ROUND_UP}Tom Pike homered twice to lift Seattle past Boston 7-4.`)).toContain('ORGANIZATION:Seattle');
    expect(typedNames(`${ROUND_UP}Tom Pike drove in three runs to lead Seattle to a 7-4 win over Boston.`)).toContain('ORGANIZATION:Seattle');
    expect(typedNames(`${ROUND_UP}Ann Holt's homer powered Denver to a 5-2 victory over Houston.`)).toContain('ORGANIZATION:Denver');
  });

  it('a result earned, and a result owned by its score', () => {
    expect(typedNames(`${LEAGUE}Tom Pike's late penalty earned Seville a 1-1 draw with Valencia.`)).toContain('ORGANIZATION:Seville');
    expect(typedNames(`${LEAGUE}Valencia's 2-1 win over Seville lifted them to second.`)).toContain('ORGANIZATION:Valencia');
  });

  it('a venue and the dateline stay places, wherever the side is named', () => {
    const found = typedNames(`${ROUND_UP}Tom Pike homered to lift Seattle past Boston 7-4. In Seattle, fans cheered.`);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Seattle', 'LOCATION:Seattle', 'LOCATION:NEW YORK']));
    expect(typedNames(`${LEAGUE}Valencia won 2-1 at Seville on Sunday.`)).toContain('LOCATION:Seville');
  });

  it('a nation’s side stays the nation, a player the person, and a story of no sport the town', () => {
    const nation = typedNames('SOCCER - FRIENDLY.\n\nLONDON 1996-09-01\n\nTom Pike scored twice to lead England to a 3-1 win over Wales.');
    expect(nation).toContain('LOCATION:England');
    const tennis = typedNames("TENNIS - VELMORA OPEN.\n\nVELMORA 1996-09-01\n\nTom Pike's 6-3 win over Ann Holt put him in the final.");
    expect(tennis).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Ann Holt']));
    expect(typedNames('The new road will help Denver to a lead in tourism, Ann Holt said.')).toContain('LOCATION:Denver');
  });
});

describe('a draw held, a defeat of a side, a side no gazetteer knows', () => {
  const SOCCER = 'SOCCER - LEAGUE ROUND-UP.\n\nLONDON 1996-09-01\n\n';

  it('the side holding and the side held to a draw, also where the gazetteer knows neither', () => {
    const found = typedNames(`${SOCCER}Velmora held Korvena to a 1-1 draw on Saturday. Jon Reyes equalised for Korvena after halftime.`);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Velmora', 'ORGANIZATION:Korvena']));
    expect(found).not.toContain('PERSON:Korvena');
    expect(typedNames(`${SOCCER}Tarsey held Brelling to a goalless draw.`)).toEqual(expect.arrayContaining(['ORGANIZATION:Tarsey', 'ORGANIZATION:Brelling']));
    expect(typedNames(`${SOCCER}Brelling held leaders Tarsey to a goalless draw.`)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Brelling', 'ORGANIZATION:Tarsey']),
    );
  });

  it('a side going to a result by one score', () => {
    expect(typedNames(`${SOCCER}Korvena slumped to a 4-1 defeat at home to Velmora.`)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']),
    );
    expect(typedNames(`${SOCCER}Marnock cruised to a 3-0 home win on Saturday.`)).toContain('ORGANIZATION:Marnock');
    const snooker = typedNames(
      'SNOOKER - OPEN.\n\nLONDON 1996-09-01\n\nTom Pike beat Jon Reyes in the first round. Pike slumped to a 5-1 defeat in the second.',
    );
    expect(snooker).toContain('PERSON:Pike');
  });

  it('a side defeated "of" a score, and one coming from behind to win', () => {
    expect(typedNames(`${LEAGUE}Seville's 3-0 defeat of Valencia left them top of the table.`)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Seville', 'ORGANIZATION:Valencia']),
    );
    expect(typedNames(`${SOCCER}Korvena came from behind to beat Velmora 2-1 on Sunday.`)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Korvena', 'ORGANIZATION:Velmora']),
    );
  });

  it('players held to a draw stay persons, named in full or by the surname the story gave them', () => {
    const chess = typedNames('CHESS - OPEN.\n\nLONDON 1996-09-01\n\nTom Pike held Jon Reyes to a draw. Pike held Reyes to a draw in the next round too.');
    expect(chess).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Jon Reyes', 'PERSON:Pike', 'PERSON:Reyes']));
    expect(chess.filter((m) => m.startsWith('ORGANIZATION'))).toEqual([]);
  });
});

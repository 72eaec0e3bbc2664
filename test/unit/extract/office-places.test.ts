// The place a governor or a minister is "of", and a minister's field; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('the place an office is of', () => {
  it('a name the gazetteer lacks after "minister of" or "governor of" is the place', () => {
    expect(mentionsOf('The minister of Korvena arrived in Velmora on Monday for talks.')).toContain('LOCATION:Korvena');
    expect(mentionsOf('Tom Pike, the foreign minister of Korvena, met officials on Monday.')).toEqual(['PERSON:Tom Pike', 'LOCATION:Korvena']);
    expect(mentionsOf('Tom Pike, the prime minister of Korvena, said on Monday that talks would resume.')).toContain('LOCATION:Korvena');
    // (the governor speaks, not the province)
    expect(mentionsOf('The governor of Marnock said troops had left. Marnock is in the north.')).toEqual(['LOCATION:Marnock', 'LOCATION:Marnock']);
  });

  it('a minister’s field stays the ministry, a body after "the" and a company’s chairman stay as they were', () => {
    expect(mentionsOf('The minister of Finance said taxes would rise.')).toEqual(['ORGANIZATION:Finance']);
    expect(mentionsOf('The minister of Health said clinics would open.')).toEqual(['ORGANIZATION:Health']);
    expect(mentionsOf('The minister of Foreign Affairs said talks would resume.')).toEqual(['ORGANIZATION:Foreign Affairs']);
    expect(mentionsOf('Tom Pike, the minister for Tourism, said hotels were full.')).toContain('ORGANIZATION:Tourism');
    expect(mentionsOf('Tom Pike, the governor of the Bank of Korvena, said rates would stay.')).toContain('ORGANIZATION:Bank of Korvena');
    expect(mentionsOf('Tom Pike, the governor of Riksbank, said rates would stay.')).toContain('ORGANIZATION:Riksbank');
    expect(mentionsOf('Tom Pike, the chairman of Korvena, said sales would rise.')).toContain('ORGANIZATION:Korvena');
    expect(mentionsOf('The mayor of Velmora, Ann Holt, said the bridge would open.')).toContain('LOCATION:Velmora');
  });

  it('a field of the lexicon’s lacking, borrowed or before "Affairs" is no place', () => {
    expect(mentionsOf('The minister of Hajj said the pilgrims were safe.')).toEqual(['ORGANIZATION:Hajj']);
    expect(mentionsOf('The minister of Commerce said exports rose.')).toEqual(['ORGANIZATION:Commerce']);
    expect(mentionsOf('Tom Pike, the minister of Sport, said the stadium would open.')).toContain('ORGANIZATION:Sport');
    expect(mentionsOf('The minister of Social Welfare resigned on Monday.')).toEqual(['ORGANIZATION:Social Welfare']);
    expect(mentionsOf('The minister of Velmoran Affairs resigned on Monday.')).not.toContain('LOCATION:Velmoran Affairs');
  });
});

// The place a governor or a minister is "of", and a minister's field; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('the place an office is of', () => {
  it('a name the gazetteer lacks after "minister of" or "governor of" is the place', () => {
    expect(typedNames('The minister of Korvena arrived in Velmora on Monday for talks.')).toContain('LOCATION:Korvena');
    expect(typedNames('Tom Pike, the foreign minister of Korvena, met officials on Monday.')).toEqual(['PERSON:Tom Pike', 'LOCATION:Korvena']);
    expect(typedNames('Tom Pike, the prime minister of Korvena, said on Monday that talks would resume.')).toContain('LOCATION:Korvena');
    // (the governor speaks, not the province)
    expect(typedNames('The governor of Marnock said troops had left. Marnock is in the north.')).toEqual(['LOCATION:Marnock', 'LOCATION:Marnock']);
  });

  it('a minister’s field stays the ministry, a body after "the" and a company’s chairman stay as they were', () => {
    expect(typedNames('The minister of Finance said taxes would rise.')).toEqual(['ORGANIZATION:Finance']);
    expect(typedNames('The minister of Health said clinics would open.')).toEqual(['ORGANIZATION:Health']);
    expect(typedNames('The minister of Foreign Affairs said talks would resume.')).toEqual(['ORGANIZATION:Foreign Affairs']);
    expect(typedNames('Tom Pike, the minister for Tourism, said hotels were full.')).toContain('ORGANIZATION:Tourism');
    expect(typedNames('Tom Pike, the governor of the Bank of Korvena, said rates would stay.')).toContain('ORGANIZATION:Bank of Korvena');
    expect(typedNames('Tom Pike, the governor of Riksbank, said rates would stay.')).toContain('ORGANIZATION:Riksbank');
    expect(typedNames('Tom Pike, the chairman of Korvena, said sales would rise.')).toContain('ORGANIZATION:Korvena');
    expect(typedNames('The mayor of Velmora, Ann Holt, said the bridge would open.')).toContain('LOCATION:Velmora');
  });

  it('a field of the lexicon’s lacking, borrowed or before "Affairs" is no place', () => {
    expect(typedNames('The minister of Hajj said the pilgrims were safe.')).toEqual(['ORGANIZATION:Hajj']);
    expect(typedNames('The minister of Commerce said exports rose.')).toEqual(['ORGANIZATION:Commerce']);
    expect(typedNames('Tom Pike, the minister of Sport, said the stadium would open.')).toContain('ORGANIZATION:Sport');
    expect(typedNames('The minister of Social Welfare resigned on Monday.')).toEqual(['ORGANIZATION:Social Welfare']);
    expect(typedNames('The minister of Velmoran Affairs resigned on Monday.')).not.toContain('LOCATION:Velmoran Affairs');
  });
});

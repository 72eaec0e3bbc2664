// An acronym beside a medium or told something names a broadcaster or an agency; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('an acronym naming a broadcaster', () => {
  it('is an organization before or after its medium, or told something', () => {
    expect(typedNames('“It is over,” Tom Pike told MRT radio.')).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:MRT']);
    expect(typedNames('Tom Pike told Velmoran radio MRT that he would go.')).toContain('ORGANIZATION:MRT');
    expect(typedNames('Ann Holt told BTV on Monday that the port would reopen.')).toContain('ORGANIZATION:BTV');
    expect(typedNames('Ann Holt told the BNA news agency the port would reopen.')).toContain('ORGANIZATION:BNA');
  });

  it('leaves a country before its medium and a word in capitals as they were', () => {
    expect(typedNames('Tom Pike told US television he would go.')).toEqual(['PERSON:Tom Pike', 'LOCATION:US']);
    expect(typedNames('Tom Pike told NOBODY about the plan.')).toEqual(['PERSON:Tom Pike']);
  });
});

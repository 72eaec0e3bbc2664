// An acronym beside a medium or told something names a broadcaster or an agency; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('an acronym naming a broadcaster', () => {
  it('is an organization before or after its medium, or told something', () => {
    expect(mentionsOf('“It is over,” Tom Pike told MRT radio.')).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:MRT']);
    expect(mentionsOf('Tom Pike told Velmoran radio MRT that he would go.')).toContain('ORGANIZATION:MRT');
    expect(mentionsOf('Ann Holt told BTV on Monday that the port would reopen.')).toContain('ORGANIZATION:BTV');
    expect(mentionsOf('Ann Holt told the BNA news agency the port would reopen.')).toContain('ORGANIZATION:BNA');
  });

  it('leaves a country before its medium and a word in capitals as they were', () => {
    expect(mentionsOf('Tom Pike told US television he would go.')).toEqual(['PERSON:Tom Pike', 'LOCATION:US']);
    expect(mentionsOf('Tom Pike told NOBODY about the plan.')).toEqual(['PERSON:Tom Pike']);
  });
});

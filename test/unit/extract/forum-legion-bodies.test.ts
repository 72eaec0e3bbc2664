// Bodies named by "Forum", "Legion" or "Brotherhood" with no legal form, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A harbour levy\n\n${body}`);

describe('"Forum", "Legion" and "Brotherhood" ending a name', () => {
  it('make a body of it', () => {
    expect(namesIn('The Velmoran Harbour Forum, a think tank, said the levy would cost $2 million.')).toContain('ORGANIZATION:Velmoran Harbour Forum');
    expect(namesIn('Ann Holt founded the Gull Forum in 1972.')).toContain('ORGANIZATION:Gull Forum');
  });

  it("keep a people's adjective in front in the name", () => {
    expect(namesIn('Members of the American Legion and the Velmoran Brotherhood met at the pier.')).toEqual([
      'ORGANIZATION:American Legion',
      'ORGANIZATION:Velmoran Brotherhood',
    ]);
  });

  it('leave a forum in lower case an event of no name', () => {
    expect(namesIn('Tom Pike spoke at a candidates forum in Velmora.')).toEqual(['PERSON:Tom Pike', 'LOCATION:Velmora']);
  });
});

describe('a forum something happens at', () => {
  it('is an event, no body', () => {
    expect(namesIn('The levy came up at the Harbour Futures Forum on Monday.')).toEqual([]);
    expect(namesIn('The Harbour Futures Forum said the levy was too high.')).toContain('ORGANIZATION:Harbour Futures Forum');
  });
});

// Peoples' words joined by a hyphen ("African-Americans"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A harbour poll\n\n${body}`);

describe("peoples' words joined by a hyphen", () => {
  it('name a people, no body or place', () => {
    expect(namesIn('Issues important to African-Americans came up in Velmora.')).toEqual(['LOCATION:Velmora']);
    expect(namesIn('African-Americans are beginning to back Ann Holt, the pollster said.')).toEqual(['PERSON:Ann Holt']);
    expect(namesIn('Tom Pike had little support among Mexican-American voters.')).toEqual(['PERSON:Tom Pike']);
  });

  it('leave a hyphened name with other words as it was', () => {
    expect(namesIn('Coca-Cola said it would open a plant in Velmora.')).toEqual(['ORGANIZATION:Coca-Cola', 'LOCATION:Velmora']);
  });
});

// A town's government named "Municipality of …", on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`School taxes\n\n${body}`);

describe('"Municipality" before "of" and a place', () => {
  it('opens one body’s name', () => {
    expect(namesIn('The request was advanced by the Municipality of Pisa in 2010.')).toEqual(['ORGANIZATION:Municipality of Pisa']);
    expect(namesIn('Velmora Municipality said the tax was due.')).toEqual(['ORGANIZATION:Velmora Municipality']);
  });
});

// An author named before the co-authors ("Varga and colleagues", "Varga et al."), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Ants that heal\n\n${body}`);

describe('a name before "and colleagues" or "et al."', () => {
  it('is an author’s, whatever the words before it say', () => {
    expect(namesIn('In a recent journal paper Varga and colleagues describe ants that heal.')).toEqual(['PERSON:Varga']);
    expect(namesIn('Biologist Lena Varga studies ants. In a journal paper Varga and colleagues describe them.')).toEqual(['PERSON:Lena Varga', 'PERSON:Varga']);
    expect(namesIn('A study by Kessing et al. found that ants heal.')).toEqual(['PERSON:Kessing']);
  });

  it('leaves other names before "and" as they were', () => {
    expect(namesIn('Varga and Velmora signed the deal.')).not.toContain('PERSON:Velmora');
  });
});

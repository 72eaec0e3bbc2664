// The tagger's span of words the rules read as no name (a law, a people) starts from the rules' "none"; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe("the rules' none on the tagger's span", () => {
  it('a law named in full is no body', () => {
    expect(typedNames('Papers sue\n\nThe paper sued the harbour board under the Freedom of Information Act on Monday.')).toEqual([]);
    expect(typedNames('Papers sue\n\nThe group sued under the Freedom of Information Act and the Clean Water Act.')).toEqual([]);
  });

  it('a people is nobody', () => {
    expect(typedNames('A ban\n\nThe ban hurt Velmorans and Filipino Muslims, including migrants.')).not.toContain('PERSON:Filipino Muslims');
  });

  it('a body the rules read keeps its type', () => {
    expect(typedNames('Pier talks\n\nThe Velmora Harbour Trust said on Monday the pier would reopen.')).toContain('ORGANIZATION:Velmora Harbour Trust');
  });
});

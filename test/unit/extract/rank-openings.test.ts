// Words that rank, count or date the people a name goes with, capitalised where a sentence, a
// headline or a clause after a comma or colon opens: no part of the name. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a rank or a count before a name and the people it goes with', () => {
  it('is no part of the name', () => {
    const top = typedNames('Harbour\n\nMarta Vesely runs the harbour board. Top Vesely aides said on Monday the dredging would wait.');
    expect(top).toEqual(['PERSON:Marta Vesely', 'PERSON:Vesely']);
    const half = typedNames("Ferries\n\nTomas Brandt leads the ferry council. Half Brandt's meetings were with hauliers, a report said.");
    expect(half).toEqual(['PERSON:Tomas Brandt', 'PERSON:Brandt']);
  });

  it('nor is a word dating a role, capitalised after a comma or a colon', () => {
    const former = typedNames('Bridge\n\nOn radio, Former Ohio Gov. Anna Pike called the toll unfair.');
    expect(former).toContain('LOCATION:Ohio');
    expect(former).not.toContain('PERSON:Former Ohio');
    expect(former).not.toContain('LOCATION:Former Ohio');
    expect(typedNames('Bridge\n\nThe toll came from Former NATO Director Anna Pike, officials said.')).toContain('ORGANIZATION:NATO');
  });
});

describe('near misses', () => {
  it('a rank word before no people, or opening a body’s name, stays in the name', () => {
    expect(typedNames('Offices\n\nKey Tower stands by the lake in Dunmore.')).toContain('LOCATION:Key Tower');
    expect(typedNames('Talks\n\nHe spoke to Young Reformers Alliance members on Friday.')).toEqual(['ORGANIZATION:Young Reformers Alliance']);
  });

  it('a given name before a surname is no rank', () => {
    expect(typedNames('Harbour\n\nYoung Kim said the dredging would wait.')).toEqual(['PERSON:Young Kim']);
  });
});

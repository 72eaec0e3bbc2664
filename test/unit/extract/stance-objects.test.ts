// A speech noun with no source of its own, the object of a verb that takes a stance on what it says,
// is told by that verb's subject.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

const said = (story: string) => extractBody(story).quotes.map((q) => [q.text, q.speaker.name ?? null]);

describe('a claim a speaker takes a stance on', () => {
  it('after a verb on its object: "challenged the assertion that …"', () => {
    expect(said("Ann Holt's spokeswoman challenged the assertion that Holt had ever attacked the council.")).toEqual([
      ['Holt had ever attacked the council', "Ann Holt's spokeswoman"],
    ]);
  });

  it('after a verb and its preposition or particle: "bristled at", "backed away from", "struck down"', () => {
    // (The stance is a report of its own: what was bristled at, as annotated news has it.)
    expect(said('Mayor Tom Pike bristled at the suggestion that he was responsible for the ferry closure.')).toEqual([
      ['the suggestion that he was responsible for the ferry closure', 'Tom Pike'],
      ['he was responsible for the ferry closure', 'Tom Pike'],
    ]);
    expect(said('Tom Pike backed away from a suggestion that he might pay the fines of the fishermen.')).toEqual([
      ['he might pay the fines of the fishermen', 'Tom Pike'],
    ]);
    expect(said('Ann Holt and Tom Pike have forcefully struck down assertions that they are friends of the mayor.')).toEqual([
      ['they are friends of the mayor', 'Ann Holt and Tom Pike'],
    ]);
  });

  it('after "took issue with" and "pushed back on"', () => {
    expect(said('Some councillors would take issue with the suggestion that the harbour is safe.')).toEqual([['the harbour is safe', 'Some councillors']]);
    expect(said('Fishermen pushed back on claims that the harbour was safe.')).toEqual([
      ['claims that the harbour was safe', 'Fishermen'],
      ['the harbour was safe', 'Fishermen'],
    ]);
  });

  it('leaves a claim faced or met with "despite" with no speaker, and a denial its own', () => {
    expect(said('Tom Pike faced allegations that he misused campaign funds.')).toEqual([['he misused campaign funds', null]]);
    expect(said('Despite complaints that the course was unsafe, the race went ahead.')).toEqual([['the course was unsafe', null]]);
    expect(said('Tom Pike denied the allegations that he misused campaign funds.')).toEqual([['the allegations that he misused campaign funds', 'Tom Pike']]);
  });
});

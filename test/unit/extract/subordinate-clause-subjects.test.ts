// A name opening a subordinate clause before the main one ("After Jack Reed left the council, Tom
// Pike took over") is not the sentence's subject: "he" in the next sentence goes on with the main
// clause's subject. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes as [speaker name, content]. */
const speakers = (body: string) => extract(`Race heats up.\n\n${body}`).quotes.map((q) => [q.speaker.name, q.text]);

describe('"he" after a sentence opening with a subordinate clause', () => {
  it('is the main clause’s subject, not the name the clause before it opens with', () => {
    for (const opening of ['After Jack Reed left the council,', 'When Jack Reed left the council,', 'Once Jack Reed had gone,']) {
      expect(speakers(`${opening} Tom Pike took over the ferry. He said the ferry was too slow.`)).toEqual([['Tom Pike', 'the ferry was too slow']]);
    }
    expect(speakers('After Jack Reed left the council, Tom Pike took over the ferry. “It is too slow,” he said.')).toEqual([['Tom Pike', 'It is too slow,']]);
  });

  it('leaves a subject opening the sentence, a phrase fronted by a preposition and a pronoun of the other gender', () => {
    expect(speakers('After the vote, Jack Reed left the council. He said the ferry was too slow.')).toEqual([['Jack Reed', 'the ferry was too slow']]);
    expect(speakers('Jack Reed left the council after Tom Pike took over the ferry. He said the ferry was too slow.')).toEqual([
      ['Jack Reed', 'the ferry was too slow'],
    ]);
    expect(speakers('When Ann Holt arrived, Tom Pike left the pier. She said the ferry was too slow.')).toEqual([['Ann Holt', 'the ferry was too slow']]);
    expect(speakers('As mayor, Jack Reed ran the ferry for years. He said it was too slow.')).toEqual([['Jack Reed', 'it was too slow']]);
    // ("As" opens a clause about the one it names: whose words come next, or whom the pronoun goes on with.)
    // ("As X pointed out in May," reports the main clause after it: opening-as-phrases.test.ts.)
    expect(speakers('As Jack Reed pointed out in May, Tom Pike has never taken the ferry. “It is too slow,” he said.')).toEqual([
      ['Jack Reed', 'Tom Pike has never taken the ferry'],
      ['Jack Reed', 'It is too slow,'],
    ]);
    expect(speakers('As for Jack Reed, he said he was not worried.')).toEqual([['Jack Reed', 'he was not worried']]);
  });
});

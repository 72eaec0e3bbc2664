// A role held towards a named person opening the clause before its cue ("Tom Pike's wife … saying")
// speaks as the whole description, or as the person named beside it, not as its owner.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakerOf = (body: string) => quoteReadings(body).map((q) => [q.speaker, q.mention]);

describe('a person’s possessor opening the subject before the cue', () => {
  it('is not who speaks; the role held towards the person is', () => {
    const story = "Tom Pike is running for mayor of Harlow.\n\nTom Pike's wife is breaking her silence and saying she never doubted him.";
    expect(speakerOf(story)).toEqual([["Tom Pike's wife", "Tom Pike's wife"]]);
  });

  it('nor past a courtesy title or a verb the phrase runs into', () => {
    expect(speakerOf("Mr. Pike's wife joined the crowd in Harlow, saying the count was fair.")).toEqual([["Mr. Pike's wife", "Mr. Pike's wife"]]);
    const rallied = "Ann Holt's right-hand woman rallied the volunteers in Korvath, saying the race was close.";
    expect(speakerOf(rallied)).toEqual([["Ann Holt's right-hand woman", "Ann Holt's right-hand woman"]]);
  });

  it('gives the person named in apposition to the role', () => {
    expect(speakerOf("Tom Pike's wife, Ann Pike, is breaking her silence and saying the family is calm.")).toEqual([['Ann Pike', 'Ann Pike']]);
  });

  it('still speaks when what it owns names no person: "Tom Pike\'s campaign"', () => {
    expect(speakerOf("Tom Pike's campaign hit back in Velmora, saying the figures were wrong.")[0]?.[0]).toBe('Tom Pike');
  });
});

describe('a role owned by a full name', () => {
  it('reads on past an adverb and a participle after the mark, and is not its owner', () => {
    const story = "Ann Holt leads the race in Korvath.\n\nAnn Holt's newly hired press chief has sought to assure backers in Korvath that the race is open.";
    expect(speakerOf(story)).toEqual([["Ann Holt's newly hired press chief", "Ann Holt's newly hired press chief"]]);
  });
});

describe('a subject phrase after a determiner', () => {
  it('reads on past an adverb in -ly and a participle to its head, no verb of the clause', () => {
    const [reading] = quoteReadings('The newly appointed minister has sought to assure donors in Velmora that the plan is sound.');
    expect([reading?.cue, reading?.mention]).toEqual(['assure', 'The newly appointed minister']);
  });
});

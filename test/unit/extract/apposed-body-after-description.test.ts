// A body's name set off after a person's description renames the thing the description ends with
// ("the editor of the town's paper, the Velmora Herald,"): the person named before the description
// speaks. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe("a body's name renaming what a person's description ends with", () => {
  it('the person before the description speaks', () => {
    expect(speakersOf("Ann Holt, the editor of the town's weekly paper, the Velmora Herald, said the pier was unsafe.")).toEqual(['Ann Holt']);
    expect(speakersOf('Tom Pike, the chief of the harbour union, Dockers United, said the pier was unsafe.')).toEqual(['Tom Pike']);
  });

  it('a name alone in apposition speaks as before', () => {
    expect(speakersOf("The state's campaign chairman, Phil Lovas, said the pier was unsafe.")).toEqual(['Phil Lovas']);
    expect(speakersOf("Ann Holt's party, the Velmora Front, said the pier was unsafe.")).toEqual(['Velmora Front']);
    expect(speakersOf("Tom Pike, the mayor's top aide, Ann Holt, said the pier was unsafe.")).toEqual(['Ann Holt']);
  });
});

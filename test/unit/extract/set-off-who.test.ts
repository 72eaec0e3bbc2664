// "who" after a phrase set off after a person's name stands for the person, whatever preposition
// brings in the place or body that ends the phrase.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const whoSpeaker = (body: string) => quoteReadings(body).find((q) => q.mention === 'who')?.speaker;

describe('"who" after a place or body ending a phrase set off after a person', () => {
  it('is the person, past "from", "in", "on", an age and a place with its state', () => {
    expect(whoSpeaker('The fare rise angered many. “It is robbery,” said Ian Ross, a dentist from Dayton, Ohio, who said he would stop using the ferry.')).toBe(
      'Ian Ross',
    );
    expect(whoSpeaker('The fare rise angered many. “It is robbery,” said Ann Lutz, 41, from Leeds, who said she would stop using the ferry.')).toBe('Ann Lutz');
    expect(
      whoSpeaker('The plan was backed by Senator Ann Lutz of Ohio, the ranking member on the Senate Commerce Committee, who said it would save the port.'),
    ).toBe('Ann Lutz');
    expect(
      whoSpeaker('“It will fail,” said Tom Pike, a professor in public law at the University of Leeds in England, who likened the plan to a lottery.'),
    ).toBe('Tom Pike');
  });

  it('is the body where a verb or "and" comes between', () => {
    expect(whoSpeaker('The plan was backed by Ann Lutz and the Senate Commerce Committee, who said it would save the port.')).toBe('Senate Commerce Committee');
    expect(whoSpeaker('Tom Pike met the Senate Commerce Committee, who said the plan would fail.')).toBe('Senate Commerce Committee');
  });
});

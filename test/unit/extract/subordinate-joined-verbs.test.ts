// A verb joined by "and" inside a subordinate clause has that clause's subject for its own, not the
// main clause's: "Some booed, and when Ann Holt thanked Velmora and said …" is Ann Holt's. Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The speaker of the quote whose content opens with `content`. */
const speakerOf = (body: string, content: string) => extract(`Harbour news.\n\n${body}`).quotes.find((q) => q.text.startsWith(content))?.speaker.name;

describe('a verb joined inside a subordinate clause', () => {
  it('goes with the subject of its own clause', () => {
    expect(speakerOf('Some in the crowd booed, and when Ann Holt thanked Velmora and said it was great to be home, a man yelled.', 'it was great')).toBe(
      'Ann Holt',
    );
    expect(speakerOf('The Korvena crowd cheered when Tom Pike spotted a sign and asked it to be brought to him.', 'it to be brought')).toBe('Tom Pike');
    expect(
      speakerOf('Tom Pike signed an order, while Jon Reyes, the former harbour master, proposed a levy and said the mayor should resign.', 'the mayor should'),
    ).toBe('Jon Reyes');
    expect(speakerOf('Tom Pike closed the quay even after Ann Holt, responding to the storm, opened the pier and said it was safe.', 'it was safe')).toBe(
      'Ann Holt',
    );
  });

  it('goes with it past the words a cue of the clause quoted, quotation marks and commas and all', () => {
    const sea =
      'Tom Pike signed an order to shut the pier, while Dan Weld, the former mayor, proposed we “wake up and smell the sea” and said the pier should stay open.';
    expect(speakerOf(sea, 'the pier should')).toBe('Dan Weld');
    const farce = 'Tom Pike signed an order to shut the pier, while Dan Weld called it “a farce, a disgrace” and said the pier should stay open.';
    expect(speakerOf(farce, 'the pier should')).toBe('Dan Weld');
  });

  it('leaves a participle after the clause’s comma, a clause with no verb and a pronoun subject as they were', () => {
    expect(speakerOf('The minister resigned after a memo leaked, saying he had lost the trust of the board.', 'he had lost')).toBe('The minister');
    expect(speakerOf('The mayor left the hall after the vote and said the plan was dead.', 'the plan was dead')).toBe('The mayor');
    expect(speakerOf('The mayor spoke as the crowd left, and said the plan was dead.', 'the plan was dead')).toBe('The mayor');
    expect(speakerOf('Tom Reyes started the row when he raised the fares and later said they were fair.', 'they were fair')).toBe('Tom Reyes');
  });
});

describe('a verb joined inside a subordinate clause whose subject is a pronoun for someone else', () => {
  it('goes with the pronoun, whom coreference names, not with the main subject', () => {
    expect(speakerOf('Tom Pike called Ann Holt a disgrace after she attacked the dockers and blamed the strike on the union.', 'the strike')).toBe('Ann Holt');
    expect(speakerOf('Tom Pike met Ann Holt on the quay after she arrived and said the pier would close.', 'the pier would')).toBe('Ann Holt');
  });

  it('a verb after a comma goes on with the main subject', () => {
    expect(speakerOf('Tom Pike called Ann Holt a disgrace after she attacked the dockers, and blamed the strike on the union.', 'the strike')).toBe('Tom Pike');
  });
});

// "I" in a pull quote: a paragraph in the first person that a person's name alone closes or follows on a
// line of its own is that person's, and so are the same words quoted again; on stories written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

const LEAD = 'Ann Holt, who has run the Velmora ferry for ten years, says the council wants to sell it.';
const PULLED = 'I said to the council that the boat must stay and that I would steer it for nothing.';

describe('"I" in a pull quote', () => {
  it('is the person whose name closes the paragraph after its last full stop', () => {
    expect(speakersOf(`${LEAD}\n\n${PULLED} Ann Holt\n\nThe council meets on Monday.`)).toContain('Ann Holt');
    expect(speakersOf(`${LEAD}\n\n${PULLED} Ann Holt\n\nThe council meets on Monday.`)).not.toContain('I');
  });

  it('is the person a line holding only the name follows with', () => {
    expect(speakersOf(`${LEAD}\n\n${PULLED}\n\nAnn Holt\n\nThe council meets on Monday.`)).not.toContain('I');
    expect(speakersOf(`${LEAD}\n\n${PULLED}\n\n— Ann Holt.\n\nThe council meets on Monday.`)).not.toContain('I');
  });

  it('is that person too where the story quotes the same words again', () => {
    const story = `${LEAD}\n\n${PULLED} Ann Holt\n\nThe ferry has lost money since 2019. ${PULLED} The council meets on Monday.`;
    expect(speakersOf(story).filter((s) => s !== 'Ann Holt')).toEqual([]);
  });

  it('stays "I" where no name alone closes or follows the paragraph', () => {
    expect(speakersOf(`${LEAD}\n\n${PULLED}\n\nThe council meets on Monday.`)).toContain('I');
    expect(speakersOf(`${LEAD}\n\n${PULLED} Ann Holt agreed.\n\nThe council meets on Monday.`)).toContain('I');
    expect(speakersOf(`${LEAD}\n\nThe council said that the boat must be sold.\n\nAnn Holt\n\nThe council meets on Monday.`)).toEqual([
      'Ann Holt',
      'The council',
    ]);
  });
});

// A document someone wrote, penned, authored or drafted speaks for its writer, as one issued or
// released does: "Tom Pike penned a letter urging …" is Tom Pike's, not the letter's. Short examples
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The speaker's name of the quote whose content opens with `content`. */
const speakerOf = (body: string, content: string) => extract(`Harbour letters.\n\n${body}`).quotes.find((q) => q.text.includes(content))?.speaker.name;

describe('a document its writer wrote', () => {
  it('speaks for the writer', () => {
    expect(speakerOf('Tom Pike penned a letter urging the council to drop the levy.', 'the council')).toBe('Tom Pike');
    expect(speakerOf('The harbour board drafted a memo saying the quay was unsafe.', 'the quay')).toBe('The harbour board');
    expect(speakerOf('Ann Holt co-authored a report warning that the wall would fail.', 'the wall')).toBe('Ann Holt');
  });

  it('leaves a document issued as it was', () => {
    expect(speakerOf('The harbour board released a memo saying the quay was unsafe.', 'the quay')).toBe('The harbour board');
  });
});

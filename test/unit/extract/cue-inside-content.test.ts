// A content that holds its own subject ("Tom Reed was charged with fraud", "The trust is reportedly
// buying the yard"): the cue between the subject and what is said of it is no part of the content.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** Each quote's cue and its parts as the text they cover, with beliefs ("is expected") kept. */
function partsOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, parts: q.parts.map((p) => x.layout.text.slice(p.start, p.end)) }));
}

describe('a cue inside its own content is left out of the parts', () => {
  it('a passive cue leaves out its auxiliary; its preposition stays with what it governs', () => {
    expect(partsOf('The harbour board met on Monday. Tom Reed was charged with fraud after the audit.')).toContainEqual({
      cue: 'charged',
      parts: ['Tom Reed', 'with fraud after the audit'],
    });
    expect(partsOf('Two dock workers were accused of stealing fuel from the Velmora ferry.')).toContainEqual({
      cue: 'accused',
      parts: ['Two dock workers', 'of stealing fuel from the Velmora ferry'],
    });
    expect(partsOf('The harbour master has been widely criticized for closing the quay in winter.')).toContainEqual({
      cue: 'criticized',
      parts: ['The harbour master', 'for closing the quay in winter'],
    });
    expect(partsOf('Ferry crews have sometimes been accused of ignoring the harbour rules.')).toContainEqual({
      cue: 'accused',
      parts: ['Ferry crews', 'of ignoring the harbour rules'],
    });
    expect(partsOf('Ann Holt was declared the winner in Velmora on Tuesday night.')).toContainEqual({
      cue: 'declared',
      parts: ['Ann Holt', 'the winner in Velmora on Tuesday night'],
    });
  });

  it('"reportedly" is the one word out: the auxiliary before it belongs to the verb after it', () => {
    expect(partsOf('The Velmora Trust is reportedly buying the old ferry yard.')).toContainEqual({
      cue: 'reportedly',
      parts: ['The Velmora Trust is', 'buying the old ferry yard'],
    });
  });

  it('a belief held of its subject keeps the infinitive: "is expected" alone is out, a modal with it', () => {
    expect(partsOf('The council is expected to approve the harbour levy next week.')).toContainEqual({
      cue: 'expected',
      parts: ['The council', 'to approve the harbour levy next week'],
    });
    expect(partsOf('A rival bidder could be expected to resist the sale.')).toContainEqual({
      cue: 'expected',
      parts: ['A rival bidder', 'to resist the sale'],
    });
    // (a negation is what was said: "is not expected" stays whole)
    expect(partsOf('Tom Pike is not expected to attend the harbour gala.')).toContainEqual({
      cue: 'expected',
      parts: ['Tom Pike is not expected to attend the harbour gala'],
    });
  });

  it('a cue before its content, or a quotation relayed with its attribution, keeps one piece', () => {
    expect(partsOf('Tom Reed said the ferry would run again in spring.')).toEqual([{ cue: 'said', parts: ['the ferry would run again in spring'] }]);
    const relayed = partsOf('“The quay will close,” Ann Holt said, according to the Velmora Gazette.');
    expect(relayed.every((q) => q.parts.length === 1)).toBe(true);
  });
});

// Markup tags left in an article (an embedded post, a stray <br/>) are read as blanks: the quote marks
// of their attributes open no quotation. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extractBody, quotesOf } from '../../support/extraction.js';
import { blankMarkupTags } from '../../../src/extract/markup-tags.js';

describe('markup tags in an article', () => {
  it('are blanked one space for one character, and nothing else is', () => {
    const text = 'Pike wrote:<br/><post author="@tompike" date="May 2, 2024">Late again.</post> <a href=https://x.example/a?b=1>link</a>';
    const blanked = blankMarkupTags(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/ +/gu, ' ')).toBe('Pike wrote: Late again. link ');
    for (const plain of ['Fares rose where x<y and z>w held.', 'a < b and c > d', 'no tags at all']) expect(blankMarkupTags(plain)).toBe(plain);
  });

  it('give a quotation after a cue no part of the tag', () => {
    expect(quotesOf('Ann Holt replied:\n\n<tweet author="@annholt">No, it will not.</tweet>')).toEqual([
      ['DIRECT', 'Ann Holt', 'replied', ['No, it will not.']],
    ]);
    const body = 'Ferry fares rose in Velmora on Monday. One commuter wrote:\n\n<post author="@annholt" date="May 2, 2024">The ferry is late again.</post>.';
    const [quote] = extractBody(body).quotes;
    expect(quote?.text.startsWith('The ferry is late again.')).toBe(true);
    expect(quote?.speaker.mention?.text).toBe('One commuter');
  });

  it('keep their texts as typed in what the extraction gives back', () => {
    const x = extractBody('Tom Pike said the <b>new</b> timetable "will not help anyone" this winter.');
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([['MIXED', 'the <b>new</b> timetable "will not help anyone" this winter']]);
    expect(x.layout.text).toContain('<b>new</b>');
  });
});

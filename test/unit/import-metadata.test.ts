// Metadata an article file carries: front matter on plain text, header lines on PressReader exports.
import { describe, expect, it } from 'vitest';
import { ImportError, prepareArticle } from '../../src/import/document.js';
import { sourceNameFor } from '../../src/import/files.js';
import { parseDate, readHeaderLines, splitFrontMatter } from '../../src/import/metadata.js';

const BODY = 'Harbour reopens\n\nThe harbour master said on Monday that the harbour would reopen to ships next week.\n';

describe('front matter', () => {
  it('splits the block off and reads its fields, quoted or not', () => {
    const { text, fields } = splitFrontMatter(
      `---\npublication: "Coast Gazette"\npublishedAt: 2024-05-02\n# a comment\nurl: https://example.org/a\n---\n${BODY}`,
    );
    expect(text).toBe(BODY);
    expect(fields).toEqual({ publication: 'Coast Gazette', publishedAt: '2024-05-02', url: 'https://example.org/a' });
  });

  it('leaves text without a block alone, and a dash line inside the body too', () => {
    expect(splitFrontMatter(BODY)).toEqual({ text: BODY, fields: {} });
    const pressReader = 'Iran Daily\n\nTitle\n\n-\n\nBody.';
    expect(splitFrontMatter(pressReader).text).toBe(pressReader);
  });

  it('names what is wrong: an unknown field, a bad line, an unclosed block', () => {
    expect(() => splitFrontMatter(`---\nauthor: Me\n---\n${BODY}`)).toThrow(
      /unknown field "author" \(known: title, publication, publishedAt, url, language\)/u,
    );
    expect(() => splitFrontMatter(`---\njust words\n---\n${BODY}`)).toThrow(/line 2 is not "key: value"/u);
    expect(() => splitFrontMatter(`---\npublication: X\n${BODY}`)).toThrow(ImportError);
  });
});

describe('dates', () => {
  it('reads ISO dates and the ways newspapers print them, as UTC', () => {
    expect(parseDate('2024-05-02')?.toISOString()).toBe('2024-05-02T00:00:00.000Z');
    expect(parseDate('2024-05-02T08:30:00+02:00')?.toISOString()).toBe('2024-05-02T06:30:00.000Z');
    expect(parseDate('2024-05-02 08:30')?.toISOString()).toBe('2024-05-02T08:30:00.000Z');
    expect(parseDate('13 May 2017')?.toISOString()).toBe('2017-05-13T00:00:00.000Z');
    expect(parseDate('Saturday, May 13, 2017')?.toISOString()).toBe('2017-05-13T00:00:00.000Z');
    expect(parseDate('Sat, 13th Sept 2017')?.toISOString()).toBe('2017-09-13T00:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const text of ['Iran Daily', '31 April 2017', '2024-13-45', 'May 2017', '12 Angry Men 1957']) expect(parseDate(text), text).toBeNull();
  });
});

describe('PressReader header lines', () => {
  it('tells the date and the link from the masthead', () => {
    expect(readHeaderLines(['Iran Daily', '13 May 2017'])).toEqual({ publication: 'Iran Daily', publishedAt: new Date('2017-05-13T00:00:00Z'), url: null });
    expect(readHeaderLines(['https://www.pressreader.com/iran/iran-daily/20170513', 'Iran Daily'])).toMatchObject({
      publication: 'Iran Daily',
      url: 'https://www.pressreader.com/iran/iran-daily/20170513',
    });
  });
});

describe('an imported document', () => {
  it('takes metadata from its front matter, and the stored text starts after it', () => {
    const prepared = prepareArticle({
      text: `---\npublication: Coast Gazette\npublishedAt: 2024-05-02T08:00:00Z\nurl: https://example.org/harbour\n---\n${BODY}`,
    });
    expect(prepared).toMatchObject({ publication: 'Coast Gazette', url: 'https://example.org/harbour', title: 'Harbour reopens', text: BODY });
    expect(prepared.publishedAt?.toISOString()).toBe('2024-05-02T08:00:00.000Z');
  });

  it('takes the date from a PressReader header, and the fields given to it over either', () => {
    const text = `Coast Gazette\n\n2 May 2024\n\nHarbour reopens\n\n-\n\n${BODY.split('\n\n')[1]}`;
    const fromFile = prepareArticle({ text });
    expect(fromFile).toMatchObject({ publication: 'Coast Gazette', title: 'Harbour reopens' });
    expect(fromFile.publishedAt?.toISOString()).toBe('2024-05-02T00:00:00.000Z');
    const given = prepareArticle({ text, publication: 'Other', publishedAt: new Date('2020-01-01T00:00:00Z') });
    expect(given.publication).toBe('Other');
    expect(given.publishedAt?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('decodes the HTML entities of scraped text, so a quotation in them is read as one', () => {
    const prepared = prepareArticle({
      text: 'Port reopens\n\n&quot;We are ready to reopen,&quot; harbour master Ann Holt said. AT&T &amp; R&D stay as written.\n',
    });
    expect(prepared.text).toBe('Port reopens\n\n"We are ready to reopen," harbour master Ann Holt said. AT&T & R&D stay as written.\n');
    expect(prepared.extraction.quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([['DIRECT', 'We are ready to reopen,', 'Ann Holt']]);
    // A control character spelt as an entity is refused like one written out.
    expect(() => prepareArticle({ text: `${BODY}&#1;` })).toThrow(/binary control characters/u);
  });

  it('checks front-matter values like any input', () => {
    expect(() => prepareArticle({ text: `---\npublishedAt: soon\n---\n${BODY}` })).toThrow(/publishedAt: "soon" is not a date/u);
    expect(() => prepareArticle({ text: `---\nurl: ftp://example.org\n---\n${BODY}` })).toThrow(/url: must be an http or https URL/u);
  });
});

describe('source names', () => {
  it('are relative, never absolute paths', () => {
    expect(sourceNameFor('/srv/app/seeds/a.txt', '/srv/app')).toBe('seeds/a.txt');
    expect(sourceNameFor('seeds/a.txt', '/srv/app')).toBe('seeds/a.txt');
    expect(sourceNameFor('/home/ana/news/2024/a.txt', '/srv/app')).toBe('2024/a.txt');
  });
});

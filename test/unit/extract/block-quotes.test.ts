// Quotations that the quote marks alone do not find: a paragraph introduced by "X added:" with no
// marks of its own, and passages whose closing mark is of another style or misprinted.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const quotes = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.text, q.speaker.name]);

describe('a paragraph introduced by a cue and a colon', () => {
  it('is what the speaker said, quote marks or not', () => {
    expect(
      quotes('The mayor spoke for an hour.\n\nKarl Berg added:\n\nThe bridge is safe. We checked every bolt of it twice.\n\nThe council met on Monday.'),
    ).toEqual([['The bridge is safe. We checked every bolt of it twice.', 'Karl Berg']]);
    expect(quotes('On Monday, Ann Holt made the following statement:\n\nOur schools will stay open all summer.')).toEqual([
      ['Our schools will stay open all summer.', 'Ann Holt'],
    ]);
  });

  it('not after a colon that opens a list or a label, nor a short line', () => {
    expect(quotes('The plan has three parts:\n\nNew roads, new schools and new parks for the city.')).toEqual([]);
    expect(quotes('Karl Berg said:\n\nYes.')).toEqual([]);
  });
});

describe('closing marks of another style', () => {
  it('a straight opening mark closed by a curly one', () => {
    expect(quotes('"The bridge is safe,” Karl Berg said on Monday.')).toEqual([['The bridge is safe,', 'Karl Berg']]);
  });

  it('a curly opening mark closed by a straight one', () => {
    expect(quotes('“The bridge is safe," Karl Berg said on Monday.')).toEqual([['The bridge is safe,', 'Karl Berg']]);
  });

  it('a paragraph quoted whole whose closing mark is misprinted as an opening one', () => {
    expect(quotes('Ann Holt made the following comment:\n\n“Our schools will stay open all summer.“\n\nThe council met on Monday.')).toEqual([
      ['Our schools will stay open all summer.', 'Ann Holt'],
    ]);
  });

  it('a closing mark misprinted as an opening one before an attribution of its own, with no closing mark after it', () => {
    expect(quotes('“The vote was close, but fair,“ said Ann Holt, a councillor from Velmora. She left early.')).toEqual([
      ['The vote was close, but fair,', 'Ann Holt'],
    ]);
    expect(quotes('Tom Pike was angry. “Nobody asked us,“ he said of the levy. He shrugged.')).toEqual([['Nobody asked us,', 'Tom Pike']]);
    // (nor before words that attribute nothing: ‘the plan “reckless“ in a post’ stays as it was)
    expect(quotes('She called the plan “reckless“ in a post and left.').map(([t]) => t)).not.toContain('reckless');
  });

  it('a closing mark of another style before an attribution ends the first piece, not the whole passage', () => {
    const pieces = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.speaker.name, q.parts.map((p) => p.text)]);
    const lead = 'Karl Berg, the harbour master, spoke first. “The pier is safe,” he said.\n\n';
    expect(pieces(`${lead}“The bridge is safe," said Ann Holt, the town engineer. "We checked every bolt of it twice.”`)[1]).toEqual([
      'Ann Holt',
      ['The bridge is safe,', 'We checked every bolt of it twice.'],
    ]);
    expect(pieces(`${lead}“It held up well,“ Ann Holt said. “We checked every bolt of it twice.”`)[1]).toEqual([
      'Ann Holt',
      ['It held up well,', 'We checked every bolt of it twice.'],
    ]);
    expect(pieces(`${lead}"It held up well,” said Ann Holt. "We checked every bolt of it twice."`)[1]).toEqual([
      'Ann Holt',
      ['It held up well,', 'We checked every bolt of it twice.'],
    ]);
  });

  it('a straight mark opening a title inside a quotation closes nothing', () => {
    expect(quotes('“We read "War and Peace" twice,” Karl Berg said.')).toEqual([['We read "War and Peace" twice,', 'Karl Berg']]);
  });
});

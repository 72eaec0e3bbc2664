// Attributions set inside the sentence they report: ", as X noted," between commas, and a relative
// clause whose pronoun is the subject of what was said.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';

describe('", as X noted," inside the sentence', () => {
  it('reports the sentence around it, in two pieces', () => {
    expect(partsAndSpeakers('The ferry, as Ann Holt noted, loses money on every crossing.')).toEqual([
      [['The ferry', 'loses money on every crossing'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('The ferry, as Tom Reyes said at the time, was never meant to pay.')).toEqual([
      [['The ferry', 'was never meant to pay'], 'Tom Reyes'],
    ]);
  });

  it('not "as" in narration', () => {
    expect(partsAndSpeakers('The ferry, as usual, left at noon.')).toEqual([]);
  });
});

describe('a relative pronoun as the subject of what was said', () => {
  it('opens the content, the speaker and cue after it being an interruption', () => {
    expect(partsAndSpeakers('The council sold the ferry, which critics say was worth twice the price.')).toEqual([
      [['which', 'was worth twice the price'], 'critics'],
    ]);
    expect(partsAndSpeakers('The levy, which Ann Holt says will raise $2 million a year, starts in May.')).toEqual([
      [['which', 'will raise $2 million a year'], 'Ann Holt'],
    ]);
  });

  it('"what X called “…”" quotes the name X gave, not "what", and the quotation ends it', () => {
    expect(partsAndSpeakers('The minister ignored what the union called “a campaign of lies.”')).toEqual([[['a campaign of lies.'], 'the union']]);
    expect(partsAndSpeakers('Losses at the bank, over what lawmakers called “fraud” last week, grew.')).toEqual([[['fraud'], 'lawmakers']]);
  });

  it('and so does "what" opening a free relative, which ends where a second one is joined to it', () => {
    const [q] = extract('Test article\n\nThe ruling amounted to what the residents said was a blank cheque for developers.').quotes;
    expect([q?.text, q?.parts.map((p) => p.text)]).toEqual(['what was a blank cheque for developers', ['what', 'was a blank cheque for developers']]);
    expect(partsAndSpeakers('The gap between what Tom Reyes says his levy would raise and what it raises is wide.')).toEqual([
      [['what', 'his levy would raise'], 'Tom Reyes'],
    ]);
  });

  it('after a naming verb, the free relative ends with the name', () => {
    expect(partsAndSpeakers('She was questioned after what Tom Reyes called a “prank,” a stunt that went wrong.')).toEqual([
      [['what', 'a “prank,”'], 'Tom Reyes'],
    ]);
  });

  it('not a pronoun after a preposition, nor one asking a question', () => {
    expect(partsAndSpeakers('The ferry, to which Ann Holt said the town owed its growth, was sold.').map(([parts]) => parts)).toEqual([
      ['the town owed its growth'],
    ]);
    expect(partsAndSpeakers('Tom Reyes asked which officials said the ferry was unsafe.').flatMap(([parts]) => parts)).not.toContain('which');
  });
});

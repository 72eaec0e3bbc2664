// Beliefs, fears and hopes held by someone named, reported as "said" is: a verb of belief and a clause
// right after it ("Council members believe the levy will raise £2m"), never the words before it nor a
// noun phrase, a question or a noun of the same spelling. Short examples written for the test in the
// style of news copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the contract emits for an article whose first line is its headline, as [speaker surface, text]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.speaker.mention?.text ?? null, q.text]);
}

describe('a verb of belief before a clause', () => {
  it('reports the clause for its subject, with "that" or without', () => {
    expect(quotesOf('Council members believe the new levy will raise £2m a year.')).toEqual([['Council members', 'the new levy will raise £2m a year']]);
    expect(quotesOf('Her deputies fear that a single amendment could sink the package.')).toEqual([
      ['Her deputies', 'a single amendment could sink the package'],
    ]);
    expect(quotesOf('Analysts at Peel Hunt think the dividend is at risk.')).toEqual([['Peel Hunt', 'the dividend is at risk']]);
    expect(quotesOf('Many patients worry they will not get an appointment.')).toEqual([['Many patients', 'they will not get an appointment']]);
    expect(quotesOf('Police suspect the fire was started deliberately.')).toEqual([['Police', 'the fire was started deliberately']]);
  });

  it('not a noun phrase, a question, "like", or a clause after a comma', () => {
    expect(quotesOf('Nega Berhe knew Meles well.')).toEqual([]);
    expect(quotesOf('Rubio knows what he will do next.')).toEqual([]);
    expect(quotesOf('It can feel like Republicans are falling in line.')).toEqual([]);
    expect(quotesOf('Sanders may now feel that way himself.')).toEqual([]);
    expect(quotesOf('As we know, the plan failed.')).toEqual([]);
    expect(quotesOf('Donald Trump believed the online polls that showed him winning.')).toEqual([]);
  });

  it('not a noun of the same spelling, nor a participle giving a reason', () => {
    expect(quotesOf('The fear that prices would rise was real.')).toEqual([]);
    expect(quotesOf('The report left little doubt that the planet was warming.')).toEqual([]);
    expect(quotesOf('The vote is fueling worries that the union is a burden.')).toEqual([]);
    expect(quotesOf('Fearing the consequences, Democrats failed to act.')).toEqual([]);
    expect(quotesOf('Think tanks on both sides published rival scorecards.')).toEqual([]);
  });

  it("not in the subject's relative clause, whose end would swallow the sentence's own report", () => {
    expect(quotesOf('Those insiders who think Rubio can still win stressed the unreliability of the polls.')).toEqual([
      ['Those insiders', 'the unreliability of the polls'],
    ]);
    expect(quotesOf('Fans who believe the manager should go said the board had failed them.')).toEqual([['Fans', 'the board had failed them']]);
  });

  it('not a first person a few lines after quote marks the copy lost', () => {
    expect(quotesOf('"They are using tanks.\nI think they will succeed.\nWe have seen no troops."')).toEqual([]);
  });
});

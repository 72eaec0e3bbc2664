// A clause after a content that tells the narrator's own event, in another tense than what was
// said, ends the content. Short examples written for the test in the style of wire copy, court
// reports and local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue and words said (without an opening "that"). */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, text: q.text.replace(/^that\s+/u, '') }));
}

describe('an "after" clause in the simple past after a state said', () => {
  it('is when the narrator’s event took place', () => {
    expect(quotesOf('The majority leader said the spending deal was fair after negotiators worked through the night.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the spending deal was fair' }),
    ]);
    expect(quotesOf('The minister said she was pleased with the outcome, after talks ran late into Sunday.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'she was pleased with the outcome' }),
    ]);
  });

  it('goes on with an event said, a pluperfect or a verb after the state', () => {
    expect(quotesOf('The spokesman said the driver resigned after the footage emerged.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the driver resigned after the footage emerged' }),
    ]);
    expect(quotesOf('The judge said the offences were a breach of trust after the charity had placed its faith in her.')).toEqual([
      expect.objectContaining({ text: 'the offences were a breach of trust after the charity had placed its faith in her' }),
    ]);
    expect(quotesOf('The leader said the estate was needed to meet targets after the borough missed its quota.')).toEqual([
      expect.objectContaining({ text: 'the estate was needed to meet targets after the borough missed its quota' }),
    ]);
  });
});

describe('a clause with a subject of its own in the simple past after a modal or a pluperfect', () => {
  it('is the narrator’s next event', () => {
    expect(quotesOf('The senator said that public money could be used for the research and President Reed expanded the programme.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'public money could be used for the research' }),
    ]);
    expect(quotesOf('The mayor told supporters that the city had built more homes than ever, and his campaign released a video.')).toEqual([
      expect.objectContaining({ cue: 'told', text: 'the city had built more homes than ever' }),
    ]);
  });

  it('goes on with a clause in the tense said, or a participle of a noun phrase', () => {
    expect(quotesOf('The analyst said sales would rise and profits would grow.')).toEqual([
      expect.objectContaining({ text: 'sales would rise and profits would grow' }),
    ]);
    expect(quotesOf('The union said the cuts could hurt patients and nurses and the armed forces would suffer.')).toEqual([
      expect.objectContaining({ text: 'the cuts could hurt patients and nurses and the armed forces would suffer' }),
    ]);
    expect(quotesOf('He said the firm would fight a plan backed by ministers and a campaign supported by unions.')).toEqual([
      expect.objectContaining({ text: 'the firm would fight a plan backed by ministers and a campaign supported by unions' }),
    ]);
  });
});

// Where reported content starts when words before it are the cue's or the narrator's: the feeling a
// verb of expressing names before "that", and a concession opening a sentence whose attribution
// trails it; a quotation after a lead-in of how, when or to whom, also one a colon ends that holds a
// comma. Short examples written for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('a feeling named after a verb of expressing', () => {
  it("is the cue's, and the clause after it what was said", () => {
    expect(quotesOf('The economist expressed alarm that his views on debt were closer to the populists than to the minister.')).toEqual([
      { cue: 'expressed', text: 'that his views on debt were closer to the populists than to the minister' },
    ]);
    expect(quotesOf('Several governors voiced similar doubts that the scheme could be delivered by 2027.')).toEqual([
      { cue: 'voiced', text: 'that the scheme could be delivered by 2027' },
    ]);
  });

  it('not before a relative clause on the noun', () => {
    expect(quotesOf('The union expressed the same concerns that were raised by nurses last year.')).toEqual([
      { cue: 'expressed', text: 'the same concerns that were raised by nurses last year' },
    ]);
  });
});

describe('a concession opening a sentence whose attribution trails it', () => {
  it("is the narrator's framing, not what was said", () => {
    expect(
      quotesOf("Despite a month of sharpened attacks, the challenger has failed to dent the mayor's lead, according to a poll published on Thursday."),
    ).toEqual([{ cue: 'according to', text: "the challenger has failed to dent the mayor's lead" }]);
    expect(quotesOf('Though the club has no chance of promotion, its young players have impressed, the manager said.')).toContainEqual({
      cue: 'said',
      text: 'its young players have impressed',
    });
  });

  it('stays with what was said when it has no clause of its own or is set off around the attribution', () => {
    expect(quotesOf('Although supposedly aimed at smugglers, the checks have delayed hundreds of lorries, the haulage association said.')).toContainEqual({
      cue: 'said',
      text: 'Although supposedly aimed at smugglers, the checks have delayed hundreds of lorries',
    });
    expect(quotesOf('Despite the cuts, he noted, services had improved.')).toContainEqual({
      cue: 'noted',
      text: 'Despite the cuts, he noted, services had improved',
    });
  });
});

describe('a paper’s title of more than four words as the listener', () => {
  it('is no part of the content, up to the word closing the title', () => {
    expect(quotesOf('The coach told the North Devon Weekly Gazette the squad was the strongest in years.')).toEqual([
      { cue: 'told', text: 'the squad was the strongest in years' },
    ]);
    expect(quotesOf('A council spokesman told the South Wales Daily Post on Friday the road would reopen in May.')).toEqual([
      { cue: 'told', text: 'the road would reopen in May' },
    ]);
  });

  it('a name after a title of four words opens the content', () => {
    expect(quotesOf('The chairman told the Yorkshire Evening Post Leeds would not sell their captain.')).toEqual([
      { cue: 'told', text: 'Leeds would not sell their captain' },
    ]);
  });
});

describe('"if" after the one asked', () => {
  it('opens what was asked, as "whether" does', () => {
    expect(quotesOf('The inspector asked the site manager if the scaffolding had been checked that morning.')).toEqual([
      { cue: 'asked', text: 'if the scaffolding had been checked that morning' },
    ]);
  });
});

describe('a quotation after how, when or to whom it was said', () => {
  it('is what was said: "replied evenly, “…”", "asked the crowd, “…”", "said back in 2019: “…”"', () => {
    expect(quotesOf('Asked about the new harbour fees, Mary Pascoe replied evenly, “The boats pay for the harbour.”')).toContainEqual({
      cue: 'replied',
      text: 'The boats pay for the harbour.',
    });
    expect(quotesOf('At the quayside meeting the skipper asked the crowd, “Who here has paid the fee?”')).toContainEqual({
      cue: 'asked',
      text: 'Who here has paid the fee?',
    });
    expect(quotesOf('The harbour master said back in 2019: “The fees will never rise.”')).toContainEqual({
      cue: 'said',
      text: 'The fees will never rise.',
    });
  });

  it('also after a lead-in a colon ends that holds a comma, or "it" for its object', () => {
    expect(quotesOf('Ann Holt responded pointedly, with a smile: “The boats pay for the harbour.”')).toContainEqual({
      cue: 'responded',
      text: 'The boats pay for the harbour.',
    });
    expect(quotesOf('Tom Pike explained it this way: “The sea does not wait for the council.”')).toContainEqual({
      cue: 'explained',
      text: 'The sea does not wait for the council.',
    });
  });

  it('not a clause before the quotation, a naming verb’s object, a quotation the lead-in takes as object, or words quoted inside a clause', () => {
    expect(quotesOf('The harbour master said he had warned them: “The fees will rise.”')).toContainEqual({
      cue: 'said',
      text: 'he had warned them: “The fees will rise.”',
    });
    expect(quotesOf('Tom Pike said it was simple: “We build the wall.”')).toContainEqual({ cue: 'said', text: 'it was simple: “We build the wall.”' });
    expect(quotesOf('Ann Holt said the levy, which is old: “It must go.”')).toContainEqual({ cue: 'said', text: 'the levy, which is old: “It must go.”' });
    expect(quotesOf('Mary Pascoe called the fee, in her letter, “a tax on fishing”.')).toContainEqual({
      cue: 'called',
      text: 'the fee, in her letter, “a tax on fishing”',
    });
    expect(quotesOf('Mary Pascoe says things such as, “The fee is a tax on fishing.”')).toContainEqual({
      cue: 'says',
      text: 'things such as, “The fee is a tax on fishing.”',
    });
    expect(quotesOf('Mary Pascoe said the fee, “a tax on fishing,” would drive boats away.')).toContainEqual({
      cue: 'said',
      text: 'the fee, “a tax on fishing,” would drive boats away',
    });
  });
});

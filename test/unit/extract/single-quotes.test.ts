// Quotations in straight single quotes, as British papers print them: read as quote marks only where
// they open and close a quotation, never where they are apostrophes; the output keeps the text given.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { curlySingleQuotes } from '../../../src/extract/single-quotes.js';

describe('straight single quotes', () => {
  it('pairs that open and close a quotation are quote marks', () => {
    expect(curlySingleQuotes("He said the plan was 'doomed' and 'a waste'.")).toBe('He said the plan was ‘doomed’ and ‘a waste’.');
    expect(curlySingleQuotes("'I'm not going anywhere,' said Jones.")).toBe("‘I'm not going anywhere,’ said Jones.");
  });

  it('apostrophes, plural possessives and elisions are not', () => {
    expect(curlySingleQuotes("The workers' union said it can't accept the offer.")).toBe("The workers' union said it can't accept the offer.");
    expect(curlySingleQuotes("In the '90s, rock 'n' roll was 'here to stay'.")).toBe("In the '90s, rock 'n' roll was ‘here to stay’.");
    expect(curlySingleQuotes("After the '08 race he said it was 'over'.")).toBe("After the '08 race he said it was ‘over’.");
    expect(curlySingleQuotes("'The workers' union is strong,' he said.")).toBe("‘The workers' union is strong,’ he said.");
    expect(curlySingleQuotes("The teachers' pay rise was 'far too small', the union said.")).toBe(
      "The teachers' pay rise was ‘far too small’, the union said.",
    );
  });

  it('a quotation left open goes on into a paragraph that opens with the mark again', () => {
    expect(curlySingleQuotes("He said: 'We will fight.\n\n'We will never give up,' he added.")).toBe(
      'He said: ‘We will fight.\n\n‘We will never give up,’ he added.',
    );
    expect(curlySingleQuotes("He said: 'We will fight.\n\nThe vote is on Monday.")).toBe("He said: 'We will fight.\n\nThe vote is on Monday.");
  });

  it('gives direct and mixed quotes whose texts are those of the text given', () => {
    const text =
      'Strike to go ahead\n\n' +
      "Mick Whelan said members had been left with 'no option'.\n\n" +
      "'Nobody wants to strike,' he said. 'The companies have refused to talk.'";
    const x = extract(text);
    expect(x.quotes.map((q) => [q.kind, q.speaker.name, q.text])).toEqual([
      ['MIXED', 'Mick Whelan', "members had been left with 'no option'"],
      ['DIRECT', 'Mick Whelan', 'Nobody wants to strike, The companies have refused to talk.'],
    ]);
    for (const q of x.quotes) for (const p of q.parts) expect(p.text).toBe(text.slice(p.start, p.end));
    expect(x.layout.text).toBe(text);
  });
});

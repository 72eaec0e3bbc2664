// A parenthesis that closes the sentence after what was reported, with a few words of the narrator's
// in it, is an aside on the report, not part of it (clause-breaks.ts, read by content-end.ts).
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../support/extraction.js';

describe('a parenthesis closing the sentence', () => {
  it('is the narrator’s aside: the content ends before it', () => {
    expect(textsOf('The harbour master said the ferry would run again in May (the council has set no date).', 'said')).toEqual([
      'the ferry would run again in May',
    ]);
    expect(textsOf('Ann Holt called the new levy “a tax on the poor” (although she allowed that some traders would gain).', 'called')).toEqual([
      'the new levy “a tax on the poor”',
    ]);
    expect(textsOf('Tom Pike mentioned raising the mooring fees (with far less heat than his rival).', 'mentioned')).toEqual(['raising the mooring fees']);
  });

  it('also when it holds figures', () => {
    expect(textsOf('More young voters in the port describe themselves as liberal than conservative (41% to 30%).', 'describe')).toEqual([
      'themselves as liberal than conservative',
    ]);
  });

  it('not a party and state or a short form, nor a parenthesis inside quoted words or before more words', () => {
    expect(textsOf('Tom Pike said the harbour bill was drafted by Sen. Ann Roe (R-Maine).', 'said')).toEqual([
      'the harbour bill was drafted by Sen. Ann Roe (R-Maine)',
    ]);
    expect(textsOf('Ann Holt said that “no one wins this town without the dockers (and their wives).”', 'said')).toEqual([
      'that “no one wins this town without the dockers (and their wives).”',
    ]);
    expect(textsOf('Tom Pike said the pier (built in 1902 by the navy) was safe.', 'said')).toEqual(['the pier (built in 1902 by the navy) was safe']);
  });
});

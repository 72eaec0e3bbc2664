// Where a content ends: a cue inside a clause opening the sentence reports up to the main clause,
// also when the subordinator follows an adverbial and a comma, a span of time, ", and", "now" or
// a relative after an opening preposition, and also one whose verb is a negated auxiliary
// ("doesn't", "wouldn't", "can't") or a pronoun with its verb's clitic ("it’s", "they’re"); "and" before a plural noun or after a contracted modal goes on
// with what was said; what the speaker did next, after a phrase ("called the levy “a disgrace”
// before outlining …"), and a participle of the speaker's manner after a clause (", alluding to
// …") are the narrator's. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The content of the quote the cue `cue` opens in a one-paragraph article. */
function contentOf(body: string, cue: string): string | undefined {
  const text = `Test article\n\n${body}`;
  const quote = extract(text).quotes.find((q) => q.cue?.text === cue);
  return quote && text.slice(quote.start, quote.end);
}

describe('where a content ends', () => {
  it.each([
    // A main clause with a negated auxiliary after an opening clause.
    ['Even as he accused the harbour board of hiding costs, Mayor Dunn wouldn’t name anyone.', 'accused', 'the harbour board of hiding costs'],
    ['After the minister announced that the bridge would close, drivers can’t find another way into Alnmouth.', 'announced', 'that the bridge would close'],
    // A main clause opening with a pronoun and its verb's clitic, after a content with one or none.
    ['While the harbour master said he’d reopen the slipway, it’s closed again this week.', 'said', 'he’d reopen the slipway'],
    ['Though Ms Reyes promised to fix the pier, they’re still waiting in Alnmouth.', 'promised', 'to fix the pier'],
    ["When Mr Dunn said the ferry would sail, it's been idle ever since.", 'said', 'the ferry would sail'],
    // "and" before a plural joined to a plural, or after a contracted modal.
    ['The mayor said there was a hunger for new faces and voices in the council.', 'said', 'there was a hunger for new faces and voices in the council'],
    ['Ms Okafor says she’d sit the minister down and tell him the truth.', 'says', 'she’d sit the minister down and tell him the truth'],
    // What the speaker did next after a phrase, or how, after a clause.
    ['The mayor called the levy “a disgrace” before outlining his own plan for the harbour.', 'called', 'the levy “a disgrace”'],
    ['Councillor Okafor praised the lifeboat crew while handing out medals on the quay.', 'praised', 'the lifeboat crew'],
    ['Ms Reyes said the town was in a “sour mood,” alluding to the closure of the pool.', 'said', 'the town was in a “sour mood,”'],
    ['Ms Reyes urged the harbour board to resign and has since written to every councillor.', 'urged', 'the harbour board to resign'],
    ['Mr Dunn said the harbour board had failed and has never recovered.', 'said', 'the harbour board had failed and has never recovered'],
    [
      'Ms Reyes cited a town that borders the estuary and has long relied on the ferry.',
      'cited',
      'a town that borders the estuary and has long relied on the ferry',
    ],
    // Not after a clause, an infinitive or a span of time.
    ['Mr Dunn said the ferry would sail before dawn while passengers slept.', 'said', 'the ferry would sail before dawn while passengers slept'],
    ['Ms Hale vowed to cut fares while raising wages for the crews.', 'vowed', 'to cut fares while raising wages for the crews'],
    ['The council announced a new harbour master two days after taking control.', 'announced', 'a new harbour master two days after taking control'],
  ])('%s', (body, cue, content) => {
    expect(contentOf(body, cue)).toBe(content);
  });

  it('not when the cue is in the main clause, nor before a verb of the subject’s own', () => {
    expect(contentOf('When the storm passed, Ms Reyes said the ferry wouldn’t sail until Friday.', 'said')).toBe('the ferry wouldn’t sail until Friday');
    expect(contentOf('The union rejected the offer and claims that it is unfair.', 'claims')).toBe('that it is unfair');
  });
});

describe('a cue in an opening clause after other words', () => {
  it.each([
    ['Years after Tom Pike claimed that the levy was dead, the council revived it.', 'claimed', 'that the levy was dead'],
    ['Last month, when Ann Holt asked the mayor if he would back the wall, he looked away.', 'asked', 'if he would back the wall'],
    ['However, while the board says it is close to its goal, donors are staying away.', 'says', 'it is close to its goal'],
    ['The crowd in Velmora cheered, and when Ann Holt said it was good to be home, the band played on.', 'said', 'it was good to be home'],
    ['Now that Tom Pike has claimed that the ferry is unsafe, the board must answer him.', 'claimed', 'that the ferry is unsafe'],
    ['Among those who said they cared most about the harbour, most voters backed Ms Holt.', 'said', 'they cared most about the harbour'],
  ])('%s', (body, cue, content) => {
    expect(contentOf(body, cue)).toBe(content);
  });

  it('not when the cue is in the main clause, nor past a comma inside what was said', () => {
    expect(contentOf('Last month, the mayor said the ferry, which is old, would sail.', 'said')).toBe('the ferry, which is old, would sail');
    expect(contentOf('Tom Pike said the levy was fair, and when the wall is built, the town will be safe.', 'said')).toBe(
      'the levy was fair, and when the wall is built, the town will be safe',
    );
    expect(contentOf('Two weeks later, Ann Holt said that when the wall is built, the town will be safe.', 'said')).toBe(
      'that when the wall is built, the town will be safe',
    );
    expect(contentOf('In Korvena, the council said it would sail before the storm, and the crews agreed.', 'said')).toBe('it would sail before the storm');
  });
});

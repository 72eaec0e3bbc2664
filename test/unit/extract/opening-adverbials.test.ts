// An opening with no main clause of its own (a subordinate clause, a phrase a preposition opens, a
// participle) set before a cue says when, where or why the speaker spoke, not what was said. Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

const intro = 'Tom Pike runs the mill in Velmora. ';

describe('an opening with no main clause before the cue', () => {
  it('is no content of the cue after it', () => {
    expect(quotesOf(`${intro}When he met the mayor last spring, Pike told the council about the flooded roads.`)).toEqual([]);
    expect(quotesOf(`${intro}As has been the case at other mills, the union agreed in 2011 to a pay cut for new workers.`)).toEqual([]);
    expect(quotesOf(`${intro}In a video posted to his website, Pike criticized Ann Holt.`)).toEqual([['INDIRECT', 'Pike', 'criticized', ['Ann Holt']]]);
    expect(quotesOf(`${intro}Although the mill has no such plans, Pike said on Tuesday, "We will keep every worker."`)).toEqual([
      ['DIRECT', 'Pike', 'said', ['We will keep every worker.']],
    ]);
    expect(quotesOf(`${intro}On Tuesday, as the markets fell, Pike wrote to investors, telling them to wait.`)).toEqual([
      ['INDIRECT', 'Pike', 'telling', ['to wait']],
    ]);
    expect(quotesOf(`${intro}Earlier in May, Pike wrote to the mayor about the flooded roads.`)).toEqual([]);
  });

  it('leaves a content with a main clause of its own, and one an attribution interrupts', () => {
    expect(quotesOf(`${intro}After the deal fell through we went home, Pike said.`)).toEqual([
      ['INDIRECT', 'Pike', 'said', ['After the deal fell through we went home']],
    ]);
    expect(quotesOf(`${intro}If the river rises again, the mill will close, Pike said.`)).toEqual([
      ['INDIRECT', 'Pike', 'said', ['If the river rises again, the mill will close']],
    ]);
    expect(quotesOf(`${intro}If the river rises again, Pike said, the mill will close for a month.`)).toEqual([
      ['INDIRECT', 'Pike', 'said', ['If the river rises again', 'the mill will close for a month']],
    ]);
    expect(quotesOf(`${intro}If the dam breaks, as Pike warned, the valley will flood.`)).toEqual([
      ['INDIRECT', 'Pike', 'warned', ['If the dam breaks', 'the valley will flood']],
    ]);
    expect(quotesOf(`${intro}About 270 families have now been resettled in new homes under the plan, officials said.`)).toEqual([
      ['INDIRECT', 'officials', 'said', ['About 270 families have now been resettled in new homes under the plan']],
    ]);
  });
});

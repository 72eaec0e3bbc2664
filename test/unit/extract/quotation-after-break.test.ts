// A quotation set off from the narration before it by a colon, a dash or a bracket, with its
// attribution after it: the quotation is what was said, the narration before the break is the writer's.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a quotation after a break, attributed after it', () => {
  it('after a colon, in plain ASCII marks as in typographic ones', () => {
    expect(quotesOf("Ann Holt read out the harbour rules the town has long kept: ''Keep the pier clear and the boats tied,'' the mayor said.")).toEqual([
      ['DIRECT', 'the mayor', 'said', ['Keep the pier clear and the boats tied,']],
    ]);
    expect(quotesOf('Ann Holt read out the harbour rules the town has long kept: “Keep the pier clear and the boats tied,” the mayor said.')).toEqual([
      ['DIRECT', 'the mayor', 'said', ['Keep the pier clear and the boats tied,']],
    ]);
  });

  it('after a dash, the attribution closing the aside', () => {
    expect(quotesOf("Neither fisherman was impressed by the levy - ''It will sink the harbour,'' Tom Reed said - and both left early.")[0]).toEqual([
      'DIRECT',
      'Tom Reed',
      'said',
      ['It will sink the harbour,'],
    ]);
  });

  it('after an opening bracket, the attribution inside it', () => {
    expect(quotesOf('The levy drew anger from the Velmora dock workers (“We want our money back,” wrote Tom Reed, a crane driver).')).toEqual([
      ['DIRECT', 'Tom Reed', 'wrote', ['We want our money back,']],
    ]);
  });

  it('without a break, the narration the quotation closes is part of what was said', () => {
    expect(quotesOf("The plan sends a message that harbour fees ''will rise,'' Ann Holt said.")).toEqual([
      ['MIXED', 'Ann Holt', 'said', ["The plan sends a message that harbour fees ''will rise,"]],
    ]);
  });
});

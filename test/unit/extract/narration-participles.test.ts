// Narration after the cue of a quotation that opens its sentence is no second content: also when
// the quotation ends in "!" or "?" before its cue, when a participle with a preposition after it
// describes the speaker or the listeners, and when the narration says a question was answered.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('narration after the cue of a quotation', () => {
  it('is no second content', () => {
    expect(texts('“All aboard!” Ann Holt shouted, shorthand for boarding the last ferry of the year.')).toEqual(['All aboard!']);
    expect(texts('“Why now?” Tom Pike asked the mayor.')).toEqual(['Why now?']);
    expect(texts('“I have not won a vote in months,” Holt says, dressed as a ferry captain.')).toEqual(['I have not won a vote in months,']);
    expect(texts('“We will win,” Tom Pike told 400 people gathered at the pier.')).toEqual(['We will win,']);
    expect(texts('“It is a name it deserves,” Ann Holt said answering a question from a farmer in Velmora.')).toEqual(['It is a name it deserves,']);
  });

  it('another act of speech, or a clause, after the cue is still reported', () => {
    expect(texts('“No!” Ann Holt shouted, insisting that the ferry would stay.')).toEqual(['No!', 'the ferry would stay']);
    expect(texts('“Why now?” Tom Pike asked the council, adding that fares would rise.')).toEqual(['Why now?', 'fares would rise']);
    expect(texts('“It is final,” Ann Holt said, referring to the ferry vote.')).toEqual(['It is final,', 'the ferry vote']);
  });
});

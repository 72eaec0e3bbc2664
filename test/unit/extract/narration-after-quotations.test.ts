// Narration after the cue of a quotation: "“…,” she said late last week." The quotation is all the
// cue reports, also when it runs over two sentences, and "that" before a time opens no clause.
// Short examples written for the test in the style of ferry and council reports.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('a quotation of two sentences, then its cue', () => {
  it('the words after the cue are narration, no second content', () => {
    expect(texts('“The ferry will run again. That is a fact,” Ann Holt said without further comment.')).toEqual(['The ferry will run again. That is a fact,']);
    expect(texts('“The ferry will run again. That is a fact,” Ann Holt said late last week.')).toEqual(['The ferry will run again. That is a fact,']);
    expect(texts('“We have waited. We will wait no longer,” Tom Pike told the council, to cheers from the gallery.')).toEqual([
      'We have waited. We will wait no longer,',
    ]);
  });

  it('a clause or another speech after the cue is still reported', () => {
    expect(texts('“The ferry will run again. That is a fact,” Ann Holt said, adding that the vote was final.')).toEqual([
      'The ferry will run again. That is a fact,',
      'the vote was final',
    ]);
    expect(texts('“The ferry will run again. That is a fact,” Ann Holt said, warning that fares would rise.')).toContainEqual('fares would rise');
  });
});

describe('"that" before a time', () => {
  it('is no clause after the cue of a quotation, nor after a cue alone', () => {
    expect(texts('“It is over,” Ann Holt said in her speech that night.')).toEqual(['It is over,']);
    expect(texts('Ann Holt said so in her speech that night.')).toEqual([]);
    expect(texts('Tom Pike spoke in Korvena that day.')).toEqual([]);
  });

  it('a clause after the time, or "that" opening a clause, is still reported', () => {
    expect(texts('Ann Holt said that night the vote was final.')).toEqual(['night the vote was final']);
    expect(texts('Ann Holt said that the vote was final.')).toEqual(['the vote was final']);
    expect(texts('“It is over,” Ann Holt said, that the vote was final.')).toHaveLength(1);
  });
});

// A speech verb simply negated ("would not say whether …", "did not say how …", "has never said …")
// still reports what was not said, as annotated news counts it, unsure as a comment declined is, and
// spoken by the subject past "did" or "does", and so does a verb of a topic ("did not mention the
// tolls"); "neither … nor", a negative subject, a speech act avoided and "not only" keep their own readings. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { DECLINED_CAP, DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** Each quote of an article whose first line is its headline, as [speaker surface, text, confidence]. */
const quotesOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.speaker.mention?.text ?? null, q.text, q.confidence] as const);

describe('a speech verb negated', () => {
  it('reports what was not said, by the subject, unsure', () => {
    expect(quotesOf('Tom Reyes would not say whether he would run for the harbour board again.')).toEqual([
      ['Tom Reyes', 'whether he would run for the harbour board again', DECLINED_CAP],
    ]);
    expect(quotesOf('The harbour board did not say how the vote on the quay had gone.')).toEqual([
      ['The harbour board', 'how the vote on the quay had gone', DECLINED_CAP],
    ]);
    expect(quotesOf('Ann Holt won’t say what the new stadium will cost.')).toEqual([['Ann Holt', 'what the new stadium will cost', DECLINED_CAP]]);
    expect(quotesOf('She has never said she would back the ferry tolls.')).toEqual([['She', 'she would back the ferry tolls', DECLINED_CAP]]);
    expect(DECLINED_CAP).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('"did" and "does" stand between a subject and its verb, negated or not', () => {
    expect(quotesOf('The ferry company does not say when the crossings will resume.').map(([who]) => who)).toEqual(['The ferry company']);
    expect(quotesOf('Tom Reyes did say the quay would stay open.').map(([who, text]) => [who, text])).toEqual([['Tom Reyes', 'the quay would stay open']]);
  });

  it('not "not only", and still nothing for "neither … nor", a negative subject or speech avoided', () => {
    expect(quotesOf('Ann Holt not only said the quay was safe but also opened it.').map(([who, text]) => [who, text])).toEqual([
      ['Ann Holt', 'the quay was safe'],
    ]);
    expect(quotesOf('Neither Ann Holt nor Tom Reyes would say whether the stadium would close.')).toEqual([]);
    expect(quotesOf('Nobody at the harbour board would confirm that the talks had collapsed.')).toEqual([]);
    expect(quotesOf('Tom Reyes avoids condemning the closure of the quay.')).toEqual([]);
  });

  it('a topic verb negated reports its topic, unsure, but nothing of its kind after "a"', () => {
    expect(quotesOf('Ann Holt did not talk about the harbour budget.')).toEqual([['Ann Holt', 'the harbour budget', DECLINED_CAP]]);
    expect(quotesOf('Tom Reyes has not endorsed Ann Holt.')).toEqual([['Tom Reyes', 'Ann Holt', DECLINED_CAP]]);
    expect(quotesOf('Ann Holt never mentioned the ferry tolls in her speech.')).toEqual([['Ann Holt', 'the ferry tolls', DECLINED_CAP]]);
    expect(quotesOf('Tom Reyes did not apologize for his remarks.')).toEqual([['Tom Reyes', 'his remarks', DECLINED_CAP]]);
    expect(quotesOf('Tom Reyes has not endorsed a candidate.')).toEqual([]);
    expect(quotesOf('Neither Ann Holt nor Tom Reyes mentioned the quay.')).toEqual([]);
  });
});

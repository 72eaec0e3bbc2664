// Two cues reporting the very same words give one quote: the surer stays, the other falls below the default threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { toContract } from '../../../src/extract/contract.js';
import { extract } from '../../../src/extract/index.js';
import { capRepeated, REPEATED_CAP } from '../../../src/extract/repeated-quotes.js';
import type { Quote } from '../../../src/extract/types.js';

const emitted = (body: string) => toContract('a', extract(`Harbour plan\n\n${body}`)).quotes.map((q) => [q.speaker.name, q.text]);

describe('repeated quotes', () => {
  it('keeps the speaker of a quotation a paper reports once', () => {
    expect(emitted('Asked about the ferry, Ann Holt said: “There will always be delays,” the Velmora Gazette reported.')).toContainEqual([
      'Ann Holt',
      'There will always be delays,',
    ]);
    expect(emitted('Asked about the ferry, Ann Holt said: “There will always be delays,” the Velmora Gazette reported.').map(([name]) => name)).not.toContain(
      'Velmora Gazette',
    );
    expect(emitted('The levy was fair, Ann Holt said. “It is long overdue,” she said, the Velmora Gazette reported.')).toEqual([
      ['Ann Holt', 'The levy was fair'],
      ['Ann Holt', 'It is long overdue,'],
    ]);
    expect(REPEATED_CAP).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('caps the less sure of two quotes over one span, the later of two as sure, and leaves other spans and acts alone', () => {
    const quote = (start: number, end: number, confidence: number, act: 'SPEECH' | 'BELIEF' = 'SPEECH') => ({ start, end, confidence, act }) as Quote;
    const conf = (qs: Quote[]) => capRepeated(qs).map((q) => q.confidence);
    expect(conf([quote(0, 10, 0.8), quote(0, 10, 0.9), quote(0, 12, 0.7)])).toEqual([REPEATED_CAP, 0.9, 0.7]);
    expect(conf([quote(5, 9, 0.6), quote(5, 9, 0.6)])).toEqual([0.6, REPEATED_CAP]);
    expect(conf([quote(5, 9, 0.6), quote(5, 9, 0.6, 'BELIEF')])).toEqual([0.6, 0.6]);
  });
});

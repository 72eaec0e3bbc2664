// Quote confidence from how a quote was found, and the contract's default threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE, quoteConfidence } from '../../../src/extract/confidence.js';
import { toContract } from '../../../src/extract/contract.js';
import { extract } from '../../../src/extract/index.js';

const confidenceOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.confidence);

describe('quote confidence', () => {
  it('ranks quote marks and a plain speech verb above reported speech and loose cue verbs', () => {
    const [direct] = confidenceOf('“The bridge will close in May,” Omar Diaz said.');
    const [reported] = confidenceOf('Omar Diaz said the bridge would close in May.');
    const [loose] = confidenceOf('Omar Diaz praised the engineers who had kept the old bridge open for years.');
    expect(direct).toBeGreaterThan(reported!);
    expect(reported).toBeGreaterThan(loose!);
    for (const c of [direct, reported, loose]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('a named speaker is better evidence than none', () => {
    const base = { kind: 'INDIRECT' as const, cue: { start: 0, end: 4, text: 'said' }, continues: false, labelled: false };
    const named = quoteConfidence({ ...base, speaker: { entityId: 'e1', name: 'Omar Diaz', mention: { start: 5, end: 9, text: 'Diaz', kind: 'NAME' } } });
    const unknown = quoteConfidence({ ...base, speaker: { entityId: null, name: null, mention: null } });
    expect(named).toBeGreaterThan(unknown);
  });

  it('the contract leaves out quotes below the threshold and keeps the rest', () => {
    const x = extract('Test article\n\n“The bridge will close in May,” Omar Diaz said.');
    expect(x.quotes[0]!.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
    expect(toContract('a', x).quotes).toHaveLength(1);
    expect(toContract('a', x).quotes[0]!.confidence).toBe(x.quotes[0]!.confidence);
    expect(toContract('a', x, 1.01).quotes).toHaveLength(0);
  });
});

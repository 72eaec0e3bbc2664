// Quote confidence from how a quote was found, and the contract's default threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE, PHRASE_ONLY_CAP, quoteConfidence } from '../../../src/extract/confidence.js';
import { confidenceFeatures } from '../../../src/extract/confidence-features.js';
import { areaUnderCurve, bratContents, matchesAny, probability, trainLogistic } from '../../../src/extract/confidence-training.js';
import { toContract } from '../../../src/extract/contract.js';
import { extract, extractWithEvidence } from '../../../src/extract/index.js';

const confidenceOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.confidence);

describe('quote confidence', () => {
  it('ranks quote marks above the same words without them, and a plain speech verb above a loose cue verb', () => {
    const [direct] = confidenceOf('“The bridge will close in May,” Omar Diaz said.');
    const [unquoted] = confidenceOf('The bridge will close in May, Omar Diaz said.');
    const [reported] = confidenceOf('Omar Diaz said the city should close the bridge in May.');
    const [loose] = confidenceOf('Omar Diaz hinted the city should close the bridge in May.');
    expect(direct).toBeGreaterThan(unquoted!);
    expect(reported).toBeGreaterThan(loose!);
    for (const c of [direct, unquoted, reported, loose]) {
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

  it('by default keeps a report whose cue follows it and whose speaker is a pronoun', () => {
    const x = extract('Test article\n\nThe council met on Monday. The bridge would close in May, she predicted.');
    expect(toContract('a', x).quotes.map((q) => [q.text, q.speaker.start !== null])).toEqual([['The bridge would close in May', true]]);
  });
});

describe('confidence features', () => {
  const said = { start: 20, end: 24, text: 'said' };
  const named = { entityId: 'e1', name: 'Omar Diaz', mention: { start: 0, end: 9, text: 'Omar Diaz', kind: 'NAME' as const } };
  it('name the cue, its place, the speaker evidence, quote marks and the length of the content', () => {
    const content = { start: 0, end: 18, text: 'The bridge will close' };
    expect(confidenceFeatures({ kind: 'DIRECT', cue: said, speaker: named, continues: false, labelled: false, content }).sort()).toEqual(
      ['bias', 'cue-after', 'cue=speech', 'kind=DIRECT', 'lemma=say', 'speaker=entity-named', 'words=4-8'].sort(),
    );
  });

  it('tell a quote without a cue that continues the speaker before from one in a headline', () => {
    const none = { entityId: null, name: null, mention: null };
    expect(confidenceFeatures({ kind: 'DIRECT', cue: null, speaker: none, continues: true, labelled: false })).toContain('cue=none-continues');
    expect(confidenceFeatures({ kind: 'INDIRECT', cue: null, speaker: none, continues: false, labelled: true })).toContain('cue=none-labelled');
    expect(
      confidenceFeatures({ kind: 'INDIRECT', cue: { start: 0, end: 12, text: 'According to' }, speaker: none, continues: false, labelled: false }),
    ).toEqual(expect.arrayContaining(['cue=speech', 'lemma=according', 'speaker=none']));
  });

  it('tell a topic or an object for content ("complained about his microphone") from a clause, as sure as a loose cue by hand', () => {
    const complained = { start: 10, end: 20, text: 'complained' };
    const q = { kind: 'INDIRECT' as const, cue: complained, speaker: named, continues: false, labelled: false, topic: true };
    expect(confidenceFeatures(q)).toContain('content=topic');
    expect(confidenceFeatures({ ...q, topic: false })).not.toContain('content=topic');
    const hinted = { ...q, cue: { start: 10, end: 16, text: 'hinted' }, topic: false };
    expect(quoteConfidence(q, null)).toBe(quoteConfidence(hinted, null));
    expect(quoteConfidence({ ...q, cue: said }, null)).toBeLessThan(quoteConfidence({ ...q, cue: said, topic: false }, null));
  });

  it('a rule-capped quote stays below the default threshold whatever the model says', () => {
    const q = { kind: 'DIRECT' as const, cue: said, speaker: named, continues: false, labelled: false, phraseOnly: true };
    const eager = { weights: { bias: 10 }, threshold: 0.5 };
    expect(quoteConfidence(q, eager)).toBe(PHRASE_ONLY_CAP);
    expect(quoteConfidence({ ...q, phraseOnly: false }, eager)).toBe(1);
    expect(PHRASE_ONLY_CAP).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });
});

describe('confidence training', () => {
  it('reads the first to last character of each content of a brat file', () => {
    const ann =
      'T1\tSource 0 4\tJane\nT2\tContent 10 20;25 30\tsome words ... more\nT3\tCue 5 9\tsaid\nT4\tContent 40 52\tother things\nE1\tAttribution:T3 Content:T2';
    expect(bratContents(ann)).toEqual([
      { start: 10, end: 30 },
      { start: 40, end: 52 },
    ]);
  });

  it('matches a found span to a content when the overlap is a large enough share of both, quote marks aside', () => {
    const text = 'He said “the bridge will close in May” today.';
    const gold = [{ start: 8, end: 38 }];
    expect(matchesAny(text, { start: 9, end: 37 }, gold, 0.8)).toBe(true);
    expect(matchesAny(text, { start: 9, end: 19 }, gold, 0.8)).toBe(false);
    expect(matchesAny(text, { start: 0, end: 7 }, gold)).toBe(false);
  });

  it('learns which features make a right quote, and ranks by them', () => {
    const examples = [
      ...Array.from({ length: 30 }, () => ({ features: ['bias', 'kind=DIRECT'], label: 1 as const })),
      ...Array.from({ length: 30 }, (_, i) => ({ features: ['bias', 'kind=INDIRECT'], label: (i % 3 === 0 ? 1 : 0) as 0 | 1 })),
    ];
    const weights = trainLogistic(examples, { epochs: 300, rate: 2, l2: 0.001, minCount: 1 });
    expect(weights['kind=DIRECT']).toBeGreaterThan(weights['kind=INDIRECT']!);
    const scored = examples.map((e) => ({ score: probability(weights, e.features), label: e.label }));
    expect(areaUnderCurve(scored)).toBeGreaterThan(0.8);
    expect(areaUnderCurve(scored.map((s) => ({ ...s, score: 0 })))).toBe(0.5);
  });
});

describe('the length of an interrupted content', () => {
  it('counts the words said, not the attribution between its pieces', () => {
    const { evidence } = extractWithEvidence(
      'Test article\n\n“The ferry is late,” Ann Holt, the harbour master of the island town of Tarvik for the last twenty years, said, “again.”',
    );
    expect(evidence.map((e) => e.content?.text)).toEqual(['The ferry is late, again.']);
    expect(confidenceFeatures(evidence[0]!)).toContain('words=4-8');
  });

  it('counts an uninterrupted content whole', () => {
    const { evidence } = extractWithEvidence('Test article\n\nAnn Holt, the harbour master, said the ferry would be late again on Monday.');
    expect(evidence.map((e) => e.content?.text)).toEqual(['the ferry would be late again on Monday']);
    expect(confidenceFeatures(evidence[0]!)).toContain('words=4-8');
  });
});

// The learned span tagger: its features, its decoder, its training on a tiny corpus written for the
// test, and how its spans merge with the rules' candidates.
import { describe, expect, it } from 'vitest';
import { conllDocuments } from '../../../src/extract/entities/conll.js';
import { type Candidate, spanCandidate } from '../../../src/extract/entities/candidates.js';
import { mergeSpans } from '../../../src/extract/entities/merge-spans.js';
import { tokenFeatures } from '../../../src/extract/entities/tagger-features.js';
import { TAGS, type TaggerInput, type TaggerModel } from '../../../src/extract/entities/tagger-model.js';
import { emissions, fastEmissions, viterbi } from '../../../src/extract/entities/tagger-scores.js';
import { blockInputs, spansOf, type TaggedSpan, tagSpans } from '../../../src/extract/entities/tagger.js';
import { taggerExamples, trainTagger } from '../../../src/extract/entities/tagger-training.js';
import { layout } from '../../../src/extract/layout.js';
import { tokenize } from '../../../src/extract/tokens.js';

const input = (text: string, caps = false): TaggerInput => {
  const tokens = tokenize(text);
  return { tokens, caps, sentenceStart: tokens.map((_, i) => i === 0) };
};
const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);
const zeroTransitions = () => Array.from({ length: TAGS.length + 1 }, () => TAGS.map(() => 0));
const scoresFor = (best: string[]) => best.flatMap((b) => TAGS.map((t) => (t === b ? 1 : 0)));
/** The fast emissions of `text` under a model of these weights, checked against the listed features' sums. */
const fastScoresAsListed = (text: string, weights: TaggerModel['weights']): number[] => {
  const model: TaggerModel = { weights, transitions: zeroTransitions() };
  const block = input(text);
  const scores = [...fastEmissions(model, block)];
  expect(scores).toEqual(emissions(model.weights, tokenFeatures(block)).flat());
  return scores;
};

describe('tagger features', () => {
  it('describes a token by its word, shape, affixes, neighbours and lexicon facts', () => {
    const [, , moody] = tokenFeatures(input("Shares of Moody's Investors Service fell in New York."));
    expect(moody).toEqual(expect.arrayContaining(['w=moody', 'sh=Xx', 'p3=moo', 's3=ody', 'w-1=of', "w+1='s", 'cap', 'w-1+w=of|moody']));
    const features = tokenFeatures(input("Shares of Moody's Investors Service fell in New York."));
    const york = features[features.length - 2]!;
    expect(york).toEqual(expect.arrayContaining(['gaz-pair-last', 'w-1=new', 'w+1=.']));
    expect(features[0]).toEqual(expect.arrayContaining(['first', 'w-1=<s>', 'w-2=<s>']));
  });

  it('marks lines in capitals', () => {
    const [first] = tokenFeatures(input('SOCCER - 1860 MUNICH BEAT PORTO', true));
    expect(first).toEqual(expect.arrayContaining(['sh+line=X|caps']));
  });

  it('gives the same scores through the per-word sums as through the feature lists', () => {
    const model: TaggerModel = {
      weights: {
        'w=moody': [0, 1, 0, 2, 0, 0, 0, 0, 0],
        "w+1='s": [0, 0, 0, 0.5, 0, 0, 0, 0, 0],
        'w-1+w=of|moody': [1, 0, 0, 0, 0, 0, 0, 0, -1],
        cap: [-1, 0.3, 0.2, 0.3, 0.2, 0.3, 0.2, 0, 0],
      },
      transitions: zeroTransitions(),
    };
    const block = input("Shares of Moody's rose, and Moody's said so.");
    expect([...fastEmissions(model, block)]).toEqual(emissions(model.weights, tokenFeatures(block)).flat());
    expect([...fastEmissions(model, block, 2, 4)]).toEqual(emissions(model.weights, tokenFeatures(block)).slice(2, 4).flat());
  });

  it('finds the pair features of a word that is itself "|", as the feature lists do', () => {
    const scores = fastScoresAsListed('a | b | c', {
      'w-1+w=a||': [0, 1, 0, 0, 0, 0, 0, 0, 0],
      'w+w+1=||b': [0, 0, 2, 0, 0, 0, 0, 0, 0],
      'w-1+w=||b': [0, 0, 0, 3, 0, 0, 0, 0, 0],
      'sh-1+sh=x||': [0, 0, 0, 0, 4, 0, 0, 0, 0],
    });
    expect(scores.slice(TAGS.length, 2 * TAGS.length)).toEqual([0, 1, 2, 0, 4, 0, 0, 0, 0]);
  });

  it('finds the pair features of words that are names of an object ("constructor", "valueOf")', () => {
    const scores = fastScoresAsListed('Velmora constructor valueOf Tolstan hasOwnProperty', {
      'w-1+w=velmora|constructor': [0, 1, 0, 0, 0, 0, 0, 0, 0],
      'w+w+1=constructor|valueof': [0, 0, 2, 0, 0, 0, 0, 0, 0],
      'w-1+w=valueof|tolstan': [0, 0, 0, 3, 0, 0, 0, 0, 0],
    });
    expect(scores.slice(TAGS.length, 2 * TAGS.length)).toEqual([0, 1, 2, 0, 0, 0, 0, 0, 0]);
    expect(scores.slice(3 * TAGS.length, 4 * TAGS.length)).toEqual([0, 0, 0, 3, 0, 0, 0, 0, 0]);
  });
});

describe('tagger decoding', () => {
  it('follows the emissions when transitions are neutral', () => {
    const path = viterbi(scoresFor(['O', 'B-ORG', 'I-ORG', 'O']), zeroTransitions());
    expect(path.map((t) => TAGS[t])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('never opens a name with its inside, nor continues one of another type', () => {
    expect(viterbi(scoresFor(['I-PER']), zeroTransitions()).map((t) => TAGS[t])).not.toEqual(['I-PER']);
    const path = viterbi(scoresFor(['B-LOC', 'I-ORG']), zeroTransitions()).map((t) => TAGS[t]!);
    expect(path[1] === 'I-ORG' && path[0] !== 'B-ORG').toBe(false);
  });

  it('lets a transition outweigh a weak emission', () => {
    const transitions = zeroTransitions();
    transitions[tag('B-ORG')]![tag('I-ORG')] = 2;
    const emissionScores = [...TAGS.map((t) => (t === 'B-ORG' ? 3 : 0)), ...TAGS.map((t) => (t === 'O' ? 1 : 0))];
    expect(viterbi(emissionScores, transitions).map((t) => TAGS[t])).toEqual(['B-ORG', 'I-ORG']);
  });

  it('reads spans off tags', () => {
    const tokens = tokenize('1860 Munich beat Porto');
    const spans = spansOf(tokens, ['B-ORG', 'I-ORG', 'O', 'B-ORG'].map(tag));
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual([
      [0, 11, 'ORG'],
      [17, 22, 'ORG'],
    ]);
  });

  it('cuts a name at a sentence boundary', () => {
    const model: TaggerModel = { weights: { cap: [-5, 3, 4, 0, 0, 0, 0, 0, 0] }, transitions: zeroTransitions() };
    const block: TaggerInput = { ...input('Ann Lee Bob Hart'), sentenceStart: [true, false, true, false] };
    expect(tagSpans(block, model).map((s) => [s.from, s.to])).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});

describe('tagger training', () => {
  const conll = ['-DOCSTART- -X- O O', '', ...['Moody NNP I-NP B-ORG', "'s POS B-NP I-ORG", 'said VBD I-VP O', 'so RB O O', '. . O O'], ''].join('\n');
  const docs = conllDocuments(Array(5).fill(conll).join('\n'));

  it('labels tokens B and I from the gold names', () => {
    const [example] = taggerExamples(docs.slice(0, 1));
    expect(example!.tags.map((t) => TAGS[t])).toEqual(['B-ORG', 'I-ORG', 'O', 'O', 'O']);
  });

  it('learns to tag what it was trained on', () => {
    const model = trainTagger(taggerExamples(docs), { epochs: 3, minCount: 1, prune: 0 });
    const block = blockInputs(layout("Moody's said so."))[0]!.input;
    expect(tagSpans(block, model).map((s) => [s.start, s.end, s.type])).toEqual([[0, 7, 'ORG']]);
  });
});

describe('merging tagger spans with the rules', () => {
  const text = "Shares of Moody's rose. Meanwhile Trump spoke. Democrat Ann Holt and The Times agreed.";
  const tokens = tokenize(text);
  const sentenceStart = tokens.map((_, i) => i === 0 || tokens[i - 1]!.text === '.');
  const at = (word: string) => tokens.findIndex((t) => t.text === word);
  const cand = (from: string, to = from): Candidate => spanCandidate(text, tokens, at(from), at(to) + 1);
  const span = (from: number, to: number, type: TaggedSpan['type']): TaggedSpan => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end, type, from, to });

  it('widens a candidate to the tagger span ("Moody" → "Moody\'s")', () => {
    const merged = mergeSpans(text, tokens, sentenceStart, [{ c: cand('Moody'), type: null }], [span(at('Moody'), at('Moody') + 2, 'ORG')]);
    expect(merged.map((m) => [m.c.text, m.type, m.tagged])).toEqual([["Moody's", 'ORGANIZATION', true]]);
  });

  it('keeps the rules where the tagger would cut, add "The", a sentence opener or a party, or add a name alone', () => {
    const rules = [
      { c: cand('Moody'), type: null },
      { c: cand('Trump'), type: 'PERSON' as const },
      { c: cand('Ann', 'Holt'), type: 'PERSON' as const },
      { c: cand('Times'), type: 'ORGANIZATION' as const },
    ];
    const spans = [
      span(at('Shares'), at('Shares') + 1, 'ORG'),
      span(at('Meanwhile'), at('Trump') + 1, 'PER'),
      span(at('Democrat'), at('Holt') + 1, 'PER'),
      span(at('The'), at('Times') + 1, 'ORG'),
    ];
    const merged = mergeSpans(text, tokens, sentenceStart, rules, spans);
    expect(merged.map((m) => m.c.text)).toEqual(['Moody', 'Trump', 'Ann Holt', 'Times']);
  });
});

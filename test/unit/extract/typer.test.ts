// The learned entity typer: its features, the CoNLL reader its training script uses, and how its
// decision combines with the rules', on examples written for the test.
import { describe, expect, it } from 'vitest';
import { conllDocuments } from '../../../src/extract/entities/conll.js';
import { typedCandidates } from '../../../src/extract/entities/index.js';
import { predict, type Weights } from '../../../src/extract/entities/typer-model.js';
import { candidateFeatures, documentContext, shape } from '../../../src/extract/entities/typer-features.js';
import { typeCandidates } from '../../../src/extract/entities/typer.js';
import { folds, nameMemory, scoreEntities, trainModel, trainTyper, typerExamples } from '../../../src/extract/entities/typer-training.js';
import { layout } from '../../../src/extract/layout.js';

const candidatesOf = (text: string) => typedCandidates(layout(text)).typed;

describe('typer features', () => {
  it('folds word shapes', () => {
    expect(shape('Volgograd')).toBe('Xx');
    expect(shape('NATO')).toBe('X');
    expect(shape('J.')).toBe('X.');
    expect(shape('Coca-Cola')).toBe('Xx-Xx');
    expect(shape('1996-08-30')).toBe('d-d-d');
  });

  it('describes a name by its words, its neighbours, the rules and the rest of the document', () => {
    const typed = candidatesOf('Results\n\nThe board of Petofi met. Petofi general manager Laszlo Kovacs resigned.');
    const ctx = documentContext(typed);
    const petofi = typed.filter((t) => t.c.text === 'Petofi');
    expect(petofi).toHaveLength(2);
    const features = candidateFeatures(petofi[1]!, ctx);
    expect(features).toEqual(expect.arrayContaining(['w=petofi', 'next=general', 'shape=Xx', 'n=1', `rule=${petofi[1]!.type}`]));
    // what the other mention's neighbours say comes along
    expect(features).toEqual(expect.arrayContaining(['doc-around=of', 'doc-around=general']));
  });

  it('names the types of the longer names a word is part of', () => {
    const typed = candidatesOf('Results\n\nRotor Volgograd beat Spartak Moscow 2-1. Rotor are top.');
    const rotor = typed.find((t) => t.c.text === 'Rotor')!;
    expect(candidateFeatures(rotor, documentContext(typed))).toContain('part-of=ORGANIZATION');
  });
});

describe('typer decisions', () => {
  const weights: Weights = {
    bias: [0, 0, 0, 0.5],
    'next=general': [0, 2, 0, 0],
    'w=kovacs': [2, 0, 0, 0],
    title: [0, 0, 3, 0],
  };

  it('predicts the label of the highest score', () => {
    expect(predict(weights, ['bias', 'next=general'])).toBe('ORGANIZATION');
    expect(predict(weights, ['bias'])).toBe('NONE');
  });

  it('types candidates by the model, never against a title', () => {
    const typed = candidatesOf('Results\n\nPetofi general manager Laszlo Kovacs resigned. President Kovacs spoke.');
    typeCandidates(typed, { weights, names: {} });
    const types = Object.fromEntries(typed.map((t) => [`${t.c.text}@${t.c.start}`, t.type]));
    expect(Object.entries(types).find(([k]) => k.startsWith('Petofi'))![1]).toBe('ORGANIZATION');
    expect(Object.entries(types).find(([k]) => k.startsWith('Laszlo Kovacs'))![1]).toBe('PERSON');
    expect(typed.find((t) => t.c.titles.includes('president'))!.type).toBe('PERSON');
  });

  it('leaves the rules alone without weights', () => {
    const typed = candidatesOf('Results\n\nPetofi general manager Laszlo Kovacs resigned.');
    const before = typed.map((t) => t.type);
    typeCandidates(typed, null);
    expect(typed.map((t) => t.type)).toEqual(before);
  });
});

describe('CoNLL reader', () => {
  it('joins tokens into text with the offsets of the names', () => {
    const file = [
      '-DOCSTART- -X- O O',
      '',
      'SOCCER NN I-NP O',
      '- : O O',
      'ROTOR NNP I-NP I-ORG',
      'WIN VB I-VP O',
      '. . O O',
      '',
      'Rotor NNP I-NP I-ORG',
      'Volgograd NNP I-NP I-ORG',
      'beat VBD I-VP O',
      'Spartak NNP I-NP B-ORG',
      '( ( O O',
      'Russia NNP I-NP I-LOC',
      ') ) O O',
      'and CC O O',
      'Lentini NNP I-NP I-PER',
      "'s POS O O",
      'side NN O O',
      'said VBD O O',
      '" " O O',
      'no DT O O',
      '" " O O',
      '. . O O',
      '',
      '-DOCSTART- -X- O O',
      '',
      'Bonn NNP I-NP I-LOC',
      '. . O O',
      '',
    ].join('\n');
    const [first, second] = conllDocuments(file);
    expect(first!.text).toBe('SOCCER - ROTOR WIN.\nRotor Volgograd beat Spartak (Russia) and Lentini\'s side said "no".');
    expect(first!.names.map((n) => [first!.text.slice(n.start, n.end), n.type])).toEqual([
      ['ROTOR', 'ORGANIZATION'],
      ['Rotor Volgograd', 'ORGANIZATION'],
      ['Spartak', 'ORGANIZATION'],
      ['Russia', 'LOCATION'],
      ['Lentini', 'PERSON'],
    ]);
    expect(second).toEqual({ text: 'Bonn.', names: [{ start: 0, end: 4, type: 'LOCATION' }] });
  });
});

describe('typer on names the rules are sure of', () => {
  const typesOf = (text: string) => Object.fromEntries(candidatesOf(text).map((t) => [t.c.text, t.type]));

  it('keeps organizations named by what they are, and persons by their titles or given names', () => {
    const before = typesOf('Test\n\nAccording to the World Health Organization, Mr. Smith and Mary Beth Williams spoke.');
    const typed = candidatesOf('Test\n\nAccording to the World Health Organization, Mr. Smith and Mary Beth Williams spoke.');
    typeCandidates(typed, { weights: { bias: [0, 0, 0, 100] }, names: {} }); // a model that calls everything NONE
    const after = Object.fromEntries(typed.map((t) => [t.c.text, t.type]));
    expect(before['World Health Organization']).toBe('ORGANIZATION');
    expect(after).toMatchObject({ 'World Health Organization': 'ORGANIZATION', Smith: 'PERSON', 'Mary Beth Williams': 'PERSON' });
  });
});

describe('typer training', () => {
  const doc = (text: string, names: Array<[string, 'PERSON' | 'ORGANIZATION' | 'LOCATION']>) => ({
    text,
    names: names.flatMap(([name, type]) => [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length, type }))),
  });
  const docs = [
    doc('Results\n\nShares of Zorbex rose. Zorbex said profits rose.', [['Zorbex', 'ORGANIZATION']]),
    doc('Results\n\nShares of Quintal fell. Quintal said profits fell.', [['Quintal', 'ORGANIZATION']]),
    doc('Results\n\nHe flew to Varnold on Monday. Varnold is cold.', [['Varnold', 'LOCATION']]),
  ];

  it('labels each candidate by the gold name of its span and learns from the words around it', () => {
    const examples = typerExamples(docs);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const weights = trainTyper(examples, { epochs: 4, runs: 2, minCount: 1 });
    expect(predict(weights, ['bias', 'prev=of', 'next=said'])).toBe('ORGANIZATION');
  });

  it('scores typed exact spans per type and over all', () => {
    const scored = scoreEntities(docs, null);
    expect(scored.micro!.gold).toBe(6);
    expect(scored.ORGANIZATION!.gold).toBe(4);
    expect(scored.micro!.correct).toBeLessThanOrEqual(scored.micro!.predicted);
  });

  it('remembers the names the training data types one way, and lets the model weigh that memory', () => {
    const memory = nameMemory(docs);
    expect(memory).toEqual({ zorbex: 'ORGANIZATION', quintal: 'ORGANIZATION', varnold: 'LOCATION' });
    const typed = candidatesOf('Results\n\nZorbex fell.');
    expect(candidateFeatures(typed.find((t) => t.c.text === 'Zorbex')!, documentContext(typed, memory))).toContain('seen=ORGANIZATION');
    expect(trainModel(docs, { epochs: 2, runs: 1, minCount: 1 }).names).toEqual(memory);
  });

  it('cuts contiguous folds that cover every item once', () => {
    expect(folds([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6, 7],
    ]);
  });
});

describe('names in lines of capitals', () => {
  it('offers the names the document gives, the places the gazetteer knows and runs of words that are no ordinary English', () => {
    const text = 'SOCCER - JAPAN GET LUCKY WIN AS NEW YORK AND ZORBEX UNITED WAIT.\nZorbex United beat Japan 2-1 in New York on Friday.';
    const caps = candidatesOf(text).filter((t) => t.caps);
    expect(caps.map((t) => t.c.text)).toEqual(['JAPAN', 'NEW YORK', 'ZORBEX UNITED']);
    expect(caps.every((t) => t.headline)).toBe(true);
    expect(candidateFeatures(caps[0]!, documentContext(candidatesOf(text)))).toContain('caps-block');
  });
});

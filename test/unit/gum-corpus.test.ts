import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityEvents, partSpan, readConllu } from '../../src/cli/gum-conllu.js';
import { gumDocuments, gumGold } from '../../src/cli/gum-corpus.js';

/** A CoNLL-U token line (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC); a multi-word token has no UPOS. */
const row = (id: string, form: string, upos = '_', xpos = '_', head = '_', deprel = '_', misc = '_') =>
  [id, form, '_', upos, xpos, '_', head, deprel, '_', misc].join('\t');

const conllu = [
  '# newpar',
  '# sent_id = invented-1',
  row('1', 'Professor', 'PROPN', 'NNP', '2', 'compound', 'Entity=(1-person-new-sssss-cf1-2-coref-Ann_Holt'),
  row('2', 'Ann', 'PROPN', 'NNP', '9', 'nsubj'),
  row('3', 'Holt', 'PROPN', 'NNP', '2', 'flat'),
  row('4', 'of', 'ADP', 'IN', '6', 'case'),
  row('5', 'the', 'DET', 'DT', '6', 'det', 'Entity=(2-organization-new-sssss-cf2-2-coref-University_of_Leeds'),
  row('6', 'University', 'PROPN', 'NNP', '2', 'nmod'),
  row('7', 'of', 'ADP', 'IN', '8', 'case'),
  row('8', 'Leeds', 'PROPN', 'NNP', '6', 'nmod', 'Entity=(3-place-new-sssss-cf3-1-sgl-Leeds)2)1)'),
  row('9', 'spoke', 'VERB', 'VBD', '0', 'root', 'SpaceAfter=No'),
  row('10', '.', 'PUNCT', '.', '9', 'punct'),
  '',
  '# sent_id = invented-2',
  row('1', 'Democrats', 'PROPN', 'NNPS', '4', 'nsubj', 'Entity=(4-person-new-sssss-cf1-1-sgl)'),
  row('2-3', "can't"),
  row('2', 'ca', 'AUX', 'MD', '4', 'aux'),
  row('3', "n't", 'PART', 'RB', '4', 'advmod'),
  row('4', 'win', 'VERB', 'VB', '0', 'root'),
  row('5', 'in', 'ADP', 'IN', '6', 'case'),
  row('6', 'Paris', 'PROPN', 'NNP', '4', 'obl', 'Entity=(5-place-new-sssss-cf2-1-sgl-Paris)|SpaceAfter=No'),
  row('7', '.', 'PUNCT', '.', '4', 'punct'),
  '',
  '# newpar',
  '# sent_id = invented-3',
  row('1-2', "Holt's"),
  row('1', 'Holt', 'PROPN', 'NNP', '3', 'nmod:poss', 'Entity=(6-organization-new-sssss-cf1-3-sgl(1-person-giv:act-sssss-cf2-1-coref-Ann_Holt)'),
  row('2', "'s", 'PART', 'POS', '1', 'case'),
  row('3', 'team', 'NOUN', 'NN', '4', 'nsubj', 'Entity=6)'),
  row('4', 'agreed', 'VERB', 'VBD', '0', 'root', 'SpaceAfter=No'),
  row('5', '.', 'PUNCT', '.', '4', 'punct'),
  '',
].join('\n');
const text = "Professor Ann Holt of the University of Leeds spoke. Democrats can't win in Paris.\nHolt's team agreed.";
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

describe('GUM read where it lies', () => {
  it('rebuilds the running text: SpaceAfter=No, multi-word tokens written once with their parts inside, a newline per paragraph', () => {
    const doc = readConllu(conllu);
    expect(doc.text).toBe(text);
    const parts = doc.tokens.filter((t) => ['ca', "n't", "'s"].includes(t.form)).map((t) => text.slice(t.start, t.end));
    expect(parts).toEqual(['ca', "n't", "'s"]);
    expect(doc.tokens[1]).toMatchObject({ form: 'Ann', head: 8, deprel: 'nsubj' });
    expect(doc.mentions.map((m) => [m.etype, m.first, m.last])).toEqual([
      ['person', 0, 7],
      ['organization', 4, 7],
      ['place', 7, 7],
      ['person', 10, 10],
      ['place', 15, 15],
      ['organization', 17, 19],
      ['person', 17, 17],
    ]);
  });

  it('reads the brackets of an Entity field in order, and places a part inside its multi-word token', () => {
    expect(entityEvents('(3-place-new-sssss-cf3-1-sgl-Leeds)2)1)')).toEqual([{ open: '3', etype: 'place' }, { close: '3' }, { close: '2' }, { close: '1' }]);
    expect(partSpan("Holt's", 4, "'s")).toEqual([4, 6]);
    expect(partSpan('gonna', 3, 'to')).toEqual([3, 5]);
  });

  it('keeps named mentions only, titles stripped, no nesting, groups optional and untyped', () => {
    expect(gumGold(readConllu(conllu))).toEqual({
      text,
      entities: [
        { ...at('Ann Holt'), type: 'PERSON' },
        { ...at('University of Leeds'), type: 'ORGANIZATION' },
        { ...at('Democrats'), type: null, optional: true },
        { ...at('Paris'), type: 'LOCATION' },
        { ...at('Holt', 50), type: 'PERSON' },
      ],
    });
  });

  it('runs a name over an inner "\'s" and over "of the", not over another referent\'s name', () => {
    const doc = [
      '# newpar',
      '# sent_id = invented-4',
      row('1-2', "Velmora's"),
      row('1', 'Velmora', 'PROPN', 'NNP', '4', 'nmod:poss', 'Entity=(2-place-new-sssss-cf2-4-sgl(1-place-new-sssss-cf1-2-sgl-Velmora'),
      row('2', "'s", 'PART', 'POS', '1', 'case', 'Entity=1)'),
      row('3', 'Grand', 'ADJ', 'NNP', '4', 'amod'),
      row('4', 'Hall', 'PROPN', 'NNP', '9', 'nsubj', 'Entity=2)'),
      row('5', 'and', 'CCONJ', 'CC', '8', 'cc'),
      row('6-7', "People's"),
      row('6', 'People', 'PROPN', 'NNP', '8', 'nmod:poss', 'Entity=(3-organization-new-sssss-cf3-5-sgl'),
      row('7', "'s", 'PART', 'POS', '6', 'case'),
      row('8', 'Fund', 'PROPN', 'NNP', '4', 'conj'),
      row('9', 'of', 'ADP', 'IN', '11', 'case'),
      row('10', 'the', 'DET', 'DT', '11', 'det'),
      row('11', 'Arts', 'PROPN', 'NNPS', '8', 'nmod', 'Entity=3)'),
      row('12', 'met', 'VERB', 'VBD', '0', 'root', 'SpaceAfter=No'),
      row('13', '.', 'PUNCT', '.', '12', 'punct'),
      '',
    ].join('\n');
    const { text: written, entities } = gumGold(readConllu(doc));
    const named = entities.map((e) => [written.slice(e.start, e.end), e.type]);
    expect(named).toEqual([
      ['Velmora', 'LOCATION'],
      ['Grand Hall', 'LOCATION'],
      ["People's Fund of the Arts", 'ORGANIZATION'],
    ]);
  });

  it('reads the news and interview documents of a checkout, in name order', () => {
    const checkout = mkdtempSync(path.join(tmpdir(), 'gum-'));
    mkdirSync(path.join(checkout, 'dep'));
    for (const name of ['GUM_news_b', 'GUM_interview_a', 'GUM_academic_c']) writeFileSync(path.join(checkout, 'dep', `${name}.conllu`), conllu);
    expect([...gumDocuments(checkout)].map((d) => [d.id, d.entities.length])).toEqual([
      ['GUM_interview_a', 5],
      ['GUM_news_b', 5],
    ]);
  });
});

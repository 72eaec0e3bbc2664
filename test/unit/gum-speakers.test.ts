// The speaker score on GUM's coreference chains, on a snippet written for the test.
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../src/cli/gum-conllu.js';
import { gumMentionAt, speakerCases, speakerTables } from '../../src/cli/gum-speakers.js';
import type { Entity, Extraction, Mention, Quote } from '../../src/extract/types.js';

const row = (id: string, form: string, upos: string, head: string, deprel: string, misc = '_') =>
  [id, form, '_', upos, '_', '_', head, deprel, '_', misc].join('\t');

// "Ann Holt met Tom Reyes. She said no. The ferry line said yes."; Ann Holt and "She" are chain 1, Tom Reyes
// chain 2, "The ferry line" chain 3 (named nowhere).
const conllu = [
  '# newpar',
  row('1', 'Ann', 'PROPN', '3', 'nsubj', 'Entity=(1-person-new-sssss-cf1-2-coref-Ann_Holt'),
  row('2', 'Holt', 'PROPN', '1', 'flat', 'Entity=1)'),
  row('3', 'met', 'VERB', '0', 'root'),
  row('4', 'Tom', 'PROPN', '3', 'obj', 'Entity=(2-person-new-sssss-cf2-2-sgl-Tom_Reyes'),
  row('5', 'Reyes', 'PROPN', '4', 'flat', 'Entity=2)|SpaceAfter=No'),
  row('6', '.', 'PUNCT', '3', 'punct'),
  '',
  row('1', 'She', 'PRON', '2', 'nsubj', 'Entity=(1-person-giv:act-sssss-cf1-1-coref)'),
  row('2', 'said', 'VERB', '0', 'root'),
  row('3', 'no', 'INTJ', '2', 'obj', 'SpaceAfter=No'),
  row('4', '.', 'PUNCT', '2', 'punct'),
  '',
  row('1', 'The', 'DET', '3', 'det', 'Entity=(3-organization-new-sssss-cf1-3-sgl'),
  row('2', 'ferry', 'NOUN', '3', 'compound'),
  row('3', 'line', 'NOUN', '4', 'nsubj', 'Entity=3)'),
  row('4', 'said', 'VERB', '0', 'root'),
  row('5', 'yes', 'INTJ', '4', 'obj', 'SpaceAfter=No'),
  row('6', '.', 'PUNCT', '4', 'punct'),
  '',
].join('\n');
const doc = readConllu(conllu);
const at = (s: string): Mention => ({ start: doc.text.indexOf(s), end: doc.text.indexOf(s) + s.length, text: s, kind: 'NAME' });
const entity = (id: string, name: string): Entity => ({ id, type: 'PERSON', name, aliases: [], mentions: [at(name)], gender: null });
const quote = (mention: Mention, entityId: string | null, name: string | null) => ({ confidence: 1, speaker: { entityId, name, mention } }) as unknown as Quote;
const extraction = (quotes: Quote[]) => ({ entities: [entity('e1', 'Ann Holt'), entity('e2', 'Tom Reyes')], quotes }) as unknown as Extraction;
const she = { ...at('She'), kind: 'PRONOUN' as const };
const line = { ...at('The ferry line'), kind: 'NOMINAL' as const };

describe('speakers scored on GUM chains', () => {
  it('finds the GUM mention that best covers a span', () => {
    expect(gumMentionAt(doc, at('She'))?.chain).toBe('1');
    expect(gumMentionAt(doc, at('ferry'))?.chain).toBe('3');
    expect(gumMentionAt(doc, at('met'))).toBeUndefined();
  });

  it('a pronoun resolved to a name of its chain is right, to another name wrong, to none unresolved', () => {
    const outcomes = (entityId: string | null) => speakerCases(doc, extraction([quote(she, entityId, null)])).map((c) => c.outcome);
    expect(outcomes('e1')).toEqual(['right']);
    expect(outcomes('e2')).toEqual(['wrong']);
    expect(outcomes(null)).toEqual(['unresolved']);
    expect(speakerCases(doc, extraction([quote(she, 'e1', null)]))[0]).toMatchObject({ mention: 'She', resolved: 'Ann Holt', chainNames: ['Ann Holt'] });
  });

  it('a description whose chain names nobody has no name to resolve to', () => {
    expect(speakerCases(doc, extraction([quote(line, null, null)])).map((c) => c.outcome)).toEqual(['no name in chain']);
  });

  it('counts and accuracy per group; a name said as its entity is named is not scored', () => {
    const cases = speakerCases(doc, extraction([quote(she, 'e1', null), quote(she, 'e2', null), quote(at('Ann Holt'), 'e1', 'Ann Holt')]));
    expect(cases).toHaveLength(2);
    const rows = speakerTables(cases).split('\n');
    expect(rows[0]).toBe('description     50.0 % (1/2)  right 1, wrong 1, unresolved 0, no name in chain 0, no chain 0');
    expect(rows.find((r) => r.includes('"she"'))).toContain('50.0 % (1/2)');
    expect(rows.find((r) => r.includes('descriptions'))).toContain('- % (0/0)');
  });
});

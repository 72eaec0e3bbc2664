// The README's API tour and the tabs GraphiQL opens with are one list: same operations, same words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TOUR_OPERATIONS } from '../../src/graphiql.js';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

function tourBlocks(): string[] {
  const tour = readme.slice(readme.indexOf('## API tour'), readme.indexOf('### Conventions'));
  return [...tour.matchAll(/```graphql\n([\s\S]*?)```/gu)].map((m) => m[1]!.trim());
}

describe('the API tour', () => {
  it('is the list of operations GraphiQL opens with, word for word', () => {
    expect(tourBlocks()).toEqual(TOUR_OPERATIONS.map((op) => op.document.trim()));
  });

  it('names each operation as its tab', () => {
    for (const op of TOUR_OPERATIONS) {
      const doc = parse(op.document);
      expect(doc.definitions).toHaveLength(1);
      expect(doc.definitions[0]).toMatchObject({ kind: 'OperationDefinition', name: { value: op.name } });
    }
  });
});

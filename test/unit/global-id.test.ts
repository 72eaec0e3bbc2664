import { encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeRowGlobalId, parseRowGlobalId } from '../../src/schema/global-id.js';

const strictly = (value: string) => {
  try {
    return decodeRowGlobalId(value);
  } catch {
    return null;
  }
};

it('reads global IDs and tells names apart without an error', () => {
  expect(parseRowGlobalId(encodeGlobalID('Entity', 42))).toEqual({ typename: 'Entity', id: '42' });
  for (const name of ['Syria', 'Ali Shamkhani', 'SNSC', 'abcd', '', encodeGlobalID('Entity', -1), encodeGlobalID('Entity', 2 ** 31)]) {
    expect(parseRowGlobalId(name), name).toBeNull();
  }
});

it('agrees with the strict decoder on any string, global ID or not', () => {
  const ids = fc.tuple(fc.constantFrom('Entity', 'Quote', '_x', '1A', ''), fc.oneof(fc.integer(), fc.string())).map(([t, id]) => encodeGlobalID(t, id));
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.base64String(), ids), (value) => {
      expect(parseRowGlobalId(value)).toEqual(strictly(value));
    }),
    { numRuns: 2000 },
  );
});

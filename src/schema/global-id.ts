// Global IDs are "<Type>:<row id>" in base64. Every row id is a PostgreSQL integer, so an ID whose
// number is not one (negative, fractional, ≥ 2^31) is invalid input, refused before any query.
import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';

const MAX_ROW_ID = 2 ** 31 - 1;
const ROW_ID = /^[1-9]\d{0,9}$/u;
const TYPENAME_THEN_ID = /^[A-Z_a-z]\w*:./u;

export function decodeRowGlobalId(globalID: string): { typename: string; id: string } {
  const decoded = decodeGlobalID(globalID);
  if (!ROW_ID.test(decoded.id) || Number(decoded.id) > MAX_ROW_ID) {
    throw new PothosValidationError(`Invalid global ID: ${globalID.slice(0, 100)}`);
  }
  return decoded;
}

/**
 * The global ID in `value`, or null when it is not one. Name arguments take names or IDs, so most
 * values are names: they are told apart without building an error (its stack trace costs more than
 * the rest of a small request).
 */
export function parseRowGlobalId(value: string): { typename: string; id: string } | null {
  if (!TYPENAME_THEN_ID.test(Buffer.from(value, 'base64').toString())) return null;
  try {
    return decodeRowGlobalId(value);
  } catch {
    return null;
  }
}

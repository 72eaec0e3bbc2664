// Global IDs are "<Type>:<row id>" in base64. Every row id is a PostgreSQL integer, so an ID whose
// number is not one (negative, fractional, ≥ 2^31) is invalid input, refused before any query.
import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';

const MAX_ROW_ID = 2 ** 31 - 1;

export function decodeRowGlobalId(globalID: string): { typename: string; id: string } {
  const decoded = decodeGlobalID(globalID);
  if (!/^[1-9]\d{0,9}$/u.test(decoded.id) || Number(decoded.id) > MAX_ROW_ID) {
    throw new PothosValidationError(`Invalid global ID: ${globalID.slice(0, 100)}`);
  }
  return decoded;
}

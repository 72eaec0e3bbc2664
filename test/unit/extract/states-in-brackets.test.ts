// A state's abbreviation in brackets after a member of Congress, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A harbour bill\n\n${body}`);

describe("a state's abbreviation alone in brackets", () => {
  it('is the state a member stands for, a place', () => {
    const bill = namesIn('Republican leaders, including Sens. Ray Cole (N.H.) and Ed Lane (S.C.), opposed the harbour bill.');
    expect(bill).toEqual(['PERSON:Ray Cole', 'LOCATION:N.H.', 'PERSON:Ed Lane', 'LOCATION:S.C.']);
    expect(namesIn('Rep. Jo Dean (N.Y.) voted for the harbour bill.')).toContain('LOCATION:N.Y.');
  });

  it('leaves other initials in brackets as they were', () => {
    expect(namesIn('The Velmora Harbour Board (VHB) backed the bill.')).toContain('ORGANIZATION:VHB');
  });
});

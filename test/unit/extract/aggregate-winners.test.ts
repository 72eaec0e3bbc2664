// A tie won on aggregate, on penalties or on away goals is a club's; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('the name a tie is won by', () => {
  it("is a club's, a town's or a person's-looking name alike, wherever the story names it", () => {
    const found = typedNames(
      'SOCCER - CUP RESULTS.\nKORVENA 1996-08-22\nResults of cup second leg matches on Thursday:\nIn Velmora: Gloria Marbury (Velmora) 2 Dinamo Korvena 1\nScorers: Gloria Marbury - Tom Pike (32nd)\nGloria Marbury won 4-2 on aggregate.\nSparta win 10-1 on aggregate.\nOstrava go through on away goals.',
    );
    expect(found.filter((m) => m === 'ORGANIZATION:Gloria Marbury')).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Sparta', 'ORGANIZATION:Ostrava', 'PERSON:Tom Pike']));
  });

  it("a nation's side stays the nation and a town at a venue the town", () => {
    const found = typedNames(
      'SOCCER - CUP RESULTS.\nKORVENA 1996-08-22\nItaly won 4-3 on penalties after a 1-1 draw in Ostrava.\nIn Ostrava, Ostrava win 3-1 on aggregate.',
    );
    expect(found).toContain('LOCATION:Italy');
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Ostrava', 'ORGANIZATION:Ostrava']));
  });
});

// A state's official name, its form, "of" and the place, is one place. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** Each entity of a short story with its type and name, as "TYPE name: words". */
const namesIn = (story: string) =>
  recognizeEntities(layout(`Envoys meet\n\n${story}`)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type} ${e.name}: ${m.text}`));

/** Stories, each with the names it holds. */
const STATES: Array<[string, string[]]> = [
  ['The Federal Republic of Yugoslavia sent two envoys to the talks.', ['LOCATION Yugoslavia: Federal Republic of Yugoslavia']],
  ['The Commonwealth of Virginia sued the harbour board.', ['LOCATION Virginia: Commonwealth of Virginia']],
  ['Envoys from the People’s Republic of China arrived on Monday.', ['LOCATION China: People’s Republic of China']],
  [
    'Ann Holt urged the Democratic People’s Republic of Korea to return.',
    ['PERSON Ann Holt: Ann Holt', 'LOCATION North Korea: Democratic People’s Republic of Korea'],
  ],
];
const UNCHANGED: Array<[string, string[]]> = [
  ['The People’s Bank of China cut its rate.', ['ORGANIZATION People’s Bank of China: People’s Bank of China']],
  ['Envoys met in the Republic of Ireland on Monday.', ['LOCATION Ireland: Republic of Ireland']],
];

describe("a state's official name", () => {
  it('is one place, the place it is the state of', () => {
    for (const [story, names] of STATES) expect(namesIn(story)).toEqual(names);
  });

  it('a body named for a place and a form before no place stay as they were', () => {
    for (const [story, names] of UNCHANGED) expect(namesIn(story)).toEqual(names);
    expect(namesIn('The Commonwealth of Independent States met in Minsk.').some((n) => n.startsWith('LOCATION') && n.includes('Commonwealth'))).toBe(false);
  });
});

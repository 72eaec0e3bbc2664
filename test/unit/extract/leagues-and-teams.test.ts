// Competitions and the sides and teams in them as sports news names them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const named = (text: string) => recognizeEntities(layout(text)).map((e) => `${e.type}:${e.name}`);

describe('leagues, sides and teams', () => {
  it('a league named in its own language is the competition, no place nor body ("scored 14 goals in Serie A")', () => {
    const text =
      'Transfer\n\nThe Uruguayan forward scored 14 goals in Serie A last season and will play in La Liga from July. ' +
      'He joined Ligue 1 side Brest in 2021, and Bundesliga clubs had also asked about him.';
    const found = named(text);
    for (const league of ['Serie A', 'Serie', 'La Liga', 'Ligue 1', 'Ligue', 'Bundesliga'])
      for (const type of ['LOCATION', 'ORGANIZATION', 'PERSON']) expect(found).not.toContain(`${type}:${league}`);
    expect(found).toContain('ORGANIZATION:Brest');
    // A league that acts is its body.
    expect(named('Appeal\n\nLa Liga said on Tuesday it would appeal against the ruling.')).toContain('ORGANIZATION:La Liga');
  });
});

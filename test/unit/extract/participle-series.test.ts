// A cue in "-ing" and a second "-ing" verb joined by "and" (participle-series.ts): the second is the
// subject's next act and ends the object the first reported. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../support/extraction.js';

describe('a second participle after the object of a participle cue', () => {
  it('ends the object before "and"', () => {
    expect(textsOf('The mayor spoke for an hour, touting the ferry deal and pounding the council over the delays.', 'touting')).toEqual(['the ferry deal']);
    expect(textsOf('Ann Holt was recalling her first year in office and detailing the cuts she made.', 'recalling')).toEqual(['her first year in office']);
    expect(textsOf('Tom Pike toured the docks, praising the new cranes and trying to calm the dockers.', 'praising')).toEqual(['the new cranes']);
  });

  it('lets the second participle report on its own where it is a cue', () => {
    expect(textsOf('Tom Pike toured the docks, criticizing the harbour levy and refusing to meet the union.', 'refusing')).toEqual(['to meet the union']);
  });

  it('keeps a noun or an adjective in "-ing" inside the object', () => {
    expect(textsOf('Ann Holt toured the yard, praising the new nets and fishing gear.', 'praising')).toEqual(['the new nets and fishing gear']);
    expect(textsOf('Tom Pike is criticizing low wages and growing inequality in Velmora.', 'criticizing')).toEqual([
      'low wages and growing inequality in Velmora',
    ]);
  });

  it('keeps a gerund object or one after a preposition whole', () => {
    expect(textsOf('Ann Holt was criticizing raising the levy and cutting the ferry service.', 'criticizing')).toEqual([
      'raising the levy and cutting the ferry service',
    ]);
  });
});

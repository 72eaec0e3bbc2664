// An attribution set off by commas inside a sentence interrupts one content, whose pieces stand on both
// sides of it: also when the words after it quote a speech verb of the speaker's own or open with
// "including", and when the cue names whom it told. Short examples written for the test (a ferry board in Velmora).
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

const intro = 'Ann Holt chairs the Velmora ferry board.';

describe('an attribution set off inside a sentence', () => {
  it('keeps quoted words after "but" as a piece, a speech verb inside them being the speaker\'s', () => {
    expect(partsAndSpeakers(`${intro} The ferries are inspected, Holt said, but "we never ask the crews where they sailed."`)).toEqual([
      [['The ferries are inspected', 'but "we never ask the crews where they sailed."'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} The pier is safe, Holt said, and “nobody told us otherwise.”`)).toEqual([
      [['The pier is safe', 'and “nobody told us otherwise.”'], 'Ann Holt'],
    ]);
  });

  it('but a clause of the narrator with a speech verb after "and" is another report', () => {
    expect(partsAndSpeakers(`${intro} The fares rose, Holt said, and a union accused the board of lying.`)[0]).toEqual([['The fares rose'], 'Ann Holt']);
  });

  it('goes on past "including" after it, a preposition, not the speaker\'s next act as "adding" is', () => {
    expect(partsAndSpeakers(`${intro} The ferries were late on most days, Holt said, including the two busiest weekends.`)).toEqual([
      [['The ferries were late on most days', 'including the two busiest weekends'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} The ferries were late, Holt said, adding that the board would meet.`)).toEqual([
      [['The ferries were late'], 'Ann Holt'],
      [['the board would meet'], 'Ann Holt'],
    ]);
  });

  it('steps over a listener named after "told"', () => {
    expect(partsAndSpeakers(`${intro} The new timetable, Holt told the Velmora Courier, will fail in court.`)).toEqual([
      [['The new timetable', 'will fail in court'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} The new timetable, Holt told CNN on Monday, will fail in court.`)).toEqual([
      [['The new timetable', 'will fail in court'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} The new timetable, Holt told reporters, will fail in court.`)).toEqual([
      [['The new timetable', 'will fail in court'], 'Ann Holt'],
    ]);
  });
});

// An attribution set off by commas inside a sentence interrupts one content, whose pieces stand on both
// sides of it: also when the words after it quote a speech verb of the speaker's own or open with
// "including", when the cue names whom it told, and past a listener or an occasion after a short
// opening without a verb. Short examples written for the test (a ferry board in Velmora).
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

  it('past a listener or an occasion, keeps a short opening without a verb as the first piece of the clause after it', () => {
    expect(partsAndSpeakers(`${intro} Instead, Tom Pike told reporters, his plan would cut the levy.`)).toEqual([
      [['Instead', 'his plan would cut the levy'], 'Tom Pike'],
    ]);
    expect(partsAndSpeakers(`${intro} Separately, Holt said on Monday, the Korvath pier will close for a week.`)).toEqual([
      [['Separately', 'the Korvath pier will close for a week'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} If anything, Holt argued in her letter, the ferry fares are too low.`)).toEqual([
      [['If anything', 'the ferry fares are too low'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers(`${intro} Instead, said Tom Pike, the Harlow ferry will stop at Korvath.`)).toEqual([
      [['Instead', 'the Harlow ferry will stop at Korvath'], 'Tom Pike'],
    ]);
  });

  it("but a clause before the attribution is the narrator's, and a participle opening is no such opening", () => {
    expect(partsAndSpeakers(`${intro} The ferry sank, Holt told reporters, the crew was rescued.`)).toEqual([[['the crew was rescued'], 'Ann Holt']]);
    expect(partsAndSpeakers(`${intro} Standing on the quay, Holt said on Monday, the ferries are safe.`).map(([parts]) => parts)).not.toContainEqual([
      'Standing on the quay',
      'the ferries are safe',
    ]);
  });
});

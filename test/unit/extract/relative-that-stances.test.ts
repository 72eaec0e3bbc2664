// A stance taken in a relative clause opened by "that" on the subject ("Unions that have endorsed him
// say …") reports its object only: the main clause's verb of speech after the object, in its plain
// form, ends it. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a stance in a "that" clause on the subject before the main verb of speech', () => {
  it.each([
    ['Unions that have endorsed him say they believe the council should pick the plan.', 'him'],
    ['Fishing groups that backed the levy argue the council should pick the plan.', 'the levy'],
  ])('%s: the stance is on %s, what follows is the main clause', (story, object) => {
    const readings = quoteReadings(story);
    expect(readings.map((q) => q.text)).toContain(object);
    expect(readings.filter((q) => q.text.includes('should pick')).every((q) => !q.text.startsWith(object))).toBe(true);
  });

  it('keeps "that" after a verb of speech what it reports', () => {
    const readings = quoteReadings('Ann Holt said that the harbour board has backed the plan.');
    expect(readings[0]?.text).toContain('the harbour board has backed the plan');
    expect(readings[0]?.speaker).toBe('Ann Holt');
  });
});

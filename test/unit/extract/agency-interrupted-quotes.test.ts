// How news agencies set a quotation interrupted by its attribution, each one speech event in pieces:
// “A,” she said. “B.” / “A,” she said, “b.” / “A” — she said — “b.” / a paragraph that goes on with
// the quotation and opens with the mark again. Short stories written for the test (a harbour in Velmora).
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('the pieces of a quotation interrupted by its attribution, as agencies set it', () => {
  it('“A,” she said. “B.”, with the speaker named before or after the cue', () => {
    expect(partsAndSpeakers('“We lost two piers in the storm,” harbour master Ann Holt said. “The rest of the dock is safe.”')).toEqual([
      [['We lost two piers in the storm,', 'The rest of the dock is safe.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“We lost two piers,” said Ann Holt, the harbour master. “The rest of the dock is safe.”')).toEqual([
      [['We lost two piers,', 'The rest of the dock is safe.'], 'Ann Holt'],
    ]);
  });

  it('“A,” she said, “b.”: one sentence going on after the attribution', () => {
    expect(partsAndSpeakers('“If the river rises again,” said Paul Wen, a farmer near Darrow, “we will lose the whole crop.”')).toEqual([
      [['If the river rises again,', 'we will lose the whole crop.'], 'Paul Wen'],
    ]);
  });

  it('a quotation paragraph with no closing mark, the next paragraph opening with the mark again', () => {
    expect(
      partsAndSpeakers(
        '“We lost two piers in the storm,” Ann Holt said. “The rest of the dock is safe.\n\n“We will reopen in May.”\n\nThe council meets Tuesday.',
      ),
    ).toEqual([[['We lost two piers in the storm,', 'The rest of the dock is safe.', 'We will reopen in May.'], 'Ann Holt']]);
  });
});

describe('an attribution set off by a pair of dashes', () => {
  it('is the interruption of one quotation: “A” — she said — “b.”', () => {
    expect(partsAndSpeakers('Ann Holt runs the harbour.\n\n“We lost two piers” — she said on Monday — “and the rest is safe.”')).toEqual([
      [['We lost two piers', 'and the rest is safe.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('Ann Holt runs the harbour.\n\n"We lost two piers" - she said - "and the rest is safe."')).toEqual([
      [['We lost two piers', 'and the rest is safe.'], 'Ann Holt'],
    ]);
  });

  it('also after a comma, and with the name before the cue (no name signing the quotation after a dash)', () => {
    expect(partsAndSpeakers('Ann Holt runs the harbour.\n\n“We lost two piers,” — she said — “and the rest is safe.”')).toEqual([
      [['We lost two piers,', 'and the rest is safe.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“We lost two piers” — Ann Holt said — “and the rest is safe.”')).toEqual([
      [['We lost two piers', 'and the rest is safe.'], 'Ann Holt'],
    ]);
  });

  it('but a name alone after a dash still signs the quotation', () => {
    expect(partsAndSpeakers('The budget was cut again. “Not again” — Ann Holt')).toEqual([[['Not again'], 'Ann Holt']]);
  });
});

describe('a show’s title in quotation marks inside the attribution', () => {
  it('quotes no one: the quotation after it goes on with the one before', () => {
    expect(partsAndSpeakers('"The pier will hold," Ann Holt said in an interview on VTV\'s "This Week with Tom Reyes." "We checked every bolt."')).toEqual([
      [['The pier will hold,', 'We checked every bolt.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“The pier will hold,” Ann Holt said on VTV’s “State of the Harbour.” “We checked every bolt.”')).toEqual([
      [['The pier will hold,', 'We checked every bolt.'], 'Ann Holt'],
    ]);
  });

  it('but quoted words of a sentence between still quote someone else', () => {
    expect(partsAndSpeakers('“We won,” Ann Holt said, as Tom Reyes went on about “how nobody in this town votes.” “Nobody.”')).toEqual([
      [['We won,'], 'Ann Holt'],
    ]);
  });
});

describe('a subordinate clause opening the sentence after a quotation', () => {
  it('is no attribution of the quotation before it: “B.” While growers welcomed …', () => {
    expect(
      partsAndSpeakers(
        '“There is little research on replacing coal,” Mark Dunn said. “They are just adding panels to a coal base.” While growers welcomed the plan, they were less pleased by the mines.',
      ),
    ).toEqual([[['There is little research on replacing coal,', 'They are just adding panels to a coal base.'], 'Mark Dunn']]);
  });

  it('but a cue after a name opening the sentence still attributes it', () => {
    expect(partsAndSpeakers('“Why now?” Tom Pike asked. “We waited ten years.”')).toEqual([[['Why now?', 'We waited ten years.'], 'Tom Pike']]);
  });
});

// How news agencies set a quotation interrupted by its attribution, each one speech event in pieces:
// “A,” she said. “B.” / “A,” she said, “b.” / “A” — she said — “b.” / a paragraph that goes on with
// the quotation and opens with the mark again. Short stories written for the test (a harbour in Velmora).
// Below, whole stories in the shapes agencies give one speech event, each checked for its kind, text,
// pieces and speaker: a quotation over three paragraphs, a title and an apposition in the attribution,
// an attribution after an opening subordinate clause, quoted words inside reported speech, a question
// and its answer, "said:" before a quotation, and an attribution between dashes.
import { describe, expect, it } from 'vitest';
import { extractBody, partsAndSpeakers } from '../../support/extraction.js';

/** Each quote of the body as its kind, its text, its parts' texts and its speaker name. */
const speechEvents = (body: string) => extractBody(body).quotes.map((q) => [q.kind, q.text, q.parts.map((p) => p.text), q.speaker.name]);

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

describe('agency stories, each one speech event with its kind, text, pieces and speaker', () => {
  it('a quotation over three paragraphs, the mark opened again on each', () => {
    const story =
      'Velmora General will shut its maternity ward in March.\n\n“We have looked at every option,” said Ann Holt, the hospital’s chief executive. ' +
      '“There are not enough births to keep the ward safe.\n\n“Mothers will go to Darrow, forty minutes away.\n\n“We know that is hard, and we are sorry.”\n\n' +
      'The council debates the closure on Friday.';
    expect(speechEvents(story)).toEqual([
      [
        'DIRECT',
        'We have looked at every option, There are not enough births to keep the ward safe. Mothers will go to Darrow, forty minutes away. We know that is hard, and we are sorry.',
        [
          'We have looked at every option,',
          'There are not enough births to keep the ward safe.',
          'Mothers will go to Darrow, forty minutes away.',
          'We know that is hard, and we are sorry.',
        ],
        'Ann Holt',
      ],
    ]);
  });

  it('a title and an apposition in the attribution: “A,” said Dr. Ann Holt, a surgeon at Velmora General, “b.”', () => {
    expect(speechEvents('“The ward is safe for now,” said Dr. Ann Holt, a surgeon at Velmora General, “but not after March.”')).toEqual([
      ['DIRECT', 'The ward is safe for now, but not after March.', ['The ward is safe for now,', 'but not after March.'], 'Ann Holt'],
    ]);
    expect(speechEvents('“We were not asked,” said Prof. Tom Reyes, head of surgery at Velmora General. “Nobody asked us.”')).toEqual([
      ['DIRECT', 'We were not asked, Nobody asked us.', ['We were not asked,', 'Nobody asked us.'], 'Tom Reyes'],
    ]);
  });

  it('the person named, past a title, after a description of the speaker (said the chief surgeon, Dr. Ann Holt)', () => {
    expect(partsAndSpeakers('“The ward is safe for now,” said the chief surgeon, Dr. Ann Holt.')).toEqual([[['The ward is safe for now,'], 'Ann Holt']]);
    // (A possessor's description gives way to the person named in apposition to it, and speaks without one.)
    expect(partsAndSpeakers('“The ward is safe,” said Velmora General’s chief surgeon, Dr. Ann Holt, “but not after March.”')).toEqual([
      [['The ward is safe,', 'but not after March.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“The ward is safe,” said Velmora’s surgeon, Ann Holt.')).toEqual([[['The ward is safe,'], 'Ann Holt']]);
    expect(partsAndSpeakers('“The ward is safe,” said Velmora’s Ann Holt.')).toEqual([[['The ward is safe,'], 'Ann Holt']]);
    expect(partsAndSpeakers('“The ward is safe,” said Velmora’s chief surgeon.')).toEqual([[['The ward is safe,'], 'Velmora']]);
  });

  it('an attribution after a subordinate clause opening the sentence, the speaker before or after the cue', () => {
    expect(speechEvents('If the dam fails, the engineer warned, the valley floods within an hour.')).toEqual([
      ['INDIRECT', 'If the dam fails the valley floods within an hour', ['If the dam fails', 'the valley floods within an hour'], 'the engineer'],
    ]);
    expect(speechEvents('If the dam fails, warned Ann Holt, the valley’s chief engineer, the whole town will flood.')).toEqual([
      ['INDIRECT', 'If the dam fails the whole town will flood', ['If the dam fails', 'the whole town will flood'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('When the river rises, said Ann Holt, the dam will not hold.')).toEqual([
      [['When the river rises', 'the dam will not hold'], 'Ann Holt'],
    ]);
  });

  it('quoted words inside reported speech: one mixed quote, not a quotation of its own', () => {
    expect(speechEvents('Ann Holt said the harbour plan was “dead on arrival” and would be withdrawn within a week.')).toEqual([
      [
        'MIXED',
        'the harbour plan was “dead on arrival” and would be withdrawn within a week',
        ['the harbour plan was “dead on arrival” and would be withdrawn within a week'],
        'Ann Holt',
      ],
    ]);
  });

  it('a question and its answer, both speakers named', () => {
    expect(speechEvents('“Will the harbour close?” asked Tom Reyes, a fisherman from Darrow. “Not while I am mayor,” replied Ann Holt.')).toEqual([
      ['DIRECT', 'Will the harbour close?', ['Will the harbour close?'], 'Tom Reyes'],
      ['DIRECT', 'Not while I am mayor,', ['Not while I am mayor,'], 'Ann Holt'],
    ]);
    expect(speechEvents('“Will the harbour close?” Tom Reyes asked Ann Holt. “No,” she said. “Not while I am mayor.”')).toEqual([
      ['DIRECT', 'Will the harbour close?', ['Will the harbour close?'], 'Tom Reyes'],
      ['DIRECT', 'No, Not while I am mayor.', ['No,', 'Not while I am mayor.'], 'Ann Holt'],
    ]);
  });

  it('"said:" before a quotation of two sentences, one piece', () => {
    expect(speechEvents('In a statement, the mayor of Velmora, Ann Holt, said: “The harbour will stay open. We have the money.”')).toEqual([
      ['DIRECT', 'The harbour will stay open. We have the money.', ['The harbour will stay open. We have the money.'], 'Ann Holt'],
    ]);
  });

  it('an aside after the cue set off by dashes, or a dash alone, before the quotation goes on', () => {
    expect(speechEvents('“The harbour” — said Ann Holt, the mayor — “will stay open.”')).toEqual([
      ['DIRECT', 'The harbour will stay open.', ['The harbour', 'will stay open.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“The harbour,” Ann Holt said — pausing for a long time — “will stay open.”')).toEqual([
      [['The harbour,', 'will stay open.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“The harbour will stay open,” Ann Holt said — “for ten more years at least.”')).toEqual([
      [['The harbour will stay open,', 'for ten more years at least.'], 'Ann Holt'],
    ]);
    // (An aside holding a cue of its own is another act of speech.)
    expect(partsAndSpeakers('“We won,” Ann Holt said — and then she added — “we will win again.”')).toEqual([
      [['We won,'], 'Ann Holt'],
      [['we will win again.'], 'Ann Holt'],
    ]);
  });
});

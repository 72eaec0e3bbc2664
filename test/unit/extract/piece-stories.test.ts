// One speech event, its pieces and its speaker, in the shapes news set out piece by piece takes:
// quoted sentences after a mixed quote, an attribution set mid-sentence, a long apposition between
// two pieces, an answer after a question, a quotation within a quotation, and a closing mark left
// out. Short stories written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { extractBody, partsAndSpeakers } from '../../support/extraction.js';

/** Each quote of the body as its kind, its parts' texts and its speaker name. */
const events = (body: string) => extractBody(body).quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker.name]);

describe('a mixed quote and the quoted sentences after it', () => {
  it('runs on over them as a piece of its own when they have no attribution of their own', () => {
    expect(events('Velmora mayor Ann Holt called the harbour plan “a costly mistake.” “It will cost jobs. It will cost trust.”')).toEqual([
      ['MIXED', ['the harbour plan “a costly mistake.”', 'It will cost jobs. It will cost trust.'], 'Ann Holt'],
    ]);
  });

  it('leaves them to an attribution of their own: “…,” she added', () => {
    expect(events('Ann Holt called the harbour plan “a costly mistake.” “It will cost jobs,” she added.')).toEqual([
      ['MIXED', ['the harbour plan “a costly mistake.”'], 'Ann Holt'],
      ['DIRECT', ['It will cost jobs,'], 'Ann Holt'],
    ]);
  });
});

describe('an attribution set mid-sentence without quote marks', () => {
  it('parts the content in two: "The plan, she said, will fail."', () => {
    expect(partsAndSpeakers('The harbour plan, Ann Holt said, will fail within a year.')).toEqual([
      [['The harbour plan', 'will fail within a year'], 'Ann Holt'],
    ]);
  });
});

describe('a quotation interrupted by a long attribution with an apposition', () => {
  it('is one event in two pieces: “A,” said X, who …, “b.”', () => {
    expect(partsAndSpeakers('“The harbour is the heart of this town,” said Ann Holt, who chairs the Velmora council, “and we will not let it die.”')).toEqual([
      [['The harbour is the heart of this town,', 'and we will not let it die.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('“We ran out of water on the third day,” said Piet Vos, 54, a farmer from Drenthe, “and nobody came.”')).toEqual([
      [['We ran out of water on the third day,', 'and nobody came.'], 'Piet Vos'],
    ]);
  });
});

describe('a quotation within a quotation closing with it', () => {
  it('leaves the quotation its speaker, named or described: “He said, ‘You are fired,’” the driver recalled', () => {
    expect(events('“My boss said, ‘You are fired,’” the driver recalled. “I could not believe it.”')).toEqual([
      ['DIRECT', ['My boss said, ‘You are fired,’', 'I could not believe it.'], 'the driver'],
    ]);
    expect(events('"The foreman said, \'Go home,\'" a welder recalled.')).toEqual([['DIRECT', ["The foreman said, 'Go home,'"], 'a welder']]);
  });

  it('still needs a comma or a stop before the marks for a description to be its speaker', () => {
    expect(events('“Harbour Lights” ferry owner said the boat was late.')).toEqual([['INDIRECT', ['the boat was late'], 'ferry owner']]);
  });
});

describe('a closing mark left out at the end of a paragraph', () => {
  it('ends the quotation with its paragraph: “A,” Holt said. “B.¶Narration.', () => {
    expect(partsAndSpeakers('“The plan is dead,” Ann Holt said. “We will start again.\n\nThe council meets on Friday.')).toEqual([
      [['The plan is dead,', 'We will start again.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('Ann Holt said: "The plan is dead. We will start again.\n\nThe council meets on Friday.')).toEqual([
      [['The plan is dead. We will start again.'], 'Ann Holt'],
    ]);
  });

  it('or with the last paragraph that opens with the mark again', () => {
    expect(partsAndSpeakers('“The plan is dead,” Ann Holt said. “We will start again.\n\n“We have the votes.\n\nThe council meets on Friday.')).toEqual([
      [['The plan is dead,', 'We will start again.', 'We have the votes.'], 'Ann Holt'],
    ]);
  });

  it('not where another double mark may be its misprinted close: called it “absurd“ on Monday', () => {
    expect(events('Ann Holt called the plan “absurd“ on Monday.\n\nThe council meets on Friday.')).toEqual([
      ['INDIRECT', ['the plan “absurd“ on Monday'], 'Ann Holt'],
    ]);
  });

  it('not for a mark opening its paragraph, nor for a single mark', () => {
    expect(extractBody('"The ferry will run all winter.\n\nThe council meets on Friday.').quotes).toEqual([]);
    expect(extractBody('Fans of the ‘90s band met in Velmora.\n\nThe band played for an hour.').quotes).toEqual([]);
  });
});

describe('a quotation in a headline', () => {
  it('is the speaker the story names: “…,” says Velmora mayor', () => {
    const text = '“We will not surrender,” says Velmora mayor\n\nThe mayor of Velmora, Ann Holt, vowed to fight the closure of the harbour.';
    expect(extract(text).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker.name])[0]).toEqual([['We will not surrender'], 'Ann Holt']);
  });
});

describe('an answer after a question in an interview paragraph', () => {
  it('is the one the sentence narrates after the question: "Asked …, Holt paused. “…”"', () => {
    expect(events('Asked whether the harbour would close, Ann Holt shook her head. “Never. Not while I am mayor.”')).toEqual([
      ['INDIRECT', ['whether the harbour would close'], null],
      ['DIRECT', ['Never. Not while I am mayor.'], 'Ann Holt'],
    ]);
    expect(events('When Tom Reyes asked her whether the harbour would close, Ann Holt laughed. “Never. Not while I am mayor.”')).toEqual([
      ['INDIRECT', ['whether the harbour would close'], 'Tom Reyes'],
      ['DIRECT', ['Never. Not while I am mayor.'], 'Ann Holt'],
    ]);
  });

  it('not more of the question’s words, nor of reported speech whose sentence ends with it', () => {
    expect(events('Tom Reyes said the harbour would close. “We have no money left.”')).toEqual([
      ['MIXED', ['the harbour would close', 'We have no money left.'], 'Tom Reyes'],
    ]);
  });

  it('after a question and an answer in quotation marks, each with its speaker', () => {
    expect(events('“Will the plant close?” asked a reporter. “No,” Jan Smit said. “We are staying in Velmora.”')).toEqual([
      ['DIRECT', ['Will the plant close?'], 'a reporter'],
      ['DIRECT', ['No,', 'We are staying in Velmora.'], 'Jan Smit'],
    ]);
  });
});

// An attribution with its speaker after the cue that closes the sentence: what stands between the
// clause and the cue, and what follows the speaker. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

/** Quotes as [cue, speaker surface, content]. */
const quotesOf = (body: string) => extractBody(body).quotes.map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text]);

// A clause of its own before the comma of a trailing attribution is part of what was said; a
// description or a relative clause set off before the cue stays an apposition; a relative clause
// after the role of a trailing speaker closes the attribution as it does right after the name.
const STORIES: Array<[string, Array<[string, string, string]>]> = [
  [
    'Even if the mill closed, some jobs would move to other towns, said Tom Reed.',
    [['said', 'Tom Reed', 'Even if the mill closed, some jobs would move to other towns']],
  ],
  ['When the rains come, the old dam will fail, says Ann Holt, an engineer.', [['says', 'Ann Holt', 'When the rains come, the old dam will fail']]],
  ['Ann Holt, a lawyer who has worked for the firm, said it would pay.', [['said', 'Ann Holt', 'it would pay']]],
  ['The ferry company, its shares having fallen, said it would cut jobs.', [['said', 'The ferry company', 'it would cut jobs']]],
  [
    'But that is not good enough, said Lena Hart, a senior analyst at Brook Capital, who notes that the mill is old.',
    [
      ['said', 'Lena Hart', 'But that is not good enough'],
      ['notes', 'who', 'the mill is old'],
    ],
  ],
];

describe('trailing attributions after a clause, a description or a role', () => {
  it.each(STORIES)('%s', (story, expected) => expect(quotesOf(story)).toEqual(expected));
});

// The object of a preposition or a verb inside a clause, before a comma, is no subject the words
// after the comma describe: the speaker stands after the cue; a description with no verb, and a
// subject further back, still speak before it.
const OBJECTS: Array<[string, Array<[string, string, string]>]> = [
  [
    'In a year when the levy is unpopular with voters, candidates have more room to drop it, said Tom Pike, a harbour official.',
    [['said', 'Tom Pike', 'In a year when the levy is unpopular with voters, candidates have more room to drop it']],
  ],
  [
    'Ann Holt lacks support from her colleagues on the council, whom she has angered with her remarks, said Tom Pike.',
    [['said', 'Tom Pike', 'Ann Holt lacks support from her colleagues on the council, whom she has angered with her remarks']],
  ],
  ['Tom Pike, who sits on the council, a body of nine, said the levy would stay.', [['said', 'Tom Pike', 'the levy would stay']]],
  ['Jane Roe, a spokeswoman for the ministry, said the levy would stay.', [['said', 'Jane Roe', 'the levy would stay']]],
  [
    'It became known as the Pike rule after Tom Pike, the harbour master, complained that he paid less than his clerk.',
    [['complained', 'Tom Pike', 'he paid less than his clerk']],
  ],
];

describe('trailing attributions after a clause that ends in an object', () => {
  it.each(OBJECTS)('%s', (story, expected) => expect(quotesOf(story)).toEqual(expected));
});

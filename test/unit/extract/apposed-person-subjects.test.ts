// A person named in apposition to the description that opens a clause speaks for it: "One of the
// men, Tom Pike, 70, had served on the ferry and said …" and "One pastor, Jon Reyes of Harbour Baptist
// Church in Korvena, said …" are Tom Pike's and Jon Reyes's. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The speaker's name and the words naming it, of the quote whose content opens with `content`. */
const speakerOf = (body: string, content: string) => {
  const q = extract(`Harbour news.\n\n${body}`).quotes.find((x) => x.text.startsWith(content));
  return q && [q.speaker.name, q.speaker.mention?.text];
};

describe('a person named in apposition to a description', () => {
  it('speaks for a part of a group, also past an age, for a verb joined to the clause', () => {
    expect(speakerOf('One of the men, Tom Pike, 70, had served on the ferry and said he was sure the levy would fail.', 'he was sure')).toEqual([
      'Tom Pike',
      'Tom Pike',
    ]);
    expect(speakerOf('One of the men, Tom Pike, said he was sure the levy would fail.', 'he was sure')).toEqual(['Tom Pike', 'Tom Pike']);
  });

  it('speaks past the body and the town it is from', () => {
    expect(speakerOf('One pastor, Jon Reyes of Harbour Baptist Church in Korvena, said he had made many calls.', 'he had made')).toEqual([
      'Jon Reyes',
      'Jon Reyes',
    ]);
    expect(speakerOf('One pastor backing Mr. Pike, Jon Reyes of Harbour Baptist Church in Korvena, said he had made many calls.', 'he had made')).toEqual([
      'Jon Reyes',
      'Jon Reyes',
    ]);
  });

  it('leaves two names listed and a group with no name as they were', () => {
    expect(speakerOf('Two of the men, Tom Pike and Jon Reyes, left the quay and said the levy would fail.', 'the levy would')?.[1]).toBe('Two of the men');
    expect(speakerOf('One of the men had served on the ferry and said he was sure the levy would fail.', 'he was sure')?.[1]).toBe('One of the men');
  });
});

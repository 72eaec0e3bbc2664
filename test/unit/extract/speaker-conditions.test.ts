// A condition or a likely result a speaker sets after a comma on what was said ("…, depending on
// fuel prices", "…, possibly forcing the yard to close") goes on with it; a participle of the
// narrator's ("…, prompting complaints") and one after an adverb of manner stay outside, the latter
// reporting what it says as a quote of its own. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The contents reported in one paragraph under a headline, with their speakers. */
function contentsOf(paragraph: string) {
  const text = `Harbour news\n\n${paragraph}`;
  return extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: text.slice(q.start, q.end) }));
}

describe('a condition or a likely result set after what was said', () => {
  it.each([
    [
      '"depending on" a condition',
      'Harbour economists predict two or three fare rises next year, depending on fuel prices.',
      'Harbour economists',
      'two or three fare rises next year, depending on fuel prices',
    ],
    [
      'a likely result after "possibly"',
      'Ann Holt said the new quay would cost jobs, possibly forcing the boatyard to close.',
      'Ann Holt',
      'the new quay would cost jobs, possibly forcing the boatyard to close',
    ],
    [
      'a likely result after "probably"',
      'The council said the bridge would open in May, probably easing the queues at the ferry.',
      'The council',
      'the bridge would open in May, probably easing the queues at the ferry',
    ],
  ])('goes on with it: %s', (_, paragraph, speaker, said) => {
    expect(contentsOf(paragraph)).toEqual([{ speaker, text: said }]);
  });

  it.each([['a participle of the narrator’s', 'Tom Reyes said the ferry was late, prompting complaints from islanders.', 'Tom Reyes', 'the ferry was late']])(
    'not %s',
    (_, paragraph, speaker, said) => {
      expect(contentsOf(paragraph)).toEqual([{ speaker, text: said }]);
    },
  );

  it('not a participle after an adverb of manner, which reports speech of its own as it would with no adverb', () => {
    const said = [
      { speaker: 'Ann Holt', text: 'the quay would close' },
      { speaker: 'Ann Holt', text: 'the council' },
    ];
    expect(contentsOf('Ann Holt said the quay would close, implicitly blaming the council.')).toEqual(said);
    expect(contentsOf('Ann Holt said the quay would close, blaming the council.')).toEqual(said);
  });
});

// A headline in title case reports up to the teaser or second clause it adds after what was said:
// a dash before capitalised words, "But" or "And" opening a clause, "While", "As" before another
// subject and its verb, a second speech verb after a comma, which reports what follows it as a quote
// of its own, in sentence case too. Headlines and stories written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The headline's quotes of a story (headline, blank line, body): speaker and content. */
function headlineQuotes(headline: string, body: string) {
  const text = `${headline}\n\n${body}`;
  return extract(text)
    .quotes.filter((q) => q.end <= headline.length)
    .map((q) => ({ speaker: q.speaker.name, text: text.slice(q.start, q.end) }));
}

const PIKE = 'Ada Pike, the former harbour master, spoke in Kestrel Bay on Tuesday.';
const BOARD = 'The harbour board met in Kestrel Bay on Tuesday.';

describe('a title-case headline with a teaser or a second clause', () => {
  it.each([
    ['a dash before the teaser', 'Ada Pike Just Revealed Who She Will Back For Mayor – It May Surprise You', PIKE, 'Ada Pike', 'Who She Will Back For Mayor'],
    ['a hyphen and "And"', 'Ray Hart Calls For Inquiry - And It Could Cost Millions', 'Ray Hart, a ferry captain, spoke on Tuesday.', 'Ray Hart', 'Inquiry'],
    [
      '"As" before another subject and its verb',
      'Harbour Chief Says No To New Ferry Deal As Islanders Step Up Their Protest',
      BOARD,
      'Harbour Chief',
      'No To New Ferry Deal',
    ],
    ['"While" opening another clause', 'Islanders Call For New Ferry While Council Weighs Bridge', BOARD, 'Islanders', 'New Ferry'],
  ])('ends before %s', (_, headline, body, speaker, said) => {
    expect(headlineQuotes(headline, body)).toEqual([{ speaker, text: said }]);
  });

  it.each([
    [
      'a dash inside quoted words, the speaker’s',
      'Ada Pike Says ‘Harbour Tolls – A Disgrace’ Must Go',
      PIKE,
      'Ada Pike',
      '‘Harbour Tolls – A Disgrace’ Must Go',
    ],
    ['"As" comparing', 'Ada Pike Says Trains Run As Fast As Ferries Do', PIKE, 'Ada Pike', 'Trains Run As Fast As Ferries Do'],
    ['"And" joining what was said', 'Council Leader Says Tolls And Parking Fees Will Rise', BOARD, 'Council Leader', 'Tolls And Parking Fees Will Rise'],
    [
      'a comma before a plural that is no speech verb',
      'Ada Pike Says Harbour Tolls, Fares And Parking Must Go',
      PIKE,
      'Ada Pike',
      'Harbour Tolls, Fares And Parking Must Go',
    ],
    ['a headline in sentence case', 'Council leader says tolls will rise - and so will fares', BOARD, 'Council leader', 'tolls will rise - and so will fares'],
  ])('keeps %s', (_, headline, body, speaker, said) => {
    expect(headlineQuotes(headline, body)).toEqual([{ speaker, text: said }]);
  });
});

describe('a headline’s second act after a comma', () => {
  it.each([
    [
      'a speech verb in title case',
      'Ada Pike Says Harbour Tolls Must Go, Warns Of Fare Rise',
      PIKE,
      [
        { speaker: 'Ada Pike', text: 'Harbour Tolls Must Go' },
        { speaker: 'Ada Pike', text: 'Fare Rise' },
      ],
    ],
    [
      'a speech verb in sentence case',
      'Mayor Holt slams harbour board, praises ferry crews for night rescue',
      'Mayor Ann Holt spoke in Kestrel Bay on Tuesday.',
      [
        { speaker: 'Ann Holt', text: 'harbour board' },
        { speaker: 'Ann Holt', text: 'ferry crews for night rescue' },
      ],
    ],
    [
      'quoted words in the second act',
      'Ada Pike Says Harbour Tolls Must Go, Calls Fare Rise ‘Shameful’',
      PIKE,
      [
        { speaker: 'Ada Pike', text: 'Harbour Tolls Must Go' },
        { speaker: 'Ada Pike', text: 'Fare Rise ‘Shameful’' },
      ],
    ],
  ])('is a quote of its own: %s', (_, headline, body, quotes) => {
    expect(headlineQuotes(headline, body)).toEqual(quotes);
  });

  it.each([
    ['an attribution after the comma', 'Ferry fares must rise, says harbour chief', BOARD, [{ speaker: 'harbour chief', text: 'Ferry fares must rise' }]],
    [
      'a comma inside quoted words',
      'Ada Pike Says ‘Tolls Must Go, Warns Of Fare Rise’',
      PIKE,
      [{ speaker: 'Ada Pike', text: '‘Tolls Must Go, Warns Of Fare Rise’' }],
    ],
  ])('is none after %s', (_, headline, body, quotes) => {
    expect(headlineQuotes(headline, body)).toEqual(quotes);
  });
});

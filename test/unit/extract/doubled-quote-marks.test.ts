// Quotation marks typed as two apostrophes (''…''), the style of some newspaper archives: they close
// a quotation before its attribution as a curly or straight mark does. Short examples written for
// the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the contract emits for an article whose first line is its headline, as [kind, speaker surface, parts]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.kind, q.speaker.mention?.text ?? null, q.parts.map((p) => p.text)]);
}

describe("a quotation in '' marks with the speaker after the cue", () => {
  it('takes the words opening its sentence before the marks, as with curly marks', () => {
    expect(quotesOf("The mill closed in May. They ''never gave us a chance to buy it,'' said Rosa Delgado.")).toEqual([
      ['MIXED', 'Rosa Delgado', ["They ''never gave us a chance to buy it,"]],
    ]);
    expect(quotesOf("The ferry stopped running. But ''the real question is who pays,'' said Ivo Marsh, a councillor.")).toEqual([
      ['MIXED', 'Ivo Marsh', ["But ''the real question is who pays,"]],
    ]);
    expect(quotesOf('The mill closed in May. They “never gave us a chance to buy it,” said Rosa Delgado.')).toEqual([
      ['MIXED', 'Rosa Delgado', ['They “never gave us a chance to buy it,”']],
    ]);
  });

  it('leaves a quotation opening its sentence as it is', () => {
    expect(quotesOf("The ferry stopped running. ''We were never asked,'' said Ivo Marsh.")).toEqual([['DIRECT', 'Ivo Marsh', ['We were never asked,']]]);
  });
});

describe("a quotation in '' marks running on over paragraphs", () => {
  it('is a piece in each paragraph, as with curly marks', () => {
    expect(
      quotesOf(
        "''The mill is closed,'' Rosa Delgado said. ''We will sell the looms in May.\n\n''The warehouse is another matter. Nobody knows who owns it.''\n\nThe council meets on Friday.",
      ),
    ).toEqual([
      ['DIRECT', 'Rosa Delgado', ['The mill is closed,', 'We will sell the looms in May.', 'The warehouse is another matter. Nobody knows who owns it.']],
    ]);
  });
});

describe("three apostrophes closing a quotation inside another (''… 'We won,''')", () => {
  it('close the inner quotation with the first and the outer with the last two', () => {
    expect(
      quotesOf("The ferry was late again. ''Voters will not settle for 'We will fix it later,''' said Tom Pike of Harlow, referring to the mayor."),
    ).toContainEqual(['DIRECT', 'Tom Pike', ["Voters will not settle for 'We will fix it later,'"]]);
    expect(quotesOf("The ferry was late again. ''We are told, 'Velmora is a special case,''' Ann Holt said. ''It is not.''")).toEqual([
      ['DIRECT', 'Ann Holt', ["We are told, 'Velmora is a special case,'", 'It is not.']],
    ]);
  });
});

describe("a quotation in '' marks right after the cue", () => {
  it('is what was said, not the question opening the sentence', () => {
    expect(quotesOf("Asked if the Harlow ferry would sail, Tom Pike said, ''No.''")).toEqual([
      ['INDIRECT', null, ['if the Harlow ferry would sail']],
      ['DIRECT', 'Tom Pike', ['No.']],
    ]);
  });
});

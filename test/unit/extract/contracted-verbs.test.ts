// Contracted verbs in what a cue reports: a subject pronoun written with its clitic ("they’re",
// "he'd") and an auxiliary negated in one word ("don't", "can’t") are finite verbs as their full
// forms are. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { contractionTags, isSubjectWithClitic } from '../../../src/extract/contractions.js';
import { isAuxiliary, isFiniteAuxiliary, isFiniteVerb, isModal } from '../../../src/extract/lexicon.js';

/** The quotes of an article whose first line is its headline: cue and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('a contracted verb', () => {
  it('is a finite verb of the tense and kind of its full form', () => {
    expect(contractionTags("didn't")).toEqual(['PastTense']);
    expect(contractionTags('won’t')).toEqual(['Modal']);
    expect(contractionTags("they're")).toEqual(['Copula', 'PresentTense']);
    expect(contractionTags("she'll")).toEqual(['Modal']);
    expect(contractionTags("harbour's")).toBeUndefined();
    expect(["doesn't", 'isn’t', "we've", "I'm"].filter(isFiniteVerb)).toEqual(["doesn't", 'isn’t', "we've"]);
  });

  it('a negated auxiliary is an auxiliary, not a modal', () => {
    expect(["didn't", 'can’t', "won't", "hasn't"].filter(isFiniteAuxiliary)).toEqual(["didn't", 'can’t', "won't", "hasn't"]);
    expect(["didn't", 'can’t'].filter(isAuxiliary)).toEqual(["didn't", 'can’t']);
    expect(["can't", "won't"].filter(isModal)).toEqual([]);
  });

  it('a subject pronoun with its clitic, not a name with its possessive', () => {
    expect(["he'd", 'They’re', "it's", "Reyes's", "town's"].filter(isSubjectWithClitic)).toEqual(["he'd", 'They’re', "it's"]);
  });
});

describe('what a cue reports with a contracted verb', () => {
  it('is a clause of two words, as with the full form', () => {
    expect(quotesOf("Tom Okafor said they're leaving.")).toEqual([{ cue: 'said', text: "they're leaving" }]);
    expect(quotesOf('The ferry captain said she’ll wait.')).toEqual([{ cue: 'said', text: 'she’ll wait' }]);
  });

  it('is a clause after a listener', () => {
    expect(quotesOf("Mara Lindqvist told the Harbour Gazette she'd back the levy in a vote next spring.")).toEqual([
      { cue: 'told', text: "she'd back the levy in a vote next spring" },
    ]);
    expect(quotesOf("The warden told reporters residents don't trust the new sirens.")).toEqual([
      { cue: 'told', text: "residents don't trust the new sirens" },
    ]);
  });

  it('is a clause after a cue that may be a noun', () => {
    expect(quotesOf("Dario Pell claims he's owed two years of wages.")).toEqual([{ cue: 'claims', text: "he's owed two years of wages" }]);
  });

  it('still ends the words a verb negated in one word speaks of', () => {
    expect(quotesOf("The minister didn't mention the harbour closures in her speech.")).toEqual([{ cue: 'mention', text: 'the harbour closures' }]);
  });

  it('a pronoun with its clitic alone stands for words said before', () => {
    expect(quotesOf("Asked whether the dam would hold, the engineer said it'd.")).not.toContainEqual({ cue: 'said', text: "it'd" });
  });
});

describe('a thing told after the listener', () => {
  it('ends the listener, and its relative clause is no content', () => {
    expect(quotesOf("The filings wouldn't tell the regulator anything it doesn't already know.")).toEqual([]);
  });
});

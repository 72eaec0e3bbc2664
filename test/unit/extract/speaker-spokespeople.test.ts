// Spokespeople: one who spoke for a body known only by a description goes on as "she", and "the
// ministry's spokeswoman" is nobody the text made another body's spokesman or spokeswoman.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('spokespeople as speakers', () => {
  it('"She said" after "a spokeswoman for the ministry said" goes on for the ministry', () => {
    const story =
      'The defence ministry on Wednesday denied a newspaper report that it had agreed to sell armoured vehicles. ' +
      '“There is no such agreement and there never was,” a spokeswoman for the ministry said. ' +
      'She said the report in the weekly Der Kurier was “based on a misreading of export documents”.';
    expect(speakersOf(story).slice(-2)).toEqual(['The defence ministry', 'The defence ministry']);
  });

  it('"The ministry’s spokeswoman" is not a man titled spokesman, nor a party’s spokeswoman', () => {
    const story =
      'Green party defence spokeswoman Lena Vogt said the answers were not enough. ' +
      'A government spokesman, Thomas Reuter, told reporters there was nothing to inquire into. ' +
      'The ministry’s spokeswoman later added that the documents related to a sale to Norway.';
    expect(speakersOf(story)).toEqual(['Lena Vogt', 'Thomas Reuter', 'The ministry’s spokeswoman']);
  });
});

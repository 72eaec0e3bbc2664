// A speaker described as someone's kin is the person the text introduced as that kin.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';

describe('speakers described as kin', () => {
  it('a kin word set before the name it describes is no content said before the cue', () => {
    const quotes = extract('Jenny Whitcombe, 44, died at the scene. Mrs Whitcombe’s husband, Daniel, said outside court: “Justice has been done.”').quotes;
    expect(quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([['DIRECT', 'Justice has been done.', 'Daniel Whitcombe']]);
  });

  it('"His son said" is the son the text named, not someone unnamed', () => {
    const story =
      'Graham Whitfield, 52, took bronze an hour before his son Luke, 22, won gold. “I was nervous watching him,” Graham Whitfield said. ' +
      'His son said he hoped to be selected in the spring.';
    expect(speakersOf(story)).toEqual(['Graham Whitfield', 'Luke Whitfield']);
  });

  it('a kin named in apposition after the word is found too', () => {
    const story =
      'Sharon Pike left with her dog. “I made him come,” she said. Her husband, Ray Pike, stayed at the centre. ' +
      'Relief workers brought blankets. Her husband said he was worried about the house.';
    expect(speakersOf(story)).toEqual(['Sharon Pike', 'Ray Pike']);
  });
});

describe('speakers described as the kin of someone introduced as kin', () => {
  it('"His father said" after "Peter Lamb and his son Daniel" is Peter Lamb', () => {
    const story =
      'Peter Lamb, 61, and his son Daniel, 33, set out from Amble on Saturday. ' +
      '“The next minute I was under the water,” Daniel Lamb said from his hospital bed. ' +
      'His father said they had agreed to stay with the boat.';
    expect(speakersOf(story)).toEqual(['Daniel Lamb', 'Peter Lamb']);
  });

  it('"Her husband said" after "Tom Reed and his wife, Joan" is Tom Reed', () => {
    const story =
      'Tom Reed and his wife, Joan, lost their home in the flood. “We have nothing left,” Joan Reed said. ' +
      'Her husband said the insurers had not called back.';
    expect(speakersOf(story)).toEqual(['Joan Reed', 'Tom Reed']);
  });
});

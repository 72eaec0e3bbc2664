// Where a content ends when the cue stands in a clause of its own inside the sentence: a relative
// clause on the speaker, however many verbs it joins. Short examples written for the test in the
// style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a cue in a relative clause on its speaker', () => {
  it('reports up to the closing comma, past verbs the clause joins before the cue', () => {
    expect(quotesSaid('Refugee groups, who have long argued that detention breaches the law, called for the men to be freed.')).toContainEqual(
      expect.objectContaining({ cue: 'argued', text: 'detention breaches the law' }),
    );
    expect(quotesSaid('The two sailors, who were rescued on Monday and then told officers they had been robbed, will fly home.')).toContainEqual(
      expect.objectContaining({ cue: 'told', text: 'they had been robbed' }),
    );
  });

  it('without commas, reports a phrase up to the main clause’s verb', () => {
    expect(quotesSaid('Several backbenchers who had threatened to rebel welcomed the change.')).toEqual([
      expect.objectContaining({ cue: 'threatened', text: 'to rebel' }),
      expect.objectContaining({ cue: 'welcomed', speaker: 'Several backbenchers', text: 'the change' }),
    ]);
    expect(quotesSaid('Nine miners who crossed the border last month and then asked to stay will be granted visas, the ministry said.')).toContainEqual(
      expect.objectContaining({ cue: 'asked', text: 'to stay' }),
    );
  });
});

describe('a cue in a relative clause on the sentence’s subject, a clause for content', () => {
  it('reports up to the main clause’s auxiliary', () => {
    expect(quotesSaid('A cyclist who argued that the junction had been badly designed has lost his claim for damages.')).toEqual([
      expect.objectContaining({ cue: 'argued', text: 'the junction had been badly designed' }),
    ]);
    expect(quotesSaid('A landlord who insisted the tenants had left the flat in ruins has been ordered to return their deposit.')).toEqual([
      expect.objectContaining({ cue: 'insisted', text: 'the tenants had left the flat in ruins' }),
    ]);
    expect(quotesSaid('Shop owners who complained the roadworks kept customers away will get a rates rebate.')).toEqual([
      expect.objectContaining({ cue: 'complained', text: 'the roadworks kept customers away' }),
    ]);
  });

  it('past a clause that a verb of speech or belief in the content opens', () => {
    expect(quotesSaid('Two porters who said the hospital knew the lift was faulty were not called as witnesses.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the hospital knew the lift was faulty' }),
    ]);
  });
});

describe('a cue in a relative clause on the sentence’s subject, a phrase for content', () => {
  it('reports up to the main clause’s verb, and the subject speaks with that verb', () => {
    expect(quotesSaid('A tenant who accused the landlord of neglect told the tribunal the boiler had failed twice.')).toEqual([
      expect.objectContaining({ cue: 'accused', speaker: 'A tenant', text: 'the landlord of neglect' }),
      expect.objectContaining({ cue: 'told', speaker: 'A tenant', text: 'the boiler had failed twice' }),
    ]);
    expect(quotesSaid('Residents who complained about the smell from the farm said the council had done nothing.')).toEqual([
      expect.objectContaining({ cue: 'complained', speaker: 'Residents', text: 'the smell from the farm' }),
      expect.objectContaining({ cue: 'said', speaker: 'Residents', text: 'the council had done nothing' }),
    ]);
    expect(quotesSaid('A farmer who blamed the water company for the pollution said his cattle would not drink from the stream.')).toEqual([
      expect.objectContaining({ cue: 'blamed', speaker: 'A farmer', text: 'the water company for the pollution' }),
      expect.objectContaining({ cue: 'said', speaker: 'A farmer', text: 'his cattle would not drink from the stream' }),
    ]);
    expect(quotesSaid('The trustee who accused the chairman of bullying staff has resigned.')).toEqual([
      expect.objectContaining({ cue: 'accused', speaker: 'The trustee', text: 'the chairman of bullying staff' }),
    ]);
  });

  it('a passive accusation in the clause leaves the subject to speak', () => {
    expect(quotesSaid('A builder who was accused of cutting corners said the inspectors had signed off every job.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'A builder', text: 'the inspectors had signed off every job' }),
    ]);
  });

  it('after a clause for content, ends at the main clause’s cue, whose subject speaks', () => {
    expect(quotesSaid('Villagers who complained that the quarry was too loud said the council had ignored them.')).toEqual([
      expect.objectContaining({ cue: 'complained', speaker: 'Villagers', text: 'the quarry was too loud' }),
      expect.objectContaining({ cue: 'said', speaker: 'Villagers', text: 'the council had ignored them' }),
    ]);
  });
});

describe('"all but" inside a content', () => {
  it('is "almost", no conjunction the narration goes on after', () => {
    expect(quotesSaid('Economists said the statement all but guaranteed a cut in June.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'the statement all but guaranteed a cut in June' }),
    ]);
  });
});

describe('a cue in a relative clause whose pronoun is the subject of what was said', () => {
  it('is a verb for sure, and its subject speaks, a place standing for its government too', () => {
    expect(quotesSaid('The test came a week after a rocket launch which state media claimed had put a satellite into orbit.')).toEqual([
      expect.objectContaining({ cue: 'claimed', speaker: 'state media', text: 'which had put a satellite into orbit' }),
    ]);
    expect(quotesSaid('It followed a launch which Pyongyang claimed had put a satellite into orbit.')).toEqual([
      expect.objectContaining({ cue: 'claimed', speaker: 'Pyongyang', text: 'which had put a satellite into orbit' }),
    ]);
  });

  it('opens at the pronoun past an article the speaker leaves out, and at "that" before a verb', () => {
    expect(quotesSaid('The launch, which the North says was a success, drew protests.')).toEqual([
      expect.objectContaining({ cue: 'says', text: 'which was a success' }),
    ]);
    expect(quotesSaid('It was a launch that state media said was a success.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'state media', text: 'was a success' }),
    ]);
  });
});

describe('what the narrator adds after a content', () => {
  it('a noun whose relative clause tells what others said of it is no part of the content', () => {
    expect(quotesSaid('The company promised that the feature would arrive next year, a delay that some investors described as embarrassing.')).toEqual([
      expect.objectContaining({ cue: 'promised', text: 'the feature would arrive next year' }),
    ]);
  });

  it('when it was said, after an attribution set off by commas, closes the clause before it', () => {
    expect(quotesSaid('North Korea fired a missile on Wednesday, the military said, two days after it launched a rocket.')).toEqual([
      expect.objectContaining({ cue: 'said', text: 'North Korea fired a missile on Wednesday' }),
    ]);
  });
});

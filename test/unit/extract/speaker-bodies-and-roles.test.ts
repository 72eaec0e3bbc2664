// A description of a body or a role resolves only to what can be that: an illness named by its
// discoverer is no company, and a role given in a relative clause rules out another office.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('descriptions that cannot be an illness or another office', () => {
  it('"the company" is no illness the story named', () => {
    const story =
      'A drug that slows Alzheimer’s disease will be offered to patients from next year. Alzheimer’s affects nearly a million people in Britain. ' +
      '“This is a real step forward,” said Dr Hannah Berg, a neurologist. The company said it would cut 300 jobs to pay for the launch.';
    expect(speakersOf(story)).toEqual(['Hannah Berg', 'The company']);
  });

  it('"the firm" after patients with an illness is the firm, not the illness', () => {
    const story = 'Patients with Parkinson’s will get a new treatment. Parkinson’s affects 150,000 people. The firm said the cuts were needed.';
    expect(speakersOf(story)).toEqual(['The firm']);
  });

  it('"the regional governor" is not the one a relative clause made foreign minister', () => {
    const story =
      'Floods forced thousands from their homes. “We are sending help,” said Petra Novak, who has been foreign minister since 2021. ' +
      'At least 12 people have died, according to the regional governor. “The water is still rising,” the governor told local television.';
    expect(speakersOf(story)).toEqual(['Petra Novak', 'the regional governor', 'the regional governor']);
  });
});

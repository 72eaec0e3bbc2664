// A role description opening a sentence, with nobody given the role, goes on about the person in view
// it may describe, and a "he" or "she" opening the next sentence is read with it in view. Short
// stories written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { nationUntold } from '../../../src/extract/role-fit.js';

describe('descriptions opening a sentence with nobody titled so', () => {
  it('a "she" after the description is the person described, not one named as an object', () => {
    const story =
      'Democratic candidate Ann Holt is moving staff to Korvath as money runs short. Spokesman Tom Pike says the candidate runs a lean race. ' +
      'The former Velmora governor has trailed Mary Crane and Jane Ruddle in the polls. She has sharpened her attacks on her rivals.';
    expect(speakersOf(story).at(-1)).toBe('Ann Holt');
  });

  it('a "she" after a description of the role a person holds is that person', () => {
    const story = 'Sen. Ann Holt toured the harbour with Mary Crane on Monday. The senator then dismissed the levy plan. She said the quay was safe.';
    expect(speakersOf(story).at(-1)).toBe('Ann Holt');
  });

  it('a trade the story gives with the name, or one speaking for another, is someone new', () => {
    const inspector = 'Ann Holt reopened her cafe by the quay on Monday. The inspector had closed it in May. She said the kitchen had been rebuilt.';
    expect(speakersOf(inspector).at(-1)).toBe('Ann Holt');
    const spokesman = 'Mayor Tom Pike met ferry owners at the quay. The spokesman then read a statement to reporters. He said the levy would stay.';
    expect(speakersOf(spokesman).at(-1)).toBe('Tom Pike');
  });

  it('a name set beside the description is who it stands for, not the person in view', () => {
    const story =
      'Sen. Mary Crane called the levy a disgrace on Monday. The leader of the Harbour Trust, Jonas Greve, warned that the quay would close. He said crews would lose their jobs.';
    expect(speakersOf(story).at(-1)).toBe('Jonas Greve');
  });

  it('a nation the person in view was never titled with, or a plural, stands for no one in view', () => {
    const story = 'Tom Pike flew to Harlow to meet ferry owners on Monday. The Danish leader has refused to see him. He said the talks would go ahead anyway.';
    expect(speakersOf(story).at(-1)).toBe('Tom Pike');
    expect(nationUntold('the Danish leader', { roles: new Set(['leader']), qualifiers: new Set<string>() })).toBe(true);
    expect(nationUntold('the Danish leader', { roles: new Set(['leader']), qualifiers: new Set(['denmark']) })).toBe(false);
    expect(nationUntold('the former Velmora governor', undefined)).toBe(false);
  });
});

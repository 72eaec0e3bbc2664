// A document or an advertisement speaks for whoever puts it out in any form of the issuing verb
// ("is releasing an ad that urges …", "backtracked, issuing a statement saying …", "to air an ad
// calling …"), and a subject placed by "in" ("The harbour museum in Korvena issued …") is the
// phrase before it. Short examples written for the test in the style of campaign news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('issuing verbs in every form', () => {
  it('a progressive, a participle after a comma or an infinitive issues the document as the past does', () => {
    expect(speakersOf('Ann Holt is releasing a new ad that urges voters to “send a message” to the banks.')).toEqual(['Ann Holt']);
    expect(speakersOf('The campaign quickly backtracked, issuing a statement that said the remark was “a joke.”')).toEqual(['The campaign']);
    expect(speakersOf('The campaign is expecting to air a new ad that paints rival Tom Pike as “a job-killer.”')).toEqual(['The campaign']);
    expect(speakersOf('The campaign aired an ad Monday calling Tom Pike “a job-killer.”')).toEqual(['The campaign']);
  });

  it('the past form still issues it', () => {
    expect(speakersOf('Ann Holt released a new ad that urges voters to “send a message” to the banks.')).toEqual(['Ann Holt']);
  });

  it('a subject placed by "in" issues the document', () => {
    expect(speakersOf('The harbour museum in Korvena issued a statement saying the council had “failed the coast.”')).toEqual(['The harbour museum']);
  });

  it('a document nobody is said to put out speaks for itself', () => {
    expect(speakersOf('The new ad urges voters to “send a message” to the banks.')).toEqual(['The new ad']);
    expect(speakersOf('A judge in Korvena said the council had “failed the coast.”')).toEqual(['A judge']);
    // ("a Tom Pike tweet": a noun where a verb's base form is spelt the same issues nothing.)
    expect(speakersOf('Ann Holt is describing as “unhinged” a Tom Pike tweet attacking a former Miss Velmora.')).toEqual(['Ann Holt']);
  });
});

// Idioms of "say" and "call" that report no speech: "easier said than done", "too close to call",
// calls made on the telephone.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('idioms of say and call', () => {
  it('easier said than done says nothing', () => {
    expect(quotesSaid('But closing the pier is easier said than done in Velmora.')).toEqual([]);
  });

  it('a race too close to call calls for nothing', () => {
    expect(quotesSaid('Tom Hale made a similar charge in Velmora, causing that race to be too close to call for much of election night.')).toEqual([]);
  });

  it('calls made or taken on the telephone report nothing', () => {
    expect(quotesSaid('For Tom Hale, making calls two nights a week is a way to help the mayor.')).toEqual([]);
  });

  it('the verbs in their sense of speech still report', () => {
    expect(quotesSaid('Ann Holt said the pier would close.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'the pier would close' }]);
    expect(quotesSaid('Ann Holt called the plan a disgrace.')).toEqual([{ cue: 'called', speaker: 'Ann Holt', text: 'the plan a disgrace' }]);
  });
});

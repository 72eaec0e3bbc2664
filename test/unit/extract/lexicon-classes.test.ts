// The lexicon's closed word classes: which words each takes, in any case.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_ALTERNATIVES,
  isArticle,
  isAuxiliary,
  isCopula,
  isFiniteAuxiliary,
  isModal,
  isPerfectAuxiliary,
  isPluralNoun,
  isPluralAuxiliary,
} from '../../../src/extract/lexicon.js';
import { isSubjectPronoun, POSSESSIVE_DETERMINERS } from '../../../src/extract/speaker-words.js';

const members = (test: (w: string) => boolean, words: string) => words.split(' ').filter(test);

describe('auxiliary classes', () => {
  const words = "am is are was were be been being do does did has have had will would can could shall should may must ’ve 'd said remains";

  it('tell modals, copulas, finite auxiliaries and all auxiliaries apart', () => {
    expect(members(isModal, words)).toEqual(['will', 'would', 'can', 'could', 'should', 'may', 'must']);
    expect(members(isCopula, words)).toEqual(['is', 'are', 'was', 'were']);
    expect(members(isFiniteAuxiliary, words)).toEqual([
      ...['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had'],
      ...['will', 'would', 'can', 'could', 'should', 'may', 'must'],
    ]);
    expect(members(isAuxiliary, words)).toEqual([
      ...['am', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had'],
      ...['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'must'],
    ]);
  });

  it('take the perfect’s contractions and the plural’s forms', () => {
    expect(members(isPerfectAuxiliary, words)).toEqual(['has', 'have', 'had', '’ve', "'d"]);
    expect(members(isPluralAuxiliary, words)).toEqual(['are', 'were', 'have']);
    expect(isFiniteAuxiliary('Would') && isModal('MUST') && isPerfectAuxiliary("'S")).toBe(true);
  });
});

describe('pronoun classes', () => {
  it('take the subject pronouns in any case, and the possessive determiners', () => {
    expect(members(isSubjectPronoun, 'He she I you it They them his there')).toEqual(['He', 'she', 'I', 'you', 'it', 'They']);
    expect('the his Her their its our my your a them'.split(' ').filter((w) => POSSESSIVE_DETERMINERS.has(w))).toEqual([
      ...['his', 'their', 'its', 'our', 'my', 'your'],
    ]);
  });
});

describe('articles', () => {
  it('are "a", "an" and "the" in any case, also as alternatives of a pattern', () => {
    expect(members(isArticle, 'a An THE another this his')).toEqual(['a', 'An', 'THE']);
    expect(new RegExp(`^(?:${ARTICLE_ALTERNATIVES}) plan$`, 'u').test('an plan')).toBe(true);
  });
});

describe('plural nouns', () => {
  it('are those the lexicon lists and those without -s that take a plural verb, in any case', () => {
    expect(members(isPluralNoun, 'officials Children staff personnel folk police plan says news they')).toEqual([
      ...['officials', 'Children', 'staff', 'personnel', 'folk', 'police'],
    ]);
  });
});

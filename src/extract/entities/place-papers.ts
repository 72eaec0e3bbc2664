// "the Charlotte Observer", "the Harlow Courier", "the Kelso Standard": after "the" (or cited after a dash), a place the gazetteer knows
// and a word newspapers are titled with name a paper, a body, though the place is a given name too
// ("Charlotte") or the word an ordinary one ("Observer", "Standard"); without the place ("an independent
// observer", "the Lone Star") the words are left to the other rules.
import { lookupLocation } from '../gazetteer.js';
import type { Candidate } from './candidates.js';
import { PAPER_TITLES } from './named-body-vocabulary.js';

/** Words a paper is titled with after its place, besides those it may be named by alone ("Times", "Observer"). */
const PAPER_WORDS = new Set([...PAPER_TITLES, ...'courier register ledger globe star sun standard leader bee beacon record news review press'.split(' ')]);

/** "“Ferry papers found on a Harlow street” — Harlow Courier, August 16, 2008": a source cited after a dash, before its date's comma. */
const citedAfterDash = (c: Candidate) => /^[—–]$/u.test(c.prev) && c.next === ',';

/** Whether the name, after "the" or cited after a dash, is a place's and a paper's word. */
export const namesPlacePaper = (c: Candidate) =>
  (c.prev.toLowerCase() === 'the' || citedAfterDash(c)) &&
  c.words.length >= 2 &&
  c.words.length <= 4 &&
  PAPER_WORDS.has(c.words[c.words.length - 1]!.toLowerCase()) &&
  !!lookupLocation(c.words.slice(0, -1).join(' '));

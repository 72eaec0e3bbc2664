// Kinds of body that, right before a name, say what it is: "employers' federation Confindustria",
// "media watchdog Ofcom", "the charity Shelter", "the union Unison". The kinds of firm that do so
// are the company words (`isCompanyWord`); these are the public bodies and associations. Those who
// campaign for a body say so after its name ("Greenpeace activists"), as a body's own word does in
// lower case ("the Wagner group").
import { tagsOf } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { PARTY_WORDS } from './person-vocabulary.js';

const BODY_KINDS = new Set('federation confederation association charity watchdog regulator union coalition alliance movement foundation'.split(' '));

/** A kind of body right before the name, in lower case as apposition writes it; not before a name cut
 *  short at its "the" or "of" ("the charity Save the Children"), which is no name of its own. */
export const bodyKindBefore = (c: Candidate) => BODY_KINDS.has(c.prev) && c.next !== 'the' && c.next !== 'of';

// Those who campaign for a body, named after it: "Greenpeace activists", "Amnesty campaigners".
const CAMPAIGNERS = new Set(['activists', 'campaigners', 'volunteers']);

/** "Greenpeace activists": one word of no other kind before its campaigners (`other`: a people, a
 *  party's member, a person's or a place's name, which campaigners follow too: "Kurdish activists"). */
export const campaignersAfter = (c: Candidate, other: (word: string) => boolean) => c.words.length === 1 && CAMPAIGNERS.has(c.next) && !other(c.text);

// Words for a body that follow its name in lower case: "the Islamic State group", "the Wagner group", "the IG Metall union".
const BODY_AFTER =
  /^(group|movement|militia|network|alliance|coalition|faction|organisation|organization|union|federation|confederation|association|agency|party)$/u;

// What stands before such a name: "the", an owner's "'s" ("Arafat's Fatah movement") or a word for the body's
// standing ("the ruling Awami party", "the opposition Ford-Kenya party").
const BEFORE_BODY = /^(?:the|['’]s|ruling|opposition|rebel|militant|banned|outlawed)$/iu;

/** "the Islamic State group", "The Wagner group claimed", "the IG Metall union said", "Arafat's Fatah
 *  movement": a name after "the" or an owner, before a body's word, is that body. */
export const namedBeforeBodyWord = (c: Candidate) =>
  BEFORE_BODY.test(c.prev) &&
  (BODY_AFTER.test(c.next) || (STANDING_AFTER.test(c.next) && BODY_AFTER.test(c.nextAfter))) &&
  !(c.next === 'party' && describesParty(c.words));

// ... also with the body's standing between: "the Zajedno opposition coalition", "the Likud ruling party".
const STANDING_AFTER = /^(?:opposition|ruling|rebel|militant|guerrilla|separatist|nationalist|coalition)$/u;

/** "the Communist party", "the Republican party": a word describing a party's members before "party" names a kind of party. */
const describesParty = (words: string[]) =>
  words.length === 1 && (PARTY_WORDS.has(words[0]!.toLowerCase()) || tagsOf(words[0]!.toLowerCase()).includes('Adjective'));

// Kinds of body that, right before a name, say what it is: "employers' federation Confindustria",
// "media watchdog Ofcom", "the charity Shelter", "the union Unison". The kinds of firm that do so
// are the company words (`isCompanyWord`); these are the public bodies and associations. Those who
// campaign for a body say so after its name ("Greenpeace activists"), as a body's own word does in
// lower case ("the Wagner group").
import type { Candidate } from './candidates.js';

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
const BODY_AFTER = /^(group|movement|militia|network|alliance|coalition|faction|organisation|organization|union|federation|confederation|association|agency)$/u;

/** "the Islamic State group", "The Wagner group claimed", "the IG Metall union said": a name after "the" before a body's word is that body. */
export const namedBeforeBodyWord = (c: Candidate) => /^the$/iu.test(c.prev) && BODY_AFTER.test(c.next);

// "Villarreal signed Thierno Barry from Basel", "the signing of Anthony Elanga from Nottingham Forest",
// "Connacht signed a prop from the Stormers": in a sports report a transfer names clubs, the one that
// signs or sells a player and the one he comes from or goes to, whatever the names look like (a town,
// a forest, a person's name). Only the words right around each candidate are read: linear work.
import { hasGivenName } from './name-words.js';
import { namesNationPlace } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

// Verbs of a club dealing in a player, and the nouns of such a deal ("the signing of").
const DEALT = String.raw`(?:signed|re-signed|sold|loaned|bought|recruited|signing\s+of|sale\s+of|loan\s+of|capture\s+of)`;
// Positions of players, named as what a club signs ("signed a prop", "a young winger").
const POSITION = String.raw`(?:striker|forward|winger|midfielder|defender|full-back|centre-back|goalkeeper|keeper|prop|hooker|lock|flanker|fly-half|scrum-half|centre|wing|back-rower|number\s+eight|bowler|batsman|all-rounder|wicketkeeper|player|teenager)`;
// What a player's name may follow: a position or "international", after up to two words ("Dutch striker",
// "the veteran Welsh international").
const DESCRIBED = String.raw`(?:(?:[\p{L}'’-]+\s+){0,2}?(?:${POSITION}|international)\s+)`;
// The player: a name of one to three capitalised words, described or not, or "a (young) winger".
const PLAYER = String.raw`(?:${DESCRIBED}?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|an?\s+(?:[\p{Ll}-]+\s+)?${POSITION})`;
/** What stands before the club a player comes from or goes to, up to that club (and its "the"). */
const DEAL_BEFORE = new RegExp(String.raw`\b${DEALT}\s+${PLAYER}\s+(?:on\s+loan\s+)?(?:from|to)\s+(?:the\s+)?$`, 'u');
/** What follows the club that signs or sells, from its verb to the player. */
const DEAL_AFTER = new RegExp(String.raw`^\s+(?:has\s+|have\s+|had\s+)?(?:signed|re-signed|sold|loaned|bought|recruited)\s+${PLAYER}\b`, 'u');

// A player's own move: "Lentini joined Milan from Torino", "transferred to Milan in 1992", "signed for Chelsea".
const JOINED = String.raw`(?:joined|joins|rejoined|re-joined|transferred\s+to|signed\s+for|signs\s+for)`;
const CLUB = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}`;
/** What stands before the club a player joined, or the club he left to join it ("joined Milan from"). */
const JOINED_BEFORE = new RegExp(String.raw`\b${JOINED}\s+(?:(?:the\s+)?|${CLUB}\s+(?:on\s+loan\s+)?from\s+(?:the\s+)?)$`, 'u');

/** What stands before the side a player plays for: "will play for Atalanta", "who played for Nice". */
const PLAYS_FOR = /\b(?:play|plays|played|playing)\s+for\s+(?:the\s+)?$/u;

/** Whether text may end as DEAL_BEFORE does, in "from", "to" or "the" and a space: a test without
 *  the regex, which tries every position of the text, for the names after any other word. */
const mayEndDeal = (before: string) => {
  const words = before.trimEnd();
  return words.length < before.length && (words.endsWith('from') || words.endsWith('to') || words.endsWith('the'));
};

/** A name that may be a club's: no given name opens it, no title nor honorific stands before it. */
const mayBeClub = (t: TypedCandidate) => !t.headline && !t.c.titles.length && !t.c.honorific && t.c.words.length <= 3 && !hasGivenName(t.c.words);

/** Whether a player joined the name `t`, or left it to join another: no nation ("joined England as coach") nor
 *  person ("joins Niall Quinn up front"). */
const joinedBy = (t: TypedCandidate, before: string) =>
  t.type !== 'PERSON' && /(?:\s|from|the)$/u.test(before) && JOINED_BEFORE.test(before) && !namesNationPlace(t.c.text);

/** Whether a player plays for the name `t`: no nation ("plays for England") nor the person a side is named
 *  after ("played for the Hoddle side"). */
const playedFor = (t: TypedCandidate, before: string) =>
  / (?:the )?$/u.test(before) && PLAYS_FOR.test(before) && !/^(?:side|team|squad|era)$/u.test(t.c.next) && !namesNationPlace(t.c.text);

/** Retypes as organizations (in place) the clubs a sports report's transfers name, as above; none unless `sports`. */
export function clubsInTransfers(text: string, typed: TypedCandidate[], sports: boolean): void {
  if (!sports) return;
  for (const t of typed) {
    if (t.type === 'ORGANIZATION' || !mayBeClub(t)) continue;
    const before = text.slice(Math.max(0, t.c.start - 80), t.c.start);
    const after = text.slice(t.c.end, t.c.end + 80);
    if ((mayEndDeal(before) && DEAL_BEFORE.test(before)) || DEAL_AFTER.test(after) || joinedBy(t, before) || playedFor(t, before)) t.type = 'ORGANIZATION';
  }
}

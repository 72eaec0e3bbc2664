// A person known by a trade no list of roles holds ("the hooker", "the left-armer", "the barrister"):
// news names the person it was just about again by what they do, so the description is whoever spoke
// or acted just before; anyone further back a reader would find only by a trade the text gave.
import { OVERSEERS } from './overseers.js';
import { subjectsOfPassiveAgent } from './passive-agents.js';
import type { Entity } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { describesOrganization, describesPlace } from './description-heads.js';
import { isClosedClassWord, tagsOf } from './lexicon.js';
import { type SpeechHistory, subjectSinceLastQuote } from './speech-history.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { roleOf } from './roles.js';
import { isPartyName } from './role-fit.js';
import { demonyms } from './gazetteer.js';

/** A definite description headed by an agent noun: "the hooker", "the fast bowler", "the barrister". */
// ("the fly-half", "the full-back": a player's position by the part of the field.)
const AGENT_DESCRIPTION = /^the (?:[\p{L}-]+ ){0,3}(\p{Ll}[\p{Ll}-]*\p{Ll}(?:er|or|ist|man|woman)|\p{Ll}+-(?:half|back))$/u;

/** Whether a description is headed by an agent noun the lexicon knows as nothing else (not "the
 *  order", "the number"), naming no body or place ("the regulator", "the borough"). */
export function namesAgent(phrase: string): boolean {
  const head = AGENT_DESCRIPTION.exec(phrase)?.[1];
  // ("the ombudsman": an overseer's office, no trade of someone named.)
  if (!head || describesOrganization(head) || describesPlace(head) || isClosedClassWord(head) || OVERSEERS.has(head)) return false;
  const tags = tagsOf(head);
  return tags.includes('Actor') || tags.every((t) => t === 'Comparative');
}

/** "the retired neurosurgeon", "the self-described democratic socialist", "the Yale-trained
 *  physician": a noun of a person's calling (in -ist, -ian, -eon) that no list of roles holds, after
 *  words that say more of the person; news calls one it was just about so, where a bare "the
 *  socialist" may be anyone of a kind. */
const EPITHET = /^the (?:[\p{L}-]+ ){1,3}(\p{Ll}[\p{Ll}-]*\p{Ll}(?:ist|ian|eon))$/u;
export function namesEpithet(phrase: string): boolean {
  const head = EPITHET.exec(phrase)?.[1];
  return !!head && !roleOf(head) && !describesOrganization(head) && !describesPlace(head) && !isClosedClassWord(head);
}

/** "the Hexham baker", "the Kettering cueist": a trade after a name's word (a place, a body) portrays a
 *  person from there, however the lexicon tags the noun; not a firm "based" there ("the Leeds-based baker"). */
const NAMED_TRADE = /^[Tt]he (?:[\p{Ll}-]+ )?(\p{Lu}[\p{Ll}-]*) (\p{Ll}[\p{Ll}-]*\p{Ll}(?:er|ist|ian|man|woman))$/u;
export function namesTradeFrom(description: string): boolean {
  const [, from, head] = NAMED_TRADE.exec(description) ?? [];
  // ("the Democratic front-runner", "the Spanish midfielder": a party or a people is no place one is from.)
  if (!from || !head || /-(?:based|led|owned)$/u.test(from) || isPartyName(from) || demonyms.has(from.toLowerCase())) return false;
  return !roleOf(head) && !describesOrganization(head) && !describesPlace(head) && !isClosedClassWord(head);
}

/** How many names back the place or body may have been given with the person. */
const NAMES_BACK = 60;
/** How far apart (characters) a person's name and a place or body word stand to go together. */
const BESIDE = 30;
/** Words between a place or body and the person's name after it: "Kettering's ", " cueist ", " chief executive ". */
const BEFORE_NAME = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}\s+$/u;
/** Words between a person's name and the place after it: ", from ", ", 50, of ". */
const AFTER_NAME = /^,?\s+(?:\d+,\s+)?(?:from|of)\s+$/u;

/** The person the text named beside the name a description holds ("the Kettering cueist" after
 *  "Kettering's Joe Perry" or "Joe Perry, from Kettering,"): news calls someone again by where they are from. */
function personNamedWith(a: Antecedents, surface: SpeakerSurface, fits: (e: Entity) => boolean): Entity | null {
  const { names, text } = a;
  const at = firstStartingAtOrAfter(names, surface.start);
  const inside = names[at];
  if (!inside || inside.m.end > surface.end || inside.e.type === 'PERSON') return null;
  const person = (named: (typeof names)[number] | undefined) => (named && named.e.type === 'PERSON' && fits(named.e) ? named.e : null);
  // (The same word may have been typed a place in one sentence and a body in another.)
  // (At most NAMES_BACK names back: the work stays the same per description, however long the text.)
  const word = text.slice(inside.m.start, inside.m.end);
  for (let i = at - 1; i >= 0 && i >= at - NAMES_BACK; i--) {
    const { m } = names[i]!;
    if (m.end - m.start !== word.length || text.slice(m.start, m.end) !== word) continue;
    const k = firstStartingAtOrAfter(names, m.end);
    const [after, before] = [names[k], names[firstStartingAtOrAfter(names, m.start) - 1]];
    const found =
      (after && after.m.start - m.end <= BESIDE && BEFORE_NAME.test(text.slice(m.end, after.m.start)) ? person(after) : null) ??
      (before && m.start - before.m.end <= BESIDE && AFTER_NAME.test(text.slice(before.m.end, m.start)) ? person(before) : null);
    if (found) return found;
  }
  return null;
}

/** The person such a description names: the one named beside the place or body it holds, the subject of the sentence before since the last quote, the
 *  person quoted in the sentence before, or ("Cummins took five wickets, and the fast bowler said …")
 *  the subject opening its own sentence. */
export function tradeHolder(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface): Entity | null {
  // ("Mrs Wells was told by the hairdresser that …": the agent is not the one told.)
  const told = subjectsOfPassiveAgent(a, q.sentence, surface);
  const person = (e: Entity) => e.type === 'PERSON' && !told.has(e);
  const last = history.lastQuote;
  // (A quotation of several sentences spoke just before when its last one is the sentence before.)
  const previous = a.layout.sentences[q.sentence - 1];
  const justBefore = last && (last.sentence >= q.sentence - 1 || (!!previous && last.end > previous.start));
  const spokeJustBefore = justBefore && history.last?.entity?.type === 'PERSON' ? history.last.entity : null;
  const opensOwnSentence = a.layout.sentences[q.sentence]?.start === surface.start;
  return (
    personNamedWith(a, surface, person) ??
    subjectSinceLastQuote(a, history, q, surface, person) ??
    spokeJustBefore ??
    (opensOwnSentence ? null : a.openingSubject(surface.start, person))
  );
}

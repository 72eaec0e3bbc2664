// The speaker a noun phrase right before a cue gives: its head, a part of an organization, the
// organization or its people, the issuer of a document, or the subject a participle or place hangs from.
import { clauseSubject } from './clause-subjects.js';
import { issuerOf } from './document-issuers.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt, unknownName } from './noun-phrases.js';
import { subjectBeforeObject, subjectBeforeOutlet } from './object-participles.js';
import { organizationPart } from './organization-parts.js';
import { namesSomeone } from './phrase-heads.js';
import { subjectBeforeReducedRelative } from './reduced-relatives.js';
import { headOf, modifierOrganization, sideOfCompetition } from './speaker-heads.js';
import { portraysPerson } from './speaker-phrases.js';
import { lastWord, NOT_NOUN, PREPOSITION } from './speaker-words.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { isTitleCaseWord, type Token, isTitleCasePlural } from './tokens.js';
import { namesTradeFrom } from './trade-speakers.js';

/** Lower-case words for a part of a place: "northern England", "rural Ohio". */
const REGION_WORD =
  /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|downtown|suburban|coastal|greater|upstate|inner|outer|mainland|neighbouring|neighboring)$/u;

/** The speaker a noun phrase ending at `j`, right before the cue, gives: its head, the organization
 *  it names, the issuer of the document it is, or the subject a participle phrase hangs from. */
export function speakerOfPhraseBefore(names: NameIndex, tokens: Token[], cue: number, j: number, anyNoun: boolean): SpeakerSurface | null {
  const reduced = subjectBeforeReducedRelative(names, tokens, j);
  if (reduced) return reduced;
  const outlet = subjectBeforeOutlet(names, tokens, cue, j);
  if (outlet) return outlet;
  const phrase = phraseEndingAt(names, tokens, j, anyNoun);
  // "Experts on trade said", "Mr. Reyes of the Farmers Union said": the head before the prepositions speaks.
  const base = phrase ?? phraseEndingAt(names, tokens, j, true);
  const part = base && organizationPartEndingAt(names, tokens, j);
  if (part) return part;
  const object = base && subjectBeforeObject(names, tokens, cue, base);
  if (object) return object;
  const head = base && headOf(names, tokens, base);
  if (head && head !== base) return head.kind === 'NOMINAL' ? (modifierOrganization(names, tokens, head) ?? head) : head;
  const local = phrase && headBeforePlace(names, tokens, phrase, anyNoun);
  if (local) return local;
  const subject = phrase && subjectBeforeParticiple(names, tokens, cue, phrase);
  if (subject) return subject;
  const issuer = base?.kind === 'NOMINAL' ? issuerOf(names, tokens, base) : null;
  if (issuer) return issuer;
  if (!phrase) {
    // "Politifact then pointed out that": a capitalised word the entity stages did not know,
    // opening its clause, still names its speaker.
    const unknown = unknownName(names, tokens, j);
    if (unknown) return unknown;
  }
  return (!phrase || phrase.kind === 'NOMINAL' ? organizationOrItsPeople(names, tokens, j, base) : null) ?? phrase;
}

/** "analysts at the Lowy Institute in Sydney said": a place after a preposition only modifies; the
 *  head the phrase hangs from speaks ("Teachers at the school in Leeds said"), or the place when there is none. */
function headBeforePlace(names: NameIndex, tokens: Token[], phrase: SpeakerSurface, anyNoun: boolean): SpeakerSurface | null {
  const placeAt = phrase.entityId ? names.nameAt.get(phrase.start) : undefined;
  if (placeAt?.entity.type !== 'LOCATION') return null;
  let k = tokens.findIndex((t) => t.start === phrase.start);
  // "Small bakeries across northern England say": a part of the place named before it.
  while (k > 1 && REGION_WORD.test(tokens[k - 1]!.text)) k--;
  // ("Schools in the Netherlands say": the article before the place's name belongs to the place; after
  // "by" the place is an agent, "released by the White House", which the noun before does not outrank.)
  if (k > 2 && /^the$/iu.test(tokens[k - 1]!.text) && !/^by$/iu.test(tokens[k - 2]!.text)) k--;
  if (k <= 0 || !NOT_NOUN.has(tokens[k - 1]!.text.toLowerCase())) return null;
  // "Climate negotiators in Baku agreed": any common noun before the place is its head, also one
  // capitalised for opening the sentence ("Councils across southern England have accused …").
  const noun = tokens[k - 2]?.text ?? '';
  const common =
    /^\p{Ll}/u.test(noun) || (k === 2 && isTitleCaseWord(noun) && !names.nameAt.has(tokens[0]!.start)) ? phraseEndingAt(names, tokens, k - 2, true) : null;
  const local = names.organizationNear(tokens, k - 2) ?? phraseEndingAt(names, tokens, k - 2, anyNoun) ?? common;
  return local ? headOf(names, tokens, local) : phrase;
}

/** "Protesters marching through the streets chanted": the place a participle names is no subject;
 *  the subject before it is. */
function subjectBeforeParticiple(names: NameIndex, tokens: Token[], cue: number, phrase: SpeakerSurface): SpeakerSurface | null {
  const phraseAt = tokens.findIndex((t) => t.start === phrase.start);
  if (phrase.kind !== 'NOMINAL' || !PREPOSITION.test(tokens[phraseAt - 1]?.text ?? '') || !/^\p{Ll}+ing$/u.test(tokens[phraseAt - 2]?.text ?? '')) return null;
  const group = isTitleCasePlural(tokens[0]!.text) ? names.surface(tokens[0]!.start, tokens[0]!.end, 'NOMINAL', null) : null;
  const subject = clauseSubject(names, tokens.slice(0, cue)) ?? group;
  return subject && subject.start < phrase.start ? subject : null;
}

/** "The U.N. refugee agency said", "The U.N. panel of experts said": a part of a named organization
 *  ending at `j` speaks as itself, described, not as the organization. */
function organizationPartEndingAt(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  const org = names.organizationNear(tokens, j);
  const part = org && organizationPart(tokens, firstStartingAtOrAfter(tokens, org.end));
  const head = part?.end === j ? phraseEndingAt(names, tokens, part.head, true) : null;
  return head && names.surface(head.start, tokens[j]!.end, 'NOMINAL', null);
}

/** "analysts at the Lowy Institute (in Sydney) said": a named organization in the phrase ending at
 *  `j` speaks; "European Union leaders", "former CNN reporters" are people, not the organization
 *  before them; null when no organization is named there. */
function organizationOrItsPeople(names: NameIndex, tokens: Token[], j: number, base: SpeakerSurface | null): SpeakerSurface | null {
  const org = names.organizationNear(tokens, j);
  if (!org) return null;
  // ("The Yorkshireman said": one from a place, whatever the name was taken for, is a person; so is
  // "the Essex cueist", one from there by a trade.)
  if (base && (sideOfCompetition(base, org) || portraysPerson(base.text) || namesTradeFrom(base.text))) return base;
  // "Arsenal boss", "the bank's chief": people named by a role, whether or not a listed speaker noun;
  // "the Velmora Party front-runner", "the Harbour League employees": by standing or by what they do.
  const people = base?.kind === 'NOMINAL' && namesSomeone(lastWord(base)) ? base : null;
  // "OPEC+ sources": a symbol may join the organization to the people.
  if (people && (org.start >= people.start || /^[+&]?\s*$/u.test(names.text.slice(org.end, people.start)))) return people;
  return org;
}

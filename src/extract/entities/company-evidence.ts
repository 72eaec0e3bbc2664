// An unknown name of two or three words reads as a person's ("Hoogvliet Brandt said …") unless the
// story shows otherwise. Right after the name it often does: the sentence goes on with "its" ("said
// on Thursday its profit rose", "said it would sell its stake"), or the next one opens with a company
// word ("The company said …", "The group expects …") or with what a company owns ("The airline's chief
// executive …"), or it says "it" of itself ("said that it would appeal"), or it reports results ("reported
// a net loss", "said profits fell") or moves in price ("fell 12 percent"). Such a name is an organization
// wherever the story uses it. So is a lone unknown word that speaks ("Pemex said …", "easyJet said …"), or a
// minor place's name the typer took for a person's ("Delta said"), with such evidence, when the story never
// gives it a given name. Only a short window after each name is read, so the work stays linear in the text's length.
import { majorPlaceMayBeFirm, mayBeCompany, placeMayBeFirm } from './company-candidates.js';
import { evidenceAfter, isVerb, ON_DAY, REPORTS_PROFIT, reportsAsFirm, SENTENCE_END } from './evidence-after-name.js';
import { saidToBeFirm } from './firm-kinds-said.js';
import { hasGivenName } from './name-words.js';
import type { TypedCandidate } from './typed-candidates.js';
import { fullNameWords } from './retype.js';

const WINDOW = 320;
/** ", the owner of Bunnings and Kmart, reported …", ", controlled by Andrew Forrest, said …": a phrase set off
 *  by commas between a name and its verb (group 1), and what follows it. */
const SET_OFF = /^\s*,\s*([^,.;:!?"“”()]{3,70}),\s+(?=\p{Ll})/u;
/** A verb of speech opening what follows a name: "said", "declined to comment". */
const SPEAKS = /^(?:said|says|told|added|announced|confirmed|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?respond)\b/u;
/** What a set-off phrase says only of a firm: "controlled by …", "the maker of …". */
const FIRM_SET_OFF = /^(?:(?:controlled|owned|majority-owned|part-owned)\s+by|the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:maker|manufacturer|producer|operator)\s+of)\b/u;

const JOINED_BY_AND = /^\s+and\s+$/u;

// Words before a name that make it no subject: "the party of Massoud Barzani said", "the airforce under Hermann Goering began its …".
const AFTER_PREPOSITION =
  /^(?:of|for|by|with|from|at|to|and|under|in|on|into|against|over|after|before|about|like|than|between|behind|near|via|without|within)$/u;

/** "Rio Tinto reported …", "Rio Tinto on Wednesday reported …": a verb right after the name, or after its day. */
const VERB_AFTER_DAY = new RegExp(String.raw`^\s+${ON_DAY}(\p{Ll}+)`, 'u');
const verbFollows = (t: TypedCandidate, text: string) =>
  isVerb(t.c.next) || (t.c.next === 'on' && isVerb(VERB_AFTER_DAY.exec(text.slice(t.c.end, t.c.end + 40))?.[1] ?? ''));

/** "Lion Nathan added two cents and Fletcher Challenge lost one": after "and" that follows a clause's
 *  last word (no name, which would make one subject of both), a name opens a clause of its own. */
const opensClauseAfterAnd = (t: TypedCandidate, text: string) => t.c.prev === 'and' && CLAUSE_END_AND.test(text.slice(Math.max(0, t.c.start - 30), t.c.start));
const CLAUSE_END_AND = /(?:^|\s)(?!(?:of|for|by|with|from|at|to|in|on)\s)(?:\p{Ll}+|\d[\d.,%]*)\s+and\s+$/u;

/** Retypes (in place) as organizations the names the story shows to be companies, unless a title
 *  names a person by the same last word ("Mr Brandt") or the story speaks of the name as he or she;
 *  returns those names (lower case). */
export function companiesByEvidence(text: string, typed: TypedCandidate[]): Set<string> {
  const namedAsPerson = personsNamedSo(typed);
  const { partners, seconds } = jointSubjects(text, typed);
  const verdicts = new Map<string, 'company' | 'person'>();
  // "Emirates reported a record annual profit … Emirates' president": the airline, wherever the story names it.
  const profitablePlaces = new Set<string>();
  for (const t of typed) {
    const partner = partners.get(t);
    if (majorPlaceMayBeFirm(t) && verbFollows(t, text) && !AFTER_PREPOSITION.test(t.c.prev)) {
      if (REPORTS_PROFIT.test(text.slice(t.c.end, t.c.end + WINDOW).split(SENTENCE_END)[0]!)) profitablePlaces.add(t.c.text.toLowerCase());
      continue;
    }
    if (!mayBeCompany(t, !!partner, true) || namedAsPerson(t)) continue;
    const key = t.c.text.toLowerCase();
    if (verdicts.get(key) === 'person') continue;
    const found = evidenceOf(text, t, partner, seconds.has(t));
    if (found) verdicts.set(key, found === 'person' ? 'person' : (verdicts.get(key) ?? 'company'));
  }
  // (A headline names the firm the story shows: "Earnings roundup: Rio Tinto, BHP and Wesfarmers".)
  for (const t of typed)
    if ((t.type === 'PERSON' || (t.headline && !t.caps) || mayBeCompany(t, partners.has(t), true)) && verdicts.get(t.c.text.toLowerCase()) === 'company')
      t.type = 'ORGANIZATION';
  for (const name of profitablePlaces) verdicts.set(name, 'company');
  for (const t of typed) if (!t.dateline && profitablePlaces.has(t.c.text.toLowerCase())) t.type = 'ORGANIZATION';
  return new Set([...verdicts].filter(([, found]) => found === 'company').map(([name]) => name));
}

const surname = (t: TypedCandidate) => t.c.words[t.c.words.length - 1]!.toLowerCase();

/** Whether the story names a person by the candidate's last word: with a title ("Mr Brandt"), in a
 *  longer name of three words or more, or in full with a given name (for a single word). */
function personsNamedSo(typed: TypedCandidate[]): (t: TypedCandidate) => boolean {
  // "Mr Brandt": a person the story names so.
  const titledSurnames = new Set(typed.filter((t) => t.c.titles.length || t.c.honorific).map(surname));
  // "Lawyer Cesare dal Maso … Dal Maso declined": a person named in three words; no evidence against
  // itself ("Fletcher Challenge Forests lost one cent").
  const longNames = new Map<string, Set<string>>();
  for (const p of typed)
    if (p.type === 'PERSON' && p.c.words.length > 2) longNames.set(surname(p), (longNames.get(surname(p)) ?? new Set()).add(p.c.text.toLowerCase()));
  // "Ada Okonkwo … Okonkwo said": a word the story gives a person in full is theirs.
  const personWords = fullNameWords(typed);
  return (t) =>
    titledSurnames.has(surname(t)) ||
    [...(longNames.get(surname(t)) ?? [])].some((n) => n !== t.c.text.toLowerCase()) ||
    (t.c.words.length === 1 && personWords.has(surname(t)));
}

/** "Pharmacia and Upjohn said they had agreed to merge": two words joined as one subject are read
 *  from the verb after the second (`partners`, by the first); the second stands after "and", yet is
 *  a subject where the first is one (`seconds`). */
function jointSubjects(text: string, typed: TypedCandidate[]): { partners: Map<TypedCandidate, TypedCandidate>; seconds: Set<TypedCandidate> } {
  const partners = new Map<TypedCandidate, TypedCandidate>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const [t, u] = [typed[i]!, typed[i + 1]!];
    if (t.c.words.length === 1 && u.c.words.length === 1 && isVerb(u.c.next) && JOINED_BY_AND.test(text.slice(t.c.end, u.c.start))) partners.set(t, u);
  }
  const seconds = new Set([...partners].filter(([first]) => !AFTER_PREPOSITION.test(first.c.prev)).map(([, second]) => second));
  return { partners, seconds };
}

/** What the words after a candidate (or after its partner in a joint subject) show it to be: a
 *  company, a person, or nothing either way. */
function evidenceOf(text: string, t: TypedCandidate, partner: TypedCandidate | undefined, second: boolean): 'company' | 'person' | null {
  if (setOffShowsFirm(text, t)) return 'company';
  if (!mayBeCompany(t, !!partner)) return null;
  // "Eli Lilly and Novo Nordisk were the two most valuable drugmakers": a subject said to be a firm.
  if ((t.c.prev === 'and' || !AFTER_PREPOSITION.test(t.c.prev)) && saidToBeFirm(text.slice(t.c.end, t.c.end + WINDOW))) return 'company';
  const last = partner ?? t;
  // ("the Democratic Party of Massoud Barzani said that it …": a name after "of" is no subject.)
  const subject = verbFollows(last, text) && (!AFTER_PREPOSITION.test(t.c.prev) || second || opensClauseAfterAnd(t, text));
  // "Eli Lilly", "Morgan Stanley": of a name opening with a given name, only what a firm does shows a company's.
  const opensSentence = t.c.prev === '' || /^[.!?"”]$/u.test(t.c.prev);
  const after = text.slice(last.c.end, last.c.end + WINDOW);
  // A town cuts its budget too: a place's name is a firm's only by its results or share price.
  if (placeMayBeFirm(t)) return subject && reportsAsFirm(after.split(SENTENCE_END)[0]!) ? 'company' : null;
  return evidenceAfter(after, subject, hasGivenName(t.c.words), opensSentence);
}

/** "Wesfarmers, the owner of Bunnings, reported a 3% rise in profit": what the name does after a phrase set
 *  off by commas, or the phrase itself, if only a firm does or is it. */
function setOffShowsFirm(text: string, t: TypedCandidate): boolean {
  const setOff = t.c.next === ',' ? SET_OFF.exec(text.slice(t.c.end, t.c.end + WINDOW)) : null;
  if (!setOff || AFTER_PREPOSITION.test(t.c.prev) || !mayBeCompany(t, false, true)) return false;
  const after = text.slice(t.c.end + setOff[0].length, t.c.end + WINDOW);
  // "Rocket Lab, which builds rockets, said it had won …", "Stanford, which faces an inquiry, declined to
  // comment": a name said to be "which" is no person's; speaking, it is a body's, and all evidence tells.
  const ofThing = /^which\s/u.test(setOff[1]!);
  const verb = /^\p{Ll}+/u.exec(after)?.[0] ?? '';
  return FIRM_SET_OFF.test(setOff[1]!) || (ofThing && SPEAKS.test(after)) || evidenceAfter(after, isVerb(verb), !ofThing) === 'company';
}

// A participle or a joined verb right after a subordinate clause whose subject is "he" or "she" goes
// with that pronoun, the clause nearest to it: "Ann Holt backed the plan even as she criticised its
// cost, saying …", "Tom Reyes started the row when he raised the fares and later said …". The pronoun
// stands for the sentence's own subject, whose person it keeps, unless their genders differ.
import { cueLemma } from './cues.js';
import { isAdverb, isAndOrBut, isFiniteVerb } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import { GENDER } from './speaker-words.js';
import type { Token } from './tokens.js';
import { isHeOrShe, SUBORDINATING_CONJUNCTIONS } from './word-classes.js';

/** What opens the pronoun's clause: a subordinating conjunction, "as", "once", "in which", "and". */
const OPENERS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|as|once|after|before|which|and|but)$`, 'iu');
/** What closes a clause off from the cue: quotation marks, dashes, a semicolon, a colon, brackets. */
const BREAKS = /^[“”"‘’;:—–()]$/u;
/** How far before the pronoun its clause may open ("though in a news conference last week he …"). */
const OPENER_REACH = 7;

/** The index of the "he" or "she" last before the cue at `i` when it is the subject of a clause a
 *  subordinator opens a few words before it, with no verb, cue or break between, or -1. */
function subordinatePronounAt(tokens: Token[], i: number): number {
  const k = tokens.slice(0, i).findLastIndex((t) => isHeOrShe(t.text));
  // ("said that he would stay, adding …": a pronoun after "that" opens what was said, not a clause of the narrator's.)
  if (k < 1 || tokens.slice(k + 1, i).some((t) => BREAKS.test(t.text) || /^that$/iu.test(t.text))) return -1;
  for (let s = k - 1; s >= Math.max(0, k - OPENER_REACH); s--) {
    const word = tokens[s]!.text;
    if (OPENERS.test(word)) return k;
    if (isFiniteVerb(word) || BREAKS.test(word) || cueLemma(word)) return -1;
  }
  return -1;
}

/** The pronoun subject of the subordinate clause the cue at `i` follows, carrying the person of the
 *  speaker the sentence has (`shared`), or null when there is none, the pronoun's clause comes before
 *  that speaker or inside what an earlier cue reported, or its gender is not the shared speaker's.
 *  Where the sentence has no speaker for the cue, the pronoun names none either ("Holt's challenge as
 *  she leaves is to find a way to acknowledge …"). */
export function subordinatePronoun(names: NameIndex, tokens: Token[], i: number, earlier: QuoteDraft[], shared: SpeakerSurface | null): SpeakerSurface | null {
  const k = shared ? subordinatePronounAt(tokens, i) : -1;
  const pronoun = tokens[k];
  // ("If she did, party rules give the chair authority to call …": a clause before the subject is no nearer one.)
  if (!pronoun || !shared || pronoun.start < shared.end) return null;
  if (earlier.some((q) => q.start <= pronoun.start && pronoun.start < q.end)) return null;
  const gender = GENDER.get(pronoun.text.toLowerCase());
  const entity = shared.entityId ? names.nameAt.get(shared.start)?.entity : undefined;
  const other =
    (shared.kind === 'PRONOUN' && GENDER.get(shared.text.toLowerCase()) !== gender) ||
    (entity && (entity.type !== 'PERSON' || (entity.gender && entity.gender !== gender)));
  // ("Tom Pike called her a disgrace after she attacked the dockers and blamed …": a verb joined inside
  // the pronoun's clause has its subject, someone else than the sentence's, whom coreference names.)
  if (other) return joinedInClause(tokens, k, i) ? names.surface(pronoun.start, pronoun.end, 'PRONOUN', null) : null;
  // ("Tom Reyes said his sister was a rebel, and she responded by …": a clause joined by "and" or "but"
  // may have a subject of its own, whom the pronoun's own antecedent names.)
  const joined = isAndOrBut(tokens[k - 1]!.text);
  return names.surface(pronoun.start, pronoun.end, 'PRONOUN', joined ? null : (entity?.id ?? null));
}

/** Whether the cue at `i` is a verb joined by "and" or "but" to the clause of the pronoun at `k`, with
 *  no comma between them ("after she attacked the dockers and blamed …", not "…, and said"). */
function joinedInClause(tokens: Token[], k: number, i: number): boolean {
  let and = i - 1;
  while (and > k && isAdverb(tokens[and]!.text)) and--;
  return and > k + 1 && isAndOrBut(tokens[and]!.text) && !tokens.slice(k + 1, and).some((t) => t.text === ',');
}

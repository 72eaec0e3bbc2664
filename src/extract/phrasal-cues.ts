// Verbs that report speech with their particle or their listener (cues.ts): "pointed out that …",
// "fired back that …", "as she put it", "pressed the bosses to …", "appealed for calm", "called for …".
import { finiteVerbWithin, isModal, tagsOf } from './lexicon.js';
import { BEFORE_THAT, RETORT_VERBS, whenOrWhereWord } from './cues.js';
import { openingAsHolding } from './opening-subordinators.js';
import { isLowerCaseWord } from './tokens.js';

const APPEAL_FORMS = /^(appeal|appeals|appealed|appealing)$/u;
const PUT_FORMS = /^(put|puts)$/u;
const POINT_FORMS = /^(point|points|pointed|pointing)$/u;

const PRESS_FORMS = /^(press|presses|pressed|pressing|lobby|lobbies|lobbied|lobbying)$/u;

/** A verb that may report speech with its particle ("appealed", "fired", "put", "pointed") or its
 *  listener ("pressed"): the word phrasalCueAt asks first. */
export const phrasalCueVerb = (word: string) =>
  APPEAL_FORMS.test(word) || RETORT_VERBS.test(word) || PUT_FORMS.test(word) || POINT_FORMS.test(word) || PRESS_FORMS.test(word);

/** A verb that reports speech with its particle: "pointed out that …", "As experts have pointed out, …". */
export function phrasalCueAt(tokens: Array<{ text: string }>, i: number): string | undefined {
  if (!phrasalCueVerb(tokens[i]!.text)) return undefined;
  if (APPEAL_FORMS.test(tokens[i]!.text)) return appealInWords(tokens, i) ? 'appeal' : undefined;
  if (PRESS_FORMS.test(tokens[i]!.text)) return pressedToAct(tokens, i) ? 'urge' : undefined;
  // Each of these verbs reports only with its particle after it: most words have none.
  const particle = tokens[i + 1]?.text;
  if (particle !== 'back' && particle !== 'it' && particle !== 'out') return undefined;
  const next = tokens[i + 2]?.text.toLowerCase();
  // "fired back that …", "hit back that …": a retort, with a clause.
  if (RETORT_VERBS.test(tokens[i]!.text) && tokens[i + 1]?.text === 'back') return next === 'that' ? 'fire back' : undefined;
  // "As she put it, the diner is a family": the clause after the comma is what was said.
  if (PUT_FORMS.test(tokens[i]!.text) && tokens[i + 1]?.text === 'it' && next === ',' && asBefore(tokens, i)) return 'put it';
  // "Counsel put it to him that he had lied": a suggestion made to a witness.
  if (PUT_FORMS.test(tokens[i]!.text) && tokens[i + 1]?.text === 'it' && next === 'to') {
    const that = tokens.slice(i + 3, i + 8).findIndex((t) => !/^[\p{L}.’'-]+$/u.test(t.text) || t.text === 'that');
    return that > 0 && tokens[i + 3 + that]!.text === 'that' ? 'put to' : undefined;
  }
  if (tokens[i + 1]?.text !== 'out' || !POINT_FORMS.test(tokens[i]!.text)) return undefined;
  // "pointed out in a letter on Monday that …": where and when may stand before "that".
  let k = i + 2;
  while (k < i + 9 && BEFORE_THAT.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const that = tokens[k]?.text.toLowerCase() === 'that';
  // "…, as experts have pointed out.", "“…,” she pointed out.": with nothing pointed at, what was pointed out is said around it.
  // "As she pointed out in a column, …": so where and when it was pointed out, before the comma closing "As X …".
  const comma = tokens.findIndex((t, n) => n > i + 2 && n <= i + 10 && t.text === ',');
  // (Not "As she pointed out the flaws, …": what was pointed at is an object, no venue.)
  const venue = whenOrWhereWord(next ?? '') && !/^(a|an|the|this|that)$/u.test(next ?? '');
  const asPhrase = comma > 0 && venue && !finiteVerbWithin(tokens, i + 2, comma) && asBefore(tokens, i);
  return that || asPhrase || next === undefined || /^[,.;:!?)]$/u.test(next) ? 'point out' : undefined;
}

/** Whether the verb at `i` stands in an "as" clause opening the sentence (opening-subordinators.ts). */
const asBefore = (tokens: Array<{ text: string }>, i: number): boolean => openingAsHolding(tokens, i) >= 0;

/** 1 when the cue at `i` is a verb with its particle after it ("pointed out"), 0 otherwise: what it
 *  reports opens, or is set off, past the particle. */
export const particleAfter = (tokens: Array<{ text: string }>, i: number): number =>
  POINT_FORMS.test(tokens[i]!.text) && tokens[i + 1]?.text === 'out' ? 1 : 0;

/** "pressed the bosses to commit to …", "lobbying ministers to drop the tax": urging in all but name,
 *  with a listener and an infinitive after it; not "the press", "a pressing need to act", "pressed the
 *  button to start it", nor "press" but after "to" or a modal ("will press Israel to freeze …"). */
function pressedToAct(tokens: Array<{ text: string }>, i: number): boolean {
  const w = tokens[i]!.text;
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (/^(a|an|the|this|that|its|his|her|their|our|more|most|less|very|so|free)$/u.test(before)) return false;
  if (/^(press|lobby)$/u.test(w) && !isModal(before) && !/^(to|did|does|do)$/u.test(before)) return false;
  for (let k = i + 1; k <= i + 6; k++) {
    const t = tokens[k]?.text ?? '';
    // "lobbied MPs for years to scrap the cap": how long the urging went on stands before the infinitive.
    const to = t === 'for' && /^(days|weeks|months|years|decades)$/u.test(tokens[k + 1]?.text ?? '') ? k + 2 : k;
    if (tokens[to]?.text === 'to')
      return (
        k > i + 1 &&
        !PRESSED_BY_HAND.test(tokens[k - 1]!.text) &&
        isLowerCaseWord(tokens[to + 1]?.text ?? '') &&
        !INFINITIVE_BLOCKERS.test(tokens[to + 1]!.text)
      );
    if (!/^[\p{L}.'’-]+$/u.test(t) || /^(that|and|or|but|for|on|with|ahead|forward|through|into|in|at|by|from|about|over|across|against|upon|of)$/u.test(t))
      return false;
  }
  return false;
}
/** Things pressed with a hand or a foot, no listener: "pressed the button to start the machine". */
const PRESSED_BY_HAND =
  /^(button|buttons|key|keys|lever|levers|pedal|pedals|switch|trigger|buzzer|bell|accelerator|brake|brakes|hand|hands|finger|fingers|palm|palms|face|ear|lips|nose|forehead|cheek|flesh|foot|feet|stamp|seal)$/iu;
const INFINITIVE_BLOCKERS = /^(a|an|the|his|her|its|their|this|that|these|those|our|my|your|some|any|all|each|every|him|them|me|us)$/u;

/** "appealed for calm", "appealed to residents to stay indoors": an appeal made in words, not one to a
 *  court ("appealed against the sentence", "appealed to the High Court"). */
function appealInWords(tokens: Array<{ text: string }>, i: number): boolean {
  const next = tokens[i + 1]?.text.toLowerCase();
  if (next === 'for') return /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '');
  if (next !== 'to') return false;
  const to = tokens.slice(i + 3, i + 10).findIndex((t) => t.text === 'to');
  return to >= 0 && tagsOf(tokens[i + 4 + to]?.text ?? '').includes('Infinitive');
}

/** "called for a moratorium", "called on Congress to act", "pleaded with the judge to spare him":
 *  an appeal whose content follows its preposition. ("Appealed", as often a court's word as an
 *  appeal's, is no cue.) */
export function appealsThrough(lemma: string, next: string): boolean {
  const preposition = next.toLowerCase();
  return (
    (lemma === 'call' && /^(for|on|upon)$/u.test(preposition)) ||
    (lemma === 'plead' && preposition === 'with') ||
    (lemma === 'appeal' && /^(for|to)$/u.test(preposition))
  );
}

// What one denies when it is something said or done: "Fields denied it", "denied the allegations",
// "has denied any wrongdoing", "denied any involvement in the attacks". "Denied bail", "denied entry"
// and "denied the motion" are refusals, no speech. An act denied is a gerund with its own object:
// "denied using live ammunition", "has denied seeking nuclear weapons", "denied ever meeting him".
import { tagsOf } from './lexicon.js';

/** Heads of denied objects that are claims or guilt. */
const DENIED = new Set(
  (
    'it this that them allegation allegations accusation accusations charge charges claim claims report reports story stories ' +
    'rumor rumors rumour rumours suggestion suggestions wrongdoing involvement responsibility knowledge guilt role link links ' +
    'connection connections wrongdoings misconduct affair affairs'
  ).split(' '),
);

/** Whether `head` (the last word of the object before a preposition) is something one denies saying or doing. */
export const isDeniedClaim = (head: string): boolean => DENIED.has(head);

/** Gerunds that are mostly things refused or granted: "denied funding", "denied planning permission". */
const REFUSED_THINGS = new Set('funding financing planning parking housing boarding landing schooling training licensing'.split(' '));

/** Whether the denied words open with a gerund, the act denied: "using live ammunition", "ever meeting him". */
export function isDeniedAct(words: readonly { text: string }[]): boolean {
  // ("denied ever meeting him", "denied deliberately targeting reporters": an adverb before the gerund.)
  const first = words[0]?.text === 'ever' || /^\p{Ll}{3,}ly$/u.test(words[0]?.text ?? '') ? words[1]?.text : words[0]?.text;
  return !!first && /^\p{Ll}{2,}ing$/u.test(first) && !REFUSED_THINGS.has(first) && !tagsOf(first).includes('Singular');
}

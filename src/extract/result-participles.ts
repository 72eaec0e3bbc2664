// A participle after a reported clause of its own: ", bringing its total to $95 million", ", leaving
// thousands without power", ", making it the largest in Europe". What the reported event brought
// about, or how it went, is part of what was said. A participle of speech or of the speaker's stance
// ("saying", "conceding", "echoing", "hoping to …") is the speaker's act, and one of a reaction
// ("sending its shares down", "prompting an inquiry", "drawing criticism") the saying's effect: both
// are the narrator's, and so is one placing those polled ("…, putting them at odds with …").
import { cueLemma } from './cues.js';
import { finiteCue, subjectAndVerbAt } from './clause-openings.js';
import { pollShareBefore } from './poll-shares.js';
import { tagsOf, isFiniteAuxiliary } from './lexicon.js';
import type { Token } from './tokens.js';

/** Participles of what a speaker does by speaking, or of what the words set off, that no cue is. */
const SPEAKERS_OR_REACTIONS = new Set(
  (
    'stating pointing echoing touting offering hoping seeking trying refusing declining casting drawing raising prompting ' +
    'sparking triggering provoking sending fuelling fueling stoking throwing deeming crediting referring believing ' +
    'thanking defending signalling signaling setting contradicting undercutting undermining confirming meaning seeing viewing employing deploying using invoking quoting borrowing ' +
    'alluding contrasting applauding gesturing nodding smiling laughing'
  ).split(' '),
);

/** Whether the participle `next` after the comma at `k` goes on with the content of the cue at
 *  `cue`: the content is a clause of its own ("that", a subject and its verb, or an auxiliary before
 *  any "that", "for" or "of": "said warmer water was eating the ice", or a past form after a bare
 *  subject: "said profit rose …"), no question ("wondered whether
 *  …, engaging in …"), and the participle is neither speech, nor a stance, nor a reaction, nor
 *  followed by a cue of its own ("…, creating what the senators said was …"). ("urged voters to
 *  reject it", "blasted the board for failing to say that …": no clause.) */
export function participleOfReportedClause(tokens: Token[], cue: number, k: number, next: string): boolean {
  // ("…, following the distress sales of …": a preposition of when, as "after".)
  if (cueLemma(next) || SPEAKERS_OR_REACTIONS.has(next) || next === 'following' || pollShareBefore(tokens, cue)) return false;
  if (QUESTION.test(tokens[cue + 1]?.text ?? '')) return false;
  for (let n = k + 2; n < k + 10 && n < tokens.length && !/^[,;:.]$/u.test(tokens[n]!.text); n++) if (finiteCue(tokens, n)) return false;
  if (/^that$/iu.test(tokens[cue + 1]?.text ?? '') || subjectAndVerbAt(tokens, cue + 1)) return true;
  for (let n = cue + 2; n < k && !CLAUSE_INSIDE.test(tokens[n]!.text); n++) {
    // ("said profit rose 14 per cent": a past form right after a bare subject of a word or two.)
    const verb = isFiniteAuxiliary(tokens[n]!.text) || (n <= cue + 3 && tagsOf(tokens[n]!.text).includes('PastTense'));
    if (verb && !/^to$/iu.test(tokens[n - 1]!.text)) return true;
  }
  return false;
}

const QUESTION = /^(whether|if|how|why|what|when|where|who|which)$/iu;
/** Words past which a verb is no longer the content's own: a clause or phrase inside it. */
const CLAUSE_INSIDE = /^(that|which|who|whom|whose|for|of|as|to)$/iu;

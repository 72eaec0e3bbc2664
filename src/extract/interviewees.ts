// Who answers in a question-and-answer interview ("Q: …" / "A: …"): the one its introduction says
// is interviewed. "The new mayor of Southend talks to Kate Marsh about her plans": the mayor answers,
// not the one talked to, nor one interviewing ("interviewed by", "Ann Holt asks"), nor the byline.
import type { SpeakerSurface } from './name-index.js';
import { titlesAround } from './person-titles.js';
import { roleOf } from './roles.js';
import type { SpeakerFinder } from './speakers.js';
import { tokenize, type Token } from './tokens.js';
import { topicVerbLemma } from './topic-verbs.js';

/** "talks to", "spoke with": the verb of an interview, whose object is the one asking. */
const talksAt = (tokens: Token[], k: number) =>
  /^(talk|speak)$/u.test(topicVerbLemma(tokens[k]?.text ?? '') ?? tokens[k]?.text.toLowerCase() ?? '') && /^(to|with)$/iu.test(tokens[k + 1]?.text ?? '');

/** A word after which a name is the one asking: "By Kate Marsh", "interviewed by" ("an interview with
 *  Ann Holt" names the one answering). */
const ASKER_BEFORE = /^by$/iu;
/** Verbs whose subject is the one asking: "Ann Holt asks", "Tom Reed interviews". */
const ASKER_VERB = /^(asks|asked|interviews|interviewed|questions|questioned|quizzes|quizzed|meets|met)$/iu;

/** Whether the person named at token `k` (up to token `end`) is the one asking. */
function asksAt(tokens: Token[], k: number, end: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  return ASKER_BEFORE.test(before) || (/^(to|with)$/iu.test(before) && talksAt(tokens, k - 2)) || ASKER_VERB.test(tokens[end + 1]?.text ?? '');
}

/** The one an interview's introduction (the text up to `introEnd`) says answers: the first person it
 *  names who is not asking, else the description talking ("The new mayor of Southend"), else null
 *  when it names only those asking. */
export function interviewee(text: string, introEnd: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const tokens = tokenize(text, 0, introEnd);
  let asking = false;
  for (let k = 0; k < tokens.length; k++) {
    const person = speakers.personStartingAt(tokens[k]!.start);
    if (!person) continue;
    let end = k;
    while (end + 1 < tokens.length && tokens[end]!.end < person.end) end++;
    if (!asksAt(tokens, k, end)) return person;
    asking = true;
  }
  const talker = talkerBefore(
    text,
    tokens,
    tokens.findIndex((_, k) => talksAt(tokens, k)),
    speakers,
  );
  if (talker) return namedLater(text, introEnd, talker, speakers) ?? talker;
  return asking ? null : speakers.firstPersonBefore(introEnd);
}

/** The person the text after the introduction gives the description's role ("Mayor Jane Oduya",
 *  "Sarah Lyle, the head teacher,"), or null. */
function namedLater(text: string, introEnd: number, description: SpeakerSurface, speakers: SpeakerFinder): SpeakerSurface | null {
  const head =
    description.text
      .split(/\s+of\s+|\s+at\s+/u)[0]!
      .split(/\s+/u)
      .pop() ?? '';
  const role = roleOf(head);
  if (!role) return null;
  for (const t of tokenize(text, introEnd, text.length)) {
    const person = speakers.personStartingAt(t.start);
    if (person && titlesAround(text, person).some((title) => title.roles.includes(role))) return person;
  }
  return null;
}

/** "The new mayor of Southend talks to …": the whole description from its sentence's first word,
 *  of and all, up to the verb at `verb` (a name alone would be a person found above). */
function talkerBefore(text: string, tokens: Token[], verb: number, speakers: SpeakerFinder): SpeakerSurface | null {
  if (verb < 1) return null;
  let from = verb - 1;
  while (from > 0 && !/^[.!?:\n]$/u.test(tokens[from - 1]!.text) && !/\n/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  return /^\p{Lu}/u.test(tokens[from]!.text) ? speakers.surface(tokens[from]!.start, tokens[verb - 1]!.end, 'NOMINAL', null) : null;
}

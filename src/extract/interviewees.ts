// Who answers in a question-and-answer interview, with "Q: …" / "A: …" labels (labelled-speech.ts) or
// without (interview-answers.ts): the one its introduction says is interviewed, read here for both.
// "The new mayor of Southend talks to Kate Marsh about her plans": the mayor answers, not the one talked
// to, nor one interviewing ("interviewed by", "Ann Holt asks"), nor the byline; "The Gazette interviews
// harbour inn owner": the one the text gives that role, before anyone the introduction names first.
import type { SpeakerSurface } from './name-index.js';
import { titlesAround } from './person-titles.js';
import { roleOf } from './roles.js';
import type { SpeakerFinder } from './speakers.js';
import { tokenize, type Token } from './tokens.js';
import { topicVerbLemma } from './topic-verbs.js';

/** "talks to", "spoke with": the verb of an interview, whose object is the one asking. */
const talksAt = (tokens: Token[], k: number) =>
  /^(talk|speak)$/u.test(topicVerbLemma(tokens[k]?.text ?? '') ?? tokens[k]?.text.toLowerCase() ?? '') && /^(to|with)$/iu.test(tokens[k + 1]?.text ?? '');

/** A word after which a name is the one asking: "By Kate Marsh", "interviewed by", "reporter Tom Reyes"
 *  ("an interview with Ann Holt" names the one answering). */
const ASKER_BEFORE = /^(by|reporters?|correspondents?)$/iu;
/** Verbs whose subject is the one asking: "Ann Holt asks", "Tom Reed interviews". */
const ASKER_VERB = /^(asks|asked|interviews|interviewed|questions|questioned|quizzes|quizzed|meets|met)$/iu;

/** "sat down with": one sat down with is the one asking ("Ann Holt sat down with Tom Reyes for an interview"). */
const satDownAt = (tokens: Token[], k: number) => /^(sit|sits|sat)$/iu.test(tokens[k - 1]?.text ?? '') && /^down$/iu.test(tokens[k]?.text ?? '');

/** Whether the person named at token `k` (up to token `end`) is the one asking. */
function asksAt(tokens: Token[], k: number, end: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  const talkedWith = /^(to|with)$/iu.test(before) && (talksAt(tokens, k - 2) || (before === 'with' && satDownAt(tokens, k - 2)));
  return ASKER_BEFORE.test(before) || talkedWith || ASKER_VERB.test(tokens[end + 1]?.text ?? '');
}

/** The one an interview's introduction (the text up to `introEnd`) names as asking ("interviewed by
 *  Tom Reyes", "Ann Holt sat down with Tom Reyes"), or null. */
export function interviewer(text: string, introEnd: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const tokens = tokenize(text, 0, introEnd);
  for (const { person, k, end } of personsNamed(tokens, speakers)) if (asksAt(tokens, k, end)) return person;
  return null;
}

/** Each person the tokens name, in order, with the first and last token of the name. */
function* personsNamed(tokens: Token[], speakers: SpeakerFinder): Generator<{ person: SpeakerSurface; k: number; end: number }> {
  for (let k = 0; k < tokens.length; k++) {
    const person = speakers.personStartingAt(tokens[k]!.start);
    if (!person) continue;
    let end = k;
    while (end + 1 < tokens.length && tokens[end]!.end < person.end) end++;
    yield { person, k, end };
  }
}

/** The one an interview's introduction (the text up to `introEnd`) says answers: the person its interview
 *  verb or noun takes, else the first person it names who is not asking, else the description talking
 *  ("The new mayor of Southend"), else null when it names only those asking. */
export function interviewee(text: string, introEnd: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const tokens = tokenize(text, 0, introEnd);
  const taken = personInterviewed(text, tokens, speakers);
  if (taken) return taken;
  let asking = false;
  for (const { person, k, end } of personsNamed(tokens, speakers)) {
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

/** "interviews", "interviewed", "an interview with": words whose object is the one interviewed. */
const interviewsAt = (tokens: Token[], k: number) =>
  /^interview(s|ed|ing)?$/iu.test(tokens[k]!.text) && (!/^interview$/iu.test(tokens[k]!.text) || /^with$/iu.test(tokens[k + 1]?.text ?? ''));
/** Where the words a verb takes as its object end: a preposition, a clause mark or a line's end. */
const OBJECT_END = /^(on|about|over|regarding|for|after|during|in|to|,|\.|;|:|\(|\)|—|–)$/iu;

/** The person an interview verb or noun takes ("The Gazette interviews harbour inn owner on …", "an interview
 *  with Ann Holt"): a name, a description followed by one ("the harbour master, Tom Reed"), or a
 *  description whose role the text gives a person later ("… inn owner" → "Harbour Inn owner, Ann
 *  Holt"); null when it takes none of these. */
function personInterviewed(text: string, tokens: Token[], speakers: SpeakerFinder): SpeakerSurface | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!interviewsAt(tokens, k)) continue;
    const from = /^with$/iu.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (!tokens[from] || /^by$/iu.test(tokens[from].text)) continue;
    const named = speakers.personStartingAt(tokens[from].start);
    if (named) return named;
    let end = from;
    const goesOn = (j: number) => !OBJECT_END.test(tokens[j]!.text) && !/\n/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
    while (end < tokens.length && goesOn(end) && !speakers.isPersonAt(tokens[end]!.start)) end++;
    const stop = tokens[end];
    if (end === from || (stop && speakers.isPersonAt(stop.start))) continue;
    const apposed = stop?.text === ',' && tokens[end + 1] ? speakers.personStartingAt(tokens[end + 1]!.start) : null;
    // ("the harbour master, Tom Reed." but not "an interview with the Gazette last week, Tom Reed was asked")
    if (apposed && /^[,.;:]?$/u.test(text.slice(apposed.end).trimStart()[0] ?? '')) return apposed;
    const description = speakers.surface(tokens[from].start, tokens[end - 1]!.end, 'NOMINAL', null);
    const later = namedLater(text, description.end, description, speakers);
    if (later) return later;
  }
  return null;
}

/** The person the text after `after` gives the description's role ("Mayor Jane Oduya", "Sarah Lyle,
 *  the head teacher,", "Harbour Inn owner, Ann Holt,"), or null. ("one of the owners of a bar": the
 *  role is the owners'.) */
function namedLater(text: string, after: number, description: SpeakerSurface, speakers: SpeakerFinder): SpeakerSurface | null {
  const head =
    description.text
      .replace(/^one of (?:the|its|their|his|her)\s+/iu, '')
      .split(/\s+of\s+|\s+at\s+/u)[0]!
      .split(/\s+/u)
      .pop() ?? '';
  const role = roleOf(head);
  if (!role) return null;
  for (const t of tokenize(text, after, text.length)) {
    const person = speakers.personStartingAt(t.start);
    if (person && (titlesAround(text, person).some((title) => title.roles.includes(role)) || roleOf(roleBeforeComma(text, person.start)) === role))
      return person;
  }
  return null;
}

/** The word before a comma right before a name: "owner" in "Harbour Inn owner, Ann Holt". */
const roleBeforeComma = (text: string, start: number) => /(\p{L}+),\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';

/** "The new mayor of Southend talks to …": the whole description from its sentence's first word,
 *  of and all, up to the verb at `verb` (a name alone would be a person found above). */
function talkerBefore(text: string, tokens: Token[], verb: number, speakers: SpeakerFinder): SpeakerSurface | null {
  if (verb < 1) return null;
  let from = verb - 1;
  while (from > 0 && !/^[.!?:\n]$/u.test(tokens[from - 1]!.text) && !/\n/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  return /^\p{Lu}/u.test(tokens[from]!.text) ? speakers.surface(tokens[from]!.start, tokens[verb - 1]!.end, 'NOMINAL', null) : null;
}

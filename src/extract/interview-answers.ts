// Who "I" is in an interview set out as questions and answers without labels: paragraphs that are a
// question alone ("Why did you open the shop?"), each answered by the paragraphs after it. There the "I"
// of an answer is the one interviewed, whom the introduction (the text before the first question) names:
// "The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry."
import { interviewee, interviewer } from './interviewees.js';
import { personNames } from './name-mentions.js';
import { spanAt } from './span-index.js';
import { SpeakerFinder } from './speakers.js';
import type { Block, Entity, Layout } from './types.js';

/** How many question paragraphs make a text a set of questions and answers. */
const MIN_QUESTIONS = 2;
/** The introduction says it is an interview, or who spoke with whom (else its questions and answers must:
 *  `asksYouAnsweredAsI`). */
const INTERVIEW_WORDS = /\binterview(?:s|ed|ee)?\b|\b(?:spoke|speaks|talked|talks) (?:with|to)\b/iu;

const isQuestion = (layout: Layout, b: Block) => /\?["”’)]?\s*$/u.test(layout.text.slice(b.start, b.end));

/** The one an interview of questions and answers is with, and where its first question starts; null when
 *  the text is no such interview or names no one. */
export interface Interview {
  interviewee: Entity;
  firstQuestion: number;
  /** the person the introduction names with the one interviewed by "and" ("Ann Holt and Tom Reyes run
   *  the ferry"): answering as "we", asked as "you", the two are one joint speaker. */
  partner: Entity | null;
  /** the one the introduction says asks ("sat down with Tom Reyes"): the "I" of the questions */
  asker: Entity | null;
}

export function interviewIn(layout: Layout, entities: Entity[]): Interview | null {
  const body = layout.blocks.filter((b) => b.role === 'BODY');
  const questions = body.filter((b, i) => isQuestion(layout, b) && body[i + 1] && !isQuestion(layout, body[i + 1]!));
  if (questions.length < MIN_QUESTIONS) return null;
  const introEnd = firstAsked(layout, body, questions[0]!).start;
  const { text } = layout;
  if (!INTERVIEW_WORDS.test(text.slice(0, introEnd)) && !asksYouAnsweredAsI(body, questions)) return null;
  // (The one "A: …" answers in a labelled interview, interviewees.ts: one reading of the introduction for both.)
  const speakers = new SpeakerFinder(text, entities);
  const personOf = (s: { entityId: string | null } | null) => (s?.entityId ? entities.find((e) => e.id === s.entityId && e.type === 'PERSON') : undefined);
  const person = personOf(interviewee(text, introEnd, speakers));
  if (!person) return null;
  const asker = personOf(interviewer(text, introEnd, speakers));
  return {
    interviewee: person,
    firstQuestion: introEnd,
    partner: partnerIn(text, introEnd, person, entities),
    asker: asker && asker !== person ? asker : null,
  };
}

/** The person an introduction (the text up to `introEnd`) names side by side with the one interviewed,
 *  joined by "and" alone: "Wikinews spoke with Ann Holt and Tom Reyes", "… is run by Ann Holt and Tom Reyes". */
function partnerIn(text: string, introEnd: number, person: Entity, entities: Entity[]): Entity | null {
  const names = [...personNames(entities)].filter(({ m }) => m.end <= introEnd).sort((x, y) => x.m.start - y.m.start);
  for (const [i, { e, m }] of names.entries()) {
    const next = names[i + 1];
    if (!next || next.e === e || !/^\s+and\s+$/u.test(text.slice(m.end, next.m.start))) continue;
    if (e === person) return next.e;
    if (next.e === person) return e;
  }
  return null;
}

/** "we" answering or "you" asked in an interview with a partner: the two as one joint speaker, named
 *  in the order the introduction gives them. */
export function jointAnswering(interview: Interview): { entity: Entity; name: string } | null {
  const { interviewee, partner } = interview;
  if (!partner) return null;
  const [first, second] = interviewee.mentions[0]!.start < partner.mentions[0]!.start ? [interviewee, partner] : [partner, interviewee];
  return { entity: second, name: `${first.name} and ${second.name}` };
}

/** Whether words outside quote marks speak as "I" ("She handed me a shirt"). */
export const speaksAsI = (words: string) => /\b(?:I|me|my)\b/u.test(words.replace(/["“][^"“”]*["”]/gu, ' '));

/** Whether questions put to "you" are answered as "I", at least as many as make an interview: one whose
 *  introduction need not say so ("Mrs Holt, do you still think the pier can be saved?" ⏎ "I said last winter …"). A
 *  story asking its reader ("Why do you need a will?") answers as "experts", not as "I". */
function asksYouAnsweredAsI(body: Block[], questions: Block[]): boolean {
  const answered = questions.filter((q) => /\byou(?:r)?\b/iu.test(q.text) && speaksAsI(body[body.indexOf(q) + 1]?.text ?? ''));
  return answered.length >= MIN_QUESTIONS;
}

/** How many times longer than the question before it an answer ending in a question mark is. */
const ANSWER_LENGTHS = 3;

/** Whether a paragraph ending in a question mark answers the question paragraph right before it: one
 *  many times its length ("… it wouldn't be called research, would it?" closing a long answer). */
function answersQuestion(layout: Layout, b: Block, previous: Block | undefined): boolean {
  return !!previous && isQuestion(layout, previous) && b.end - b.start >= ANSWER_LENGTHS * (previous.end - previous.start);
}

/** Whether `b` asks: the interview's first question, or it ends in a question mark and answers neither
 *  the question paragraph right before it nor the first question, whatever mark ends that one ("Could
 *  be. … why should it exist?" after "I wanted to know what you make of the summit."). */
function asks(layout: Layout, b: Block, interview: Interview): boolean {
  if (b.start === interview.firstQuestion) return true;
  if (!isQuestion(layout, b)) return false;
  const body = layout.blocks.filter((x) => x.role === 'BODY');
  const previous = body[body.indexOf(b) - 1];
  return !answersQuestion(layout, b, previous) && previous?.start !== interview.firstQuestion;
}

/** The first question of an interview whose first question paragraph is `first`: the paragraph before
 *  the first one ending in a question mark, when that one is an answer many times its length and it
 *  speaks to "you" ("I wanted to know what you make of the pier plan." ⏎ a long answer closing "… why
 *  should the islanders trust the council again?"), else `first`. */
function firstAsked(layout: Layout, body: Block[], first: Block): Block {
  const marked = body.find((b) => isQuestion(layout, b))!;
  const before = body[body.indexOf(marked) - 1];
  const answers = before && /\byou\b/iu.test(before.text) && marked.end - marked.start >= ANSWER_LENGTHS * (before.end - before.start);
  return answers ? before : (promptBefore(body, first) ?? first);
}

/** A prompt put as a statement to "you" right before the answer that comes before the first question
 *  ("You have run the ferry for ten years." ⏎ "I bought it when …" ⏎ "Why the ferry?"): that answer is the
 *  interview's too, so the prompt is its first question. The prompt speaks to "you" and not as "I", and
 *  is shorter than the answer, which speaks as "I". */
function promptBefore(body: Block[], first: Block): Block | null {
  const at = body.indexOf(first);
  const [prompt, answer] = [body[at - 2], body[at - 1]];
  if (!prompt || !answer || !/\byou(?:r)?\b/iu.test(prompt.text) || speaksAsI(prompt.text)) return null;
  return speaksAsI(answer.text) && prompt.end - prompt.start < answer.end - answer.start ? prompt : null;
}

/** Whether the text at `pos` lies in an answer: a paragraph after the first question that does not ask. */
export function inAnswer(layout: Layout, pos: number, interview: Interview): boolean {
  return !!answerAt(layout, pos, interview);
}

/** The answer paragraph at `pos`, if it lies in one. */
function answerAt(layout: Layout, pos: number, interview: Interview): Block | undefined {
  const block = spanAt(layout.blocks, pos);
  return block && block.start > interview.firstQuestion && !asks(layout, block, interview) ? block : undefined;
}

/** Whether the text at `pos` lies in a question of the interview: a paragraph from the first question on
 *  that asks. Its "you" is the one interviewed ("Why did you open the shop?"). */
export function inQuestion(layout: Layout, pos: number, interview: Interview): boolean {
  const block = spanAt(layout.blocks, pos);
  return !!block && block.start >= interview.firstQuestion && asks(layout, block, interview);
}

/** Whether the text at `pos` lies in an answer whose narration speaks as "I" ("She handed me a shirt"),
 *  what is inside quote marks aside: there the one answering is "I", never "he" or "she". (A story with
 *  questions for paragraphs, "Ann Holt hoped … She acknowledges …", is no answer in the first person.) */
export function answersAsI(layout: Layout, pos: number, interview: Interview): boolean {
  const block = answerAt(layout, pos, interview);
  if (!block) return false;
  return speaksAsI(layout.text.slice(block.start, block.end));
}

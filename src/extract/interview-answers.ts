// Who "I" is in an interview set out as questions and answers without labels: paragraphs that are a
// question alone ("Why did you open the shop?"), each answered by the paragraphs after it. There the "I"
// of an answer is the one interviewed, whom the introduction (the text before the first question) names:
// "The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry."
import { interviewee } from './interviewees.js';
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
}

export function interviewIn(layout: Layout, entities: Entity[]): Interview | null {
  const body = layout.blocks.filter((b) => b.role === 'BODY');
  const questions = body.filter((b, i) => isQuestion(layout, b) && body[i + 1] && !isQuestion(layout, body[i + 1]!));
  if (questions.length < MIN_QUESTIONS) return null;
  const introEnd = questions[0]!.start;
  const { text } = layout;
  if (!INTERVIEW_WORDS.test(text.slice(0, introEnd)) && !asksYouAnsweredAsI(body, questions)) return null;
  // (The one "A: …" answers in a labelled interview, interviewees.ts: one reading of the introduction for both.)
  const who = interviewee(text, introEnd, new SpeakerFinder(text, entities));
  const person = who?.entityId ? entities.find((e) => e.id === who.entityId && e.type === 'PERSON') : undefined;
  return person ? { interviewee: person, firstQuestion: introEnd } : null;
}

/** Whether words outside quote marks speak as "I" ("She handed me a shirt"). */
const speaksAsI = (words: string) => /\b(?:I|me|my)\b/u.test(words.replace(/["“][^"“”]*["”]/gu, ' '));

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
function answersQuestion(layout: Layout, b: Block): boolean {
  const body = layout.blocks.filter((x) => x.role === 'BODY');
  const previous = body[body.indexOf(b) - 1];
  return !!previous && isQuestion(layout, previous) && b.end - b.start >= ANSWER_LENGTHS * (previous.end - previous.start);
}

/** Whether `b` asks: it ends in a question mark and answers no question right before it. */
const asks = (layout: Layout, b: Block) => isQuestion(layout, b) && !answersQuestion(layout, b);

/** Whether the text at `pos` lies in an answer: a paragraph after the first question that does not ask. */
export function inAnswer(layout: Layout, pos: number, interview: Interview): boolean {
  return !!answerAt(layout, pos, interview);
}

/** The answer paragraph at `pos`, if it lies in one. */
function answerAt(layout: Layout, pos: number, interview: Interview): Block | undefined {
  const block = spanAt(layout.blocks, pos);
  return block && block.start > interview.firstQuestion && !asks(layout, block) ? block : undefined;
}

/** Whether the text at `pos` lies in a question of the interview: a paragraph from the first question on
 *  that asks. Its "you" is the one interviewed ("Why did you open the shop?"). */
export function inQuestion(layout: Layout, pos: number, interview: Interview): boolean {
  const block = spanAt(layout.blocks, pos);
  return !!block && block.start >= interview.firstQuestion && asks(layout, block);
}

/** Whether the text at `pos` lies in an answer whose narration speaks as "I" ("She handed me a shirt"),
 *  what is inside quote marks aside: there the one answering is "I", never "he" or "she". (A story with
 *  questions for paragraphs, "Ann Holt hoped … She acknowledges …", is no answer in the first person.) */
export function answersAsI(layout: Layout, pos: number, interview: Interview): boolean {
  const block = answerAt(layout, pos, interview);
  if (!block) return false;
  return speaksAsI(layout.text.slice(block.start, block.end));
}

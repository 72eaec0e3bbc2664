// Bodies a story describes without naming them: "The energy ministry rejected the claims. In a
// statement, it said …" and, further on, "the ministry said" speak for that ministry, not for an
// organization named before it. Only a sentence of narration opening with the description counts,
// and only a description of a public body or one a modifier sets apart ("the pilots' union"), so
// that "The group said" after "Greenpeace" still goes back to the name.
import { isClosedClassWord, isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { Layout } from './types.js';
import { type HeadTest, type OpeningDescription, openingDescription } from './opening-descriptions.js';
import { extended } from './extended.js';
import { isLowerCaseWord } from './tokens.js';

/** Public bodies a story can describe without a name. */
export const PUBLIC_BODY =
  /^(ministry|department|agency|police|court|council|committee|commission|authority|regulator|union|government|watchdog|board|service)$/u;
/** Words that may open a sentence before its subject. */
const LEAD = /^(but|and|meanwhile|however|separately),?$/iu;
/** "The energy ministry", "Estavia's foreign ministry": an article or a name's possessive. */
const DETERMINER = /^([Tt]he|THE|\p{Lu}[\p{L}.-]*['’]s)$/u;
/** Words after a noun that show it is no subject: "The energy ministry of …", "the union's". */
const NOT_VERB = /^(of|for|in|at|on|and|or|to|with|from|that|which|who|whose)$/u;

export interface BodyDescription extends OpeningDescription {
  sentence: number;
}

/** The unnamed bodies opening sentences of narration, in document order. */
export function openingBodies(layout: Layout): BodyDescription[] {
  return layout.sentences.flatMap((sentence, n) => {
    const body = openingDescription(sentence.text, sentence.start, DETERMINER, bodyHead, LEAD);
    return body ? [extended(body, { sentence: n })] : [];
  });
}

/** The head: a public body's word or the word after a possessor, after one to three lower-case
 *  modifiers ("The energy ministry", "The pilots' union", "The governor's office"), and a lower-case word after it that
 *  may be its verb. */
const bodyHead: HeadTest = (words, i, first) => {
  const word = words[i]!;
  if (i > first + 1) {
    if (!isLowerCaseWord(word)) return 'stop';
    const next = words[i + 1]!;
    if ((PUBLIC_BODY.test(word) || /['’]s?$/u.test(words[i - 1]!)) && isLowerCaseWord(next) && !NOT_VERB.test(next)) return 'head';
  }
  // ("The state environment agency": right after the article, "state" is no verb.)
  const modifier = i === first + 1 ? !isClosedClassWord(word) : !isFiniteVerb(word) && !isFunctionWord(word);
  return /^[\p{Ll}-]+(['’]s?)?$/u.test(word) && modifier ? 'modifier' : 'stop';
};

// Bodies a story describes without naming them: "The energy ministry rejected the claims. In a
// statement, it said …" and, further on, "the ministry said" speak for that ministry, not for an
// organization named before it. Only a sentence of narration opening with the description counts,
// and only a description of a public body or one a modifier sets apart ("the pilots' union"), so
// that "The group said" after "Greenpeace" still goes back to the name.
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { Layout, TextSpan } from './types.js';

/** Public bodies a story can describe without a name. */
const PUBLIC_BODY = /^(ministry|department|agency|police|court|council|committee|commission|authority|regulator|union|government|watchdog|board|service)$/u;
/** Words that may open a sentence before its subject. */
const LEAD = /^(but|and|meanwhile|however|separately),?$/iu;
/** Words after a noun that show it is no subject: "The energy ministry of …", "the union's". */
const NOT_VERB = /^(of|for|in|at|on|and|or|to|with|from|that|which|who|whose)$/u;

export interface BodyDescription extends TextSpan {
  head: string;
  sentence: number;
}

/** The unnamed bodies opening sentences of narration, in document order. */
export function openingBodies(layout: Layout): BodyDescription[] {
  const out: BodyDescription[] = [];
  for (const [n, sentence] of layout.sentences.entries()) {
    const words = sentence.text.slice(0, 80).split(/\s+/u);
    const the = LEAD.test(words[0] ?? '') ? 1 : 0;
    if (!/^the$/iu.test(words[the] ?? '')) continue;
    // The head: a public body's word or the word after a possessor, after one to three lower-case
    // modifiers ("The energy ministry", "The pilots' union"), and a lower-case word after it.
    for (let h = the + 2; h <= the + 4 && h < words.length - 1; h++) {
      const word = words[h]!;
      const modifiers = words.slice(the + 1, h);
      if (!/^\p{Ll}+$/u.test(word) || !modifiers.every((w) => /^[\p{Ll}-]+['’]?$/u.test(w) && !isFiniteVerb(w) && !isFunctionWord(w))) break;
      const next = words[h + 1]!;
      if (!(PUBLIC_BODY.test(word) || /['’]$/u.test(words[h - 1]!)) || !/^\p{Ll}+$/u.test(next) || NOT_VERB.test(next)) continue;
      const start = sentence.start + sentence.text.indexOf(words[the]!);
      const end = start + words.slice(the, h + 1).join(' ').length;
      out.push({ start, end, text: layout.text.slice(start, end), head: word, sentence: n });
      break;
    }
  }
  return out;
}

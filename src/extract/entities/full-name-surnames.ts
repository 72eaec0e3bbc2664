// "Donald Trump … Trump University … defeat Trump": a lone word the story gives a person as surname,
// named in full with a given name, is that person where the typer made a body of it from the longer
// names it opens, unless the story shows a firm or a side by it: evidence after it (company-evidence.ts),
// its shares or its kind before it ("shares of Pike", "retailer Pike"), a score after it, a sports report's
// sides, or words that decide its type.
import type { TypedCandidate } from './typed-candidates.js';
import { key } from './entity-table.js';
import { hasGivenName } from './name-words.js';
import { tradedAsCompany } from './organization-context.js';
import { VERB } from './stranded-prepositions.js';
import { isLowerCaseWord } from '../tokens.js';

const SCORE = /^\d{1,3}-\d{1,3}$/u;
/** Words that open a noun phrase before a kind's word: "the group", "a charity". */
const DETERMINER = /^(?:the|a|an|this|that|one)$/u;

/** "the group Holt addressed", "a charity Holt founded": a kind of body after a determiner, then the
 *  surname and a verb, is a clause about the body whose subject is the person, no body's name. */
const subjectAfterKind = (t: TypedCandidate) => DETERMINER.test(t.c.prevBefore) && isLowerCaseWord(t.c.prev) && VERB(t.c.next);

/** Retypes (in place) as persons the lone words typed organizations that are surnames of persons named in
 *  full with a given name; `companies`: the names the story shows to be firms or sides (lower case). */
export function surnamesAsPersons(typed: TypedCandidate[], companies: Set<string>, isDecided: (t: TypedCandidate) => boolean): void {
  const surnames = new Set(typed.filter((t) => t.type === 'PERSON' && hasGivenName(t.c.words)).map((t) => key(t.c.words[t.c.words.length - 1]!)));
  if (!surnames.size) return;
  const lone = (t: TypedCandidate) => t.c.words.length === 1 && surnames.has(key(t.c.text));
  // A firm anywhere by the words around it is a firm everywhere ("Pike shares … Pike said"), and so is a side
  // before its score ("Yale beat Pike 77-60"); not a kind's word before a clause the person is the subject of.
  const firms = new Set(
    typed
      .filter((t) => lone(t) && !subjectAfterKind(t) && (tradedAsCompany(t.c) || SCORE.test(t.c.next) || (t.type === 'ORGANIZATION' && isDecided(t))))
      .map((t) => key(t.c.text)),
  );
  for (const t of typed)
    if (t.type === 'ORGANIZATION' && lone(t) && !t.caps && !firms.has(key(t.c.text)) && !companies.has(t.c.text.toLowerCase())) t.type = 'PERSON';
}

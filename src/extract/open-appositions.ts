// "Sen. Ann Holt (D-NY), a supporter of the ferry bill told reporters …": a description set off after
// a person's name whose closing comma the writer left out still describes that person, the subject
// of the cue, not the last noun of the description ("the ferry bill").
import { PERSON_TITLES } from './entities/person-vocabulary.js';
import { isArticle, isFiniteVerb, isPreposition } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { isClosingQuoteMark } from './quote-mark-tokens.js';
import type { Token } from './tokens.js';

/** At most this many words in the description. */
const LONGEST = 16;

/** The person before an unclosed description that runs up to the cue's last word before it at `j`:
 *  the name (with its party bracket) opens its clause, a comma and an article follow it, and the
 *  description holds a preposition and no verb nor comma, and the cue is a finite verb; a comma right after the cue makes the
 *  description the speaker set off in the sentence ("Ann Holt, the mayor said, was …"), so null. */
export function personBeforeOpenApposition(names: NameIndex, tokens: Token[], cue: number, j: number): SpeakerSurface | null {
  // ("Mr. Kim, a physician known for his work addressing rural health": a participle is inside the description.)
  if (!isFiniteVerb(tokens[cue]?.text ?? '') || tokens[cue + 1]?.text === ',') return null;
  const comma = lastCommaWithin(tokens, j);
  // An article opens the description: "a supporter of …", "the director for …".
  if (comma < 1 || !isArticle(tokens[comma + 1]?.text ?? '')) return null;
  const described = tokens.slice(comma + 2, j + 1);
  if (!described.some((t) => isPreposition(t.text)) || described.some((t) => isFiniteVerb(t.text))) return null;
  const end = tokens[comma - 1]!.text === ')' ? names.pastBrackets(tokens, comma - 1) : comma - 1;
  const person = names.nameAt.get(tokens[end]?.start ?? -1);
  if (person?.entity.type !== 'PERSON' || person.end !== tokens[end]!.end) return null;
  return opensClause(tokens, names.indexAt(tokens, person.start)) ? names.surface(person.start, person.end, 'NAME', person.entity.id) : null;
}

/** The comma closest before `j`, within the words a description may hold, or -1. */
function lastCommaWithin(tokens: Token[], j: number): number {
  for (let k = j; k >= 0 && j - k <= LONGEST; k--) if (tokens[k]!.text === ',') return k;
  return -1;
}

/** Whether the name at token `first`, past its titles, opens its sentence or follows a comma. */
function opensClause(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.text === '.' || PERSON_TITLES.has(tokens[k]!.text.toLowerCase().replace(/\.$/u, '')))) k--;
  // (Marks that may close what stands before the subject: "On KTV's “Harbour Talk,” Sen. …".)
  while (k >= 0 && isClosingQuoteMark(tokens[k]!.text)) k--;
  return k < 0 || tokens[k]!.text === ',';
}

// Leagues named in their own languages ("Serie A", "La Liga", "Ligue 1", "the Bundesliga"): the competition
// a side plays in, no body that acts nor a place where it plays ("scored 20 goals in Serie A").
import { cueLemma } from '../cues.js';
import { isVerbForm } from '../lexicon.js';
import type { Token } from '../tokens.js';
import type { Candidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { LEAGUE_NAMES, LEAGUE_WORDS } from './named-body-vocabulary.js';

const GRADE = /^(?:[A-D]|[1-3])$/u;

/** "Serie A", "Ligue 1": a grade's letter or figure after a league's word is a word of its name. */
export const joinsLeagueGrade = (run: Token[], t: Token) => run.length === 1 && LEAGUE_WORDS.has(run[0]!.text.toLowerCase()) && GRADE.test(t.text);

/** "Bundesliga", "Serie A", "La Liga", "2. Bundesliga": a league's own name. */
function isLeagueName(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  if (LEAGUE_NAMES.has(last)) return true;
  return lower.length === 2 && ((LEAGUE_WORDS.has(lower[0]!) && GRADE.test(words[1]!)) || (lower[0] === 'la' && last === 'liga'));
}

/** A league named as the competition, not acting ("La Liga said", "the Bundesliga fined …" are its body). */
export const namesLeague = (c: Candidate) => isLeagueName(c.words) && !isVerbForm(c.next) && !cueLemma(c.next);

/** What news calls a side after its league: "Ligue 1 side Brest", "Bundesliga club Mainz", "Serie A leaders Napoli". */
const SIDE_NOUN = /^(?:side|club|outfit|team|leaders|champions|strugglers|newcomers)$/u;

/** Leagues are the competition whatever the passes before made of them, and the name a league's side noun
 *  puts after it is a club ("joined Ligue 1 side Brest": Brest is no town there). */
export function typeLeaguesAndTheirSides(typed: TypedCandidate[], text: string): void {
  typed.forEach((t, i) => {
    if (!namesLeague(t.c)) return;
    t.type = null;
    const after = typed[i + 1];
    if (after && SIDE_NOUN.test(after.c.prev) && /^\s+\S+\s+$/u.test(text.slice(t.c.end, after.c.start))) after.type = 'ORGANIZATION';
  });
}

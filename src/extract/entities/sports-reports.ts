// Whether a text reads as a sports report: by what only sport has (innings, a goalkeeper, the standings, a
// sport named, a result with its score), not by the words a contest of any kind shares with it ("race", "win",
// "victory", "team", "points", "beat"), which election stories are full of.

// These patterns read whole texts: each opens its word with (?<!\w), the same as \b before a word's first
// letter, which the regular expression engine rejects about twice as fast at the text's other characters.

// Words of play itself: a document with two is a sports report.
const PLAY_WORDS =
  /(?<!\w)(?:innings?|wickets?|batsman|bowler|homer(?:ed|s)?|pitcher|half-?time|seeded|quarter-?finals?|semi-?finals?|standings|goalkeeper|striker|midfielder|winger|quarterback|touchdowns?|playoffs?|scoreboard|equali[sz](?:ed|er))\b/giu;
// Words of sport that other news uses too ("a golf club", "the players in this fight", "the Olympics of
// fundraising"): each counts half.
const GAME_WORDS = /(?<!\w)(?:match(?:es)?|tournaments?|leagues?|clubs?|players?|captains?|coach|scored|goals|stadium|medals?|olympics?)\b/giu;
// (Not horse racing: its horses are no sides, and its odds, "16-1", read as scores.)
const SPORTS =
  /(?<!\w)(?:soccer|football|cricket|rugby|tennis|golf|baseball|basketball|hockey|athletics|boxing|cycling|skiing|squash|motor racing|formula one|nfl|nba|nhl)\b/iu;
// "3-1", "228-9", "6-4": a score, not a date's or a range's part ("1996-08-30", "$5-10").
const SCORE_SOURCE = String.raw`(?<![\d.,$-])\b\d{1,3}-\d{1,3}\b(?![\d-])`;
const SCORE = new RegExp(SCORE_SOURCE, 'gu');
// A result told with its score: "beat Chicago 112-104", "a 1-1 draw", "won 3-0", "lost 2-1 to …".
const RESULT = new RegExp(
  String.raw`\b(?:beat|beats|drew|won|lost|defeated|thrashed|edged)\b[^.\n\d]{0,30}${SCORE_SOURCE}|${SCORE_SOURCE}\s+(?:draw|win|victory|defeat|loss|home|away)\b`,
  'iu',
);

// A poll's figures read as scores ("Holt leads Weller 45-38", "beats Diaz 42-40"): a paragraph that
// speaks of a poll, a survey, voters or percentages tells none of a game's.
const POLL_TALK = /\b(?:polls?|polled|polling|pollsters?|surveys?|voters|percent|per cent)\b|%/iu;

/** The text without its paragraphs of poll figures (see POLL_TALK). */
const withoutPollFigures = (text: string) =>
  text
    .split('\n')
    .filter((paragraph) => !POLL_TALK.test(paragraph))
    .join('\n');

/** The distinct words `pattern` finds, one per stem ("goal" and "goals", "match" and "matches" are one). */
function distinctStems(text: string, pattern: RegExp): number {
  return new Set((text.match(pattern) ?? []).map((w) => w.toLowerCase().replace(/(?:(?<=ch)es|s|ed)$/u, ''))).size;
}

/** Whether the text reads as a sports report: two words of play, a sport named in its headline, or their
 *  kin making up as much: a sport named in the story, a result with its score, two scores (outside a
 *  poll's paragraphs), and words of sport other news shares, at half weight. Every piece of evidence
 *  adds, so the tests stop once the answer is known, the costliest last: most news has no score. */
export function isSportsReport(text: string): boolean {
  let evidence = distinctStems(text, PLAY_WORDS) + distinctStems(text, GAME_WORDS) / 2 + sportNamed(text);
  if (evidence >= 2) return true;
  // A result holds a score, and a paragraph reads the same alone as in the text: with no score in the
  // text, there is none outside its poll's paragraphs either.
  if (text.search(SCORE) < 0) return false;
  const scored = withoutPollFigures(text);
  evidence += (scored.match(SCORE) ?? []).length >= 2 ? 1 : 0;
  // A result adds 1 at most.
  if (evidence >= 2 || evidence < 1) return evidence >= 2;
  return RESULT.test(scored);
}

/** 2 for a sport named in the headline (the first line), else 0.5 for one named in the story, else 0. */
function sportNamed(text: string): number {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return SPORTS.test(text) ? 2 : 0;
  return SPORTS.test(text.slice(0, lineEnd)) ? 2 : SPORTS.test(text.slice(lineEnd + 1)) ? 0.5 : 0;
}

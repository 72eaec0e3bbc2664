// The players a cricket scorecard names, whatever else their names may be (a town, a county, a side):
// a batsman's line and how he was out ("Tom Carlisle c Pike b Reyes 45", "Holt not out 12"), a bowler's
// figures ("Kent 6.5-1-23-4") and those who did not bat ("Did not bat: Rennie, Olonga.").

/** A player's name: capitalised words or initials, a surname's particle before one ("de Silva"). */
const PARTICLE = String.raw`(?:de|da|van|der|von|du|le|al|ul)\s+`;
const WORD = String.raw`(?:${PARTICLE})*\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,3}`;
/** How a batsman was out, the fielder's and the bowler's names in it. */
const HOW_OUT = String.raw`(?:(?:c|st)\s+(?:sub\s+)?(${NAME})\s+b\s+(${NAME})|c\s+(?:and|&)\s+b\s+(${NAME})|(?:lbw|hit\s+wicket|hw)\s+b\s+(${NAME})|b\s+(${NAME})|run\s+out(?:\s+\((${NAME})(?:\s*\/\s*(${NAME}))?\))?|not\s+out|retired\s+(?:hurt|ill|out)|absent\s+(?:hurt|ill)|timed\s+out|handled\s+the\s+ball|obstructing\s+the\s+field)`;
/** A batting line: the batsman, how he was out, his runs (perhaps the balls he faced in brackets). */
const BATTING = new RegExp(String.raw`^(${NAME})\s+${HOW_OUT}\s+\d{1,3}\*?(?:\s+\([^()]*\))?$`, 'du');
/** What every bowler's figures hold ("10-2-35-3"): a line without it has no bowler (a cheap test first:
 *  most lines of prose hold a digit, and the bowler's pattern, tried at every word of them, cost more). */
const FIGURES = /\d-\d{1,2}-\d{1,3}-\d/u;
/** A bowler's figures, overs-maidens-runs-wickets, where a list or a line opens or a comma parts them. */
const BOWLING = new RegExp(String.raw`(?<=^|[,:;]\s*)(${NAME})\s+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b`, 'dgu');
/** Those who did not bat, listed after their label. */
const NOT_BATTED = /^(?:did\s+not\s+bat|yet\s+to\s+bat|to\s+bat)\s*:\s*(.+?)\.?$/diu;
/** One of them: a name between the list's commas or its "and". */
const LISTED = new RegExp(String.raw`(?:^|,|\band\b)\s*(${NAME})\s*(?=,|\band\b|$)`, 'dgu');

/** The [start, end) spans (offsets in `line`) of the players a scorecard line names. */
export function scorecardPlayers(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Runs and figures are numbers: a line without a digit (most lines of prose) is no batting nor bowling line.
  if (/\d/u.test(line)) {
    const batting = BATTING.exec(line);
    if (batting?.indices) for (const at of batting.indices.slice(1)) if (at) spans.push([at[0], at[1]]);
    if (FIGURES.test(line)) for (const bowler of line.matchAll(BOWLING)) if (bowler.indices?.[1]) spans.push(bowler.indices[1]);
  }
  // (Those who did not bat follow their label's colon.)
  const list = line.includes(':') ? NOT_BATTED.exec(line) : null;
  const from = list?.indices?.[1]?.[0];
  if (from !== undefined) for (const entry of list![1]!.matchAll(LISTED)) spans.push([from + entry.indices![1]![0], from + entry.indices![1]![1]]);
  return spans;
}

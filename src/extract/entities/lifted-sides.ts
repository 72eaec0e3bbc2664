// "to lift Seattle past Boston", "led Denver to a 5-2 victory", "earned Seville a 1-1 draw",
// "Valencia's 2-1 win over Seville": in a sports report a player's play carries a side to its result,
// and a result by one score is a side's own; the town so carried or owning the result is the side.

/** Verbs by which a player carries a side: "lift", "led", "powered", "helped" … */
const CARRY =
  /^(?:lead|leads|led|leading|lift|lifts|lifted|lifting|carry|carries|carried|carrying|power|powers|powered|powering|propel|propels|propelled|help|helps|helped|helping|push|pushes|pushed|spark|sparks|sparked)$/u;
/** After the carried side: "past Boston", "to a 7-4 win", "to victory", "to their third straight win". */
const CARRIED_TO =
  /^\s+(?:past\s+\p{Lu}|over\s+\p{Lu}|to\s+(?:(?:an?|its|their)\s+)?(?:\d{1,3}-\d{1,3}\s+)?(?:(?:\p{Ll}+-)?\p{Ll}+\s+){0,2}?(?:win|victory|draw|triumph|success|lead)\b)/u;
/** Verbs that give a side a result: "earned Seville a 1-1 draw", "secured Seville a 1-0 win". */
const EARN = /^(?:earn|earns|earned|earning|secure|secures|secured|securing|salvage|salvaged|snatch|snatched|clinch|clinched)$/u;
const EARNED = /^\s+an?\s+(?:\d{1,3}-\d{1,3}\s+)?(?:(?:\p{Ll}+-)?\p{Ll}+\s+)?(?:win|victory|draw|point|lead)\b/u;
/** "'s 2-1 win", "'s 3-0 defeat": a result by one score owned by the name (a player's sets excluded). */
const OWN_RESULT = /^['’]s\s+(?!(?:[67]-[0-7]|[0-7]-[67])\b)\d{1,3}-\d{1,3}\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw|triumph|success)\b/u;

/** Whether the name, ending at `end` with `prev` before it, is a side carried to, given or owning a result. */
export const liftedToResult = (prev: string, end: number, text: string): boolean => {
  const after = text.slice(end, end + 60);
  return (CARRY.test(prev) && CARRIED_TO.test(after)) || (EARN.test(prev) && EARNED.test(after)) || OWN_RESULT.test(after);
};

// "to lift Seattle past Boston", "led Denver to a 5-2 victory", "earned Seville a 1-1 draw",
// "Valencia's 2-1 win over Seville", "Velmora held Korvena to a 1-1 draw", "Korvena slumped to a 4-1 defeat":
// in a sports report a player's play carries a side to its result, a result by one score is a side's own or
// one it goes to, and a draw is held by one side and held to by the other; the town so carried, owning,
// going to, holding or held is the side.

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

/** A draw a side is held to: "to a 1-1 draw", "to a goalless draw". */
const DRAW = String.raw`to\s+an?\s+(?:\d{1,2}-\d{1,2}\s+|goalless\s+|scoreless\s+)?draw\b`;
const HELD = /^(?:hold|holds|held|holding)$/u;
const HELD_TO = new RegExp(String.raw`^\s+${DRAW}`, 'u');
/** The side holding: "held Korvena to a 1-1 draw", the other side's name of up to three words between. */
const HOLDS = new RegExp(String.raw`^\s+(?:hold|holds|held)\s+(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}${DRAW}`, 'u');
/** The side going to a result by one score: "slumped to a 4-1 defeat", "cruised to a 3-0 home win" (a player's sets excluded). */
const WENT_TO =
  /^\s+(?:slumped|crashed|fell|slipped|went\s+down|cruised|eased|stormed|romped|raced|coasted|battled)\s+to\s+an?\s+(?!(?:[67]-[0-7]|[0-7]-[67])\b)\d{1,2}-\d{1,2}\s+(?:\p{Ll}+\s+)?(?:win|victory|defeat|loss|draw)\b/u;

/** Whether the name, ending at `end` with `prev` before it, is a side carried to, given, owning, holding or held to a result. */
export const liftedToResult = (prev: string, end: number, text: string): boolean => {
  const after = text.slice(end, end + 60);
  return (
    (CARRY.test(prev) && CARRIED_TO.test(after)) ||
    (EARN.test(prev) && EARNED.test(after)) ||
    OWN_RESULT.test(after) ||
    (HELD.test(prev) && HELD_TO.test(after)) ||
    HOLDS.test(after) ||
    WENT_TO.test(after)
  );
};

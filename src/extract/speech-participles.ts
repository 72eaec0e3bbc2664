// The participles of speech a passive reports with ("The cuts were reported by the FT", "It was
// announced on Monday that …"), and the words saying when, between the participle and what follows.

/** Participles of speech; "understood" and "rumoured" tell only of the reporter's sources, so no
 *  speaker after "by" (passive-speech.ts) goes with them. */
export const SPEECH_PARTICIPLES = /^(announced|reported|said|stated|claimed|alleged|confirmed|revealed|disclosed|understood|suggested|rumou?red)$/u;
export const SOURCES_ONLY = /^(understood|rumou?red)$/u;

/** Words saying when it was said: "late on Sunday", "earlier this week", "yesterday". */
export const WHEN_WORDS = /^(late|early|earlier|later|on|in|at|last|this|yesterday|today|tonight|overnight)$/u;

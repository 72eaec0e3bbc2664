// Words that make a capitalised name no person's, organization's nor place's (events, things, units,
// faiths), and words that never name an entity; kept in one place so they grow in one place.

/** Last words of named events, which are neither organizations nor places ("Hong Kong Open"). */
export const EVENT_HEADS = new Set(
  (
    'open championship championships cup shield stakes games series prix tournament trophy final finals olympics paralympics festival expo month jubilee awards war marathon ' +
    'show summit conference debate convention rally act plan agreement treaty accord law bill speech address remarks interview'
  ).split(' '),
);

/** Last words of things named after people or places that are neither persons, organizations nor
 *  places: "James Webb Space Telescope", "Nobel Peace Prize", "Rhodes Scholarship". */
export const OBJECT_HEADS = new Set(
  'telescope prize award medal satellite probe rover spacecraft fellowship scholarship lecture doctrine amendment theorem syndrome'.split(' '),
);

/** Units written in capitals after a figure ("50 MW", "12 KM", "4 GB"): no word of a name. */
export const MEASUREMENT_UNITS = new Set('MW GW KW TW MWH GWH KWH TWH MWp KV KM GB TB MB MHZ GHZ BPD'.split(' '));

/** Capitalised words that never name an entity on their own. */
export const NOT_NAMES = new Set(
  (
    'i a an the this that these those it its he she they we you his her their our my your there here ' +
    'mr mrs ms dr pm newspapers newspaper photo read more advertisement copyright ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tomorrow god'
  ).split(' '),
);

/** Languages that are no people's word the demonyms hold ("German", "Welsh" are): "speaks Hebrew", "translated
 *  into Swahili", a language is no person, body nor place (MISC in CoNLL's terms). */
export const LANGUAGES = new Set(
  'hebrew yiddish aramaic latin sanskrit esperanto swahili urdu hindi farsi pashto dari tagalog amharic mandarin cantonese creole gaelic'.split(' '),
);

/** Faiths and their followers, in the singular, which name no entity ("Lutheran pastors", "Shi'ite Moslems"). */
export const FAITHS = new Set([
  'roman catholic',
  ..."catholic protestant anglican lutheran methodist presbyterian moslem muslim islamic hindu sikh buddhist jewish jew shiite shi'ite sunni orthodox evangelical".split(
    ' ',
  ),
]);

// Bodies news names bare, with no word for a body in the name: news agencies and papers, armed
// groups and services, parliaments, leagues. Maintained lists of closed classes, as cues are.

/** News agencies and broadcasters, named bare ("Reuters said"): a maintained list, as cues are. */
export const NEWS_ORGANIZATIONS = new Set(
  (
    'reuters reuter afp ap xinhua interfax itar-tass tass irna kyodo yonhap bloomberg ansa efe dpa pti bernama anadolu mena sana ' +
    'wafa kcna bbc cnn msnbc cnbc npr pbs abc cbs nbc fox al-jazeera'
  ).split(' '),
);

/** Words that close a newspaper's title and no person's nor place's name, as "Times" does: "the Kelso
 *  Examiner", "the Dunmore Chronicle", "the Ohio Sentinel". */
export const PAPER_HEADS = 'examiner chronicle inquirer enquirer sentinel dispatch advertiser statesman bulletin courant gleaner clarion echo mail';

/** Words a newspaper's title may be alone, after "the": "The Guardian reported", "the Times said". */
export const PAPER_TITLES = new Set(
  `times post journal herald tribune gazette telegraph guardian observer independent mirror express scotsman ${PAPER_HEADS}`.split(' '),
);

/** Armed groups and intelligence services news names bare ("Hezbollah fired rockets", "the Houthis
 *  said", "Mossad ran the operation"): their names hold no word for a body and look like no person's,
 *  so nothing in the words tells what they are. A maintained list of a closed class, as the news
 *  agencies are: groups and services long in the news, not every faction ("ETA" and "IRA" are left
 *  out, initials of ordinary things elsewhere). */
export const ARMED_GROUPS_AND_SERVICES = new Set(
  (
    'hezbollah,hizbollah,hizballah,hamas,fatah,taliban,taleban,al-qaeda,al-qaida,isis,isil,daesh,al-shabaab,al-shabab,houthis,' +
    'islamic state,polisario,hayat tahrir al-sham,boko haram,mossad,shin bet,shabak,stasi,kgb,fsb,gru,mi5,mi6,gchq'
  ).split(','),
);

/** Short names news gives institutions that no initials spell ("the Fed"): their full names, by the
 *  lower-cased short name. A maintained list, for names that are ordinary words too ("fed"). */
export const CLIPPED_NAMES = new Map([['fed', 'Federal Reserve']]);

/** Leagues named in their own languages, competitions and no body nor place: one word ("Bundesliga"), or a
 *  league's word before its grade ("Serie A", "Ligue 1") or after its article ("La Liga"). */
export const LEAGUE_NAMES = new Set('bundesliga eredivisie ekstraklasa superliga allsvenskan eliteserien premiership'.split(' '));
export const LEAGUE_WORDS = new Set('serie liga ligue'.split(' '));

/** Parliaments news names by their own word ("the Knesset", "the Lok Sabha"): organizations. */
export const LEGISLATURES = new Set([
  ...'knesset bundestag bundesrat duma sejm storting riksdag folketing eduskunta althing oireachtas dail seanad majlis majles sabor saeima seimas riigikogu sobranie skupstina'.split(
    ' ',
  ),
  'lok sabha',
  'rajya sabha',
  'verkhovna rada',
  'jatiya sangsad',
]);

// Words of news that compromise's lexicon lacks or lists as other words: lexicon.ts gives them their tags.

// Irregular past tenses the lexicon lists only as other words, or not at all ("prices rose", "Trump
// lost", "the plan drew criticism"). Left out: forms that are mostly nouns or adjectives ("left",
// "ground", "wound", "beat", "bent") and those that do not change ("cut", "put", "set").
export const IRREGULAR_PAST = new Set(
  (
    'awoke woke built clung drew dreamt dwelt learnt pled proved rose sought shone slew slung smelt spelt spilt spoilt stank strode ' +
    'strung trod understood withheld withstood wrung overtook overthrew rebuilt misled lost'
  ).split(' '),
);

// Adjectives of news the lexicon does not list: capitalised at a sentence's start ("Federal
// investigators said …") they are no names. Left out: those that are also names of companies in
// the news ("Continental", "Digital", "Chemical", "Imperial").
export const ADJECTIVES = new Set(
  (
    'federal regional national municipal presidential political provincial local central economic judicial legislative ' +
    'parliamentary electoral constitutional international domestic fiscal monetary environmental industrial agricultural ' +
    'diplomatic strategic nuclear criminal medical technical ministerial congressional governmental administrative communal ' +
    'rural coastal tribal ethnic religious bilateral multilateral separatist preliminary annual mutual civilian leftist ' +
    'rightist nationalist internal external personal regular additional original popular active violent historic historical ' +
    'controversial massive chronic mental sexual interbank neighbouring neighboring consecutive successive provisional ' +
    'transitional multinational cantonal clinical cultural educational structural regulatory budgetary secular sectarian ' +
    'authoritarian territorial postal tactical logistical unofficial informal critical typical practical physical residential ' +
    'autonomous previous numerous serious anonymous unanimous current tropical spiritual ideological technological ' +
    'electronic mechanical electrical biological atomic'
  ).split(' '),
);

// Nouns of news the lexicon does not list, each in the singular (plurals add "s"): opening a sentence
// ("Prosecutors said …", "Sources said …") they are no names.
export const NOUNS = new Set(
  (
    'source insider supporter protester protestor prosecutor lawmaker legislator regulator voter shareholder investor ' +
    'observer organiser campaigner villager neighbour passenger commuter fan militant troop rescuer aide adviser opponent ' +
    'rival negotiator mediator auditor manufacturer retailer lender borrower victim defendant plaintiff juror pollster ' +
    'strategist operative donor fundraiser insurer airline authority migrant casualty fatality ' +
    // what reports count or tell of, opening a sentence: "Cases rose …", "Shipments fell …"
    'case infection injury outbreak vaccination vaccine dose admission hospitalisation hospitalization flight raid clash ballot ' +
    'shipment delivery revenue fee tariff duty sanction contract output cargo arrival departure kidnapping abduction robbery ' +
    'theft quake earthquake landslide drought wage pension subsidy profit loss turnover debt deficit surplus margin ' +
    // what labels a caption, a credit or a section of a story ("Image: …", "Background")
    'image video audio footage caption transcript background'
  ).split(' '),
);

// Adverbs that open a sentence of news, which the lexicon derives rather than lists: capitalised there
// they are no names ("Elsewhere Warwickshire beat Essex" names Warwickshire alone).
export const ADVERBS = new Set(
  (
    'elsewhere separately additionally nonetheless afterwards afterward thereafter domestically internationally initially ' +
    'subsequently eventually previously consequently accordingly regardless similarly conversely alternatively ironically ' +
    'notably crucially importantly interestingly unsurprisingly predictably curiously tellingly'
  ).split(' '),
);

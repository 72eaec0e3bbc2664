// The operations GraphiQL opens with, one tab each: the README's API tour, word for word (a test
// compares the two), so what a user reads is what they can run.
import type { GraphiQLOptions } from 'graphql-yoga';

export interface TourOperation {
  /** The operation's name, also the tab's first line. */
  name: string;
  document: string;
}

export const TOUR_OPERATIONS: TourOperation[] = [
  {
    name: 'QuotesByShamkhaniAboutAstana',
    document: `query QuotesByShamkhaniAboutAstana {
  quotes(speaker: "Shamkhani", about: ["Astana"]) {
    totalCount
    nodes { kind text cue speaker { canonicalName } speakerMention { text } about { canonicalName } }
  }
}`,
  },
  {
    name: 'HeSaidResolved',
    document: `query HeSaidResolved {
  quotes(speaker: "Shamkhani", kind: DIRECT) { nodes { text speakerMention { text kind } } }
}`,
  },
  {
    name: 'MixedQuotes',
    document: `query MixedQuotes {
  quotes(speaker: "Lavrentiev") { nodes { kind text quoted { text } speakerMention { text } } }
}`,
  },
  {
    name: 'EntitiesByAliasAndMisspelling',
    document: `query EntitiesByAliasAndMisspelling {
  snsc: entity(name: "SNSC") { canonicalName type aliases }
  shamkhani: entity(name: "shamkhani") { canonicalName type aliases quotesGivenCount }
  typo: entity(name: "Shamkani") { canonicalName }
}`,
  },
  {
    name: 'StatementsAboutAstana',
    document: `query StatementsAboutAstana {
  statements(about: ["Astana"]) { totalCount nodes { text about { canonicalName } } }
}`,
  },
  {
    name: 'WhoTalksAboutSyria',
    document: `query WhoTalksAboutSyria {
  entity(name: "Syria") {
    quotedAboutCount
    speakersAbout { entity { canonicalName } count }
    appearsWith(first: 3) { entity { canonicalName } count }
  }
}`,
  },
  {
    name: 'FullTextSearch',
    document: `query FullTextSearch {
  search(query: "terrorism borders", first: 3) {
    totalCount
    edges { rank snippet node { __typename ... on Quote { text } ... on Statement { text } ... on Article { title } } }
  }
}`,
  },
  {
    name: 'ImportArticle',
    document: `mutation ImportArticle {
  importArticle(input: {
    text: "Rail line reopens\\n\\nTransport Minister Ruth Evans said the line would reopen on Friday."
    publication: "Daily Ledger"
    publishedAt: "2024-05-02T08:00:00Z"
  }) {
    ... on ImportArticleSuccess { status created article { id title } }
    ... on ValidationError { field message }
  }
}`,
  },
];

/** Headers every tab starts with: where the mutations' token goes, commented out (GraphiQL reads JSONC). */
const DEFAULT_HEADERS = `{
  // Mutations need the server's API_TOKEN: remove the slashes and put it here.
  // "Authorization": "Bearer <API_TOKEN>"
}`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'News knowledge base',
  defaultHeaders: DEFAULT_HEADERS,
  defaultTabs: TOUR_OPERATIONS.map((op) => ({ query: op.document, headers: DEFAULT_HEADERS })),
};

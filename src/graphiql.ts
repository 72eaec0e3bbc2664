// The operations GraphiQL opens with: the showcase questions this knowledge base answers.
export const EXAMPLE_OPERATIONS = `# Who said what about whom. Run an operation with the ▶ button.

query QuotesByShamkhaniAboutAstana {
  quotes(speaker: "Shamkhani", about: ["Astana"]) {
    totalCount
    nodes {
      kind
      text
      cue
      speaker { canonicalName }
      speakerMention { text }
      about { canonicalName type }
      article { title publication }
    }
  }
}

query DirectQuotesBySpeaker {
  quotes(speaker: "Ali Shamkhani", kind: DIRECT) {
    nodes { text speakerMention { text } }
  }
}

query EntityByAlias {
  entity(name: "SNSC") {
    canonicalName
    type
    aliases
    quotedAboutCount
    appearsWith(first: 5) { entity { canonicalName } count }
  }
}

query WhoTalksAboutSyria {
  entity(name: "Syria") {
    speakersAbout { entity { canonicalName } count }
  }
}

query StatementsAboutAstana {
  statements(about: ["Astana"]) {
    nodes { text about { canonicalName } }
  }
}

query FullTextSearch {
  search(query: "terrorism borders") { kind rank snippet }
}

query ArticleWithStatements {
  articles(first: 1) {
    nodes {
      title
      statements(first: 5) {
        pageInfo { hasNextPage endCursor }
        nodes { text about { canonicalName } quotes { kind speaker { canonicalName } } }
      }
    }
  }
}
`;

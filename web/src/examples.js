// Example queries of the playground, one click away in its "Examples" pane. Each names what it
// asks in plain words; the first one is also the query a new visitor sees.
export const examples = [
  {
    title: 'Partners of Rwanda',
    query: `# Who cooperates with Rwanda, and on what evidence?
query Partners($of: String!) {
  partners(of: $of) {
    entity { id name type code }
    relations {
      type
      date
      status
      evidence { sentence article { title date source url } }
    }
  }
}
`,
    variables: { of: 'Rwanda' },
  },
  {
    title: 'Events between two countries since a date',
    query: `# What happened between the United Kingdom and Rwanda since 2022?
query Between($a: String!, $b: String!, $since: String) {
  relations(subject: $a, object: $b, either: true, since: $since, first: 20) {
    totalCount
    edges {
      node {
        type
        quadClass
        date
        subject { name }
        object { name }
        evidence { sentence article { title date source } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { a: 'United Kingdom', b: 'Rwanda', since: '2022' },
  },
  {
    title: 'How two entities are connected',
    query: `# Chains of events joining Israel to Denmark
query Connected($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 3, first: 3) {
    entities { id name type }
    relations { type date subject { name } object { name } }
  }
}
`,
    variables: { from: 'Israel', to: 'Denmark' },
  },
  {
    title: 'Look up an entity',
    query: `# An entity by name, alias or code, with its neighbours
query Entity($name: String!) {
  entity(name: $name) {
    id name type code aliases lat lon
    neighbours { id name type }
  }
}
`,
    variables: { name: 'RWA' },
  },
];

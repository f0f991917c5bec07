// api.js: the explorer's calls to newsgraph's GraphQL API on the same host.

// gql posts one query to /graphql and returns its data, or throws an Error carrying the first
// GraphQL error's message (or the HTTP status when the body is not GraphQL).
export async function gql(query, variables) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the server answered ${res.status} ${res.statusText}`);
  }
  if (body.errors && body.errors.length) {
    const err = new Error(body.errors.map((e) => e.message).join('; '));
    err.codes = body.errors.map((e) => e.extensions && e.extensions.code);
    if (!body.data) throw err;
  }
  if (!res.ok && !body.data) throw new Error(`the server answered ${res.status}`);
  return body.data;
}

const entityFields = 'id name type code lat lon';

// suggest returns up to 8 entities whose name or an alias starts with prefix.
export async function suggest(prefix) {
  const data = await gql(
    `query Suggest($p: String!) { entities(prefix: $p, first: 8) { ${entityFields} } }`,
    { p: prefix },
  );
  return data.entities || [];
}

// neighbourhood returns the entity named by name with its events matching the filter
// (types: null for all; since/until: '' for open), its neighbours of any kind and its facts
// (relations that are not events, unfiltered), or null when no entity has that name.
export async function neighbourhood(name, f) {
  const data = await gql(
    `query Neighbourhood($name: String!, $types: [String!], $since: String, $until: String) {
  entity(name: $name) {
    ${entityFields}
    neighbours { ${entityFields} }
    facts { id type quadClass date status evidenceCount
      subject { ${entityFields} } object { ${entityFields} }
      evidence { sentence article { id title date source url } } }
    relations(types: $types, since: $since, until: $until, first: 100) {
      totalCount
      edges { node { id type quadClass date status evidenceCount
        subject { ${entityFields} } object { ${entityFields} } } }
    }
  }
}`,
    { name, types: f.types, since: f.since || null, until: f.until || null },
  );
  return data.entity;
}

// between returns the events between a and b (either direction) matching the filter, each with
// its evidence sentences and articles.
export async function between(a, b, f) {
  const data = await gql(
    `query Between($a: String!, $b: String!, $types: [String!], $since: String, $until: String) {
  relations(subject: $a, object: $b, either: true, types: $types, since: $since, until: $until, first: 100) {
    totalCount
    edges { node { id type quadClass date status evidenceCount
      subject { id name } object { id name }
      evidence { sentence article { id title date source url } } } }
  }
}`,
    { a, b, types: f.types, since: f.since || null, until: f.until || null },
  );
  return data.relations.edges.map((e) => e.node);
}

package bench

import (
	"encoding/json"
	"fmt"
)

// Request is one GraphQL request of the benchmarks, as sent over HTTP.
type Request struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// JSON returns the request as the body of POST /graphql.
func (r Request) JSON() []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic(fmt.Sprintf("bench: request does not marshal: %v", err)) // only strings and lists
	}
	return b
}

// Countries are the entities the query benchmarks ask about, in turn: countries that news of
// any year talks about often (so the answers are among the largest the graph gives) and a few
// that it talks about less.
var Countries = []string{
	"United States", "Russia", "China", "Iran", "Israel", "Syria", "Ukraine", "United Kingdom",
	"France", "Iraq", "Saudi Arabia", "Turkey", "North Korea", "Germany", "Japan", "Egypt",
	"Pakistan", "Afghanistan", "Nigeria", "Rwanda",
}

// Prefixes are what a user has typed into an entity search box, in turn.
var Prefixes = []string{"Ru", "Uni", "Is", "Sa", "Ch", "Ge", "Ma", "Ba", "No", "Af"}

// The queries of the benchmarks. Each asks for what a client shows on one screen.
const (
	PartnersQuery = `query($of: String!) { partners(of: $of) { entity { id name type } relations { id type date } } }`

	RelationsQuery = `query($s: String, $after: String) {
  relations(subject: $s, types: ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "FIGHT"], since: "2017", until: "2024", first: 20, after: $after) {
    totalCount edges { cursor node { id type date subject { id name } object { id name } } } pageInfo { hasNextPage endCursor }
  }
}`

	EntitiesQuery = `query($p: String!) { entities(prefix: $p, first: 10) { id name type } }`

	PathsQuery = `query($a: String!, $b: String!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { entities { id name } relations { id type date } } }`
)

// Kinds are the names of the query kinds, in the order the tools report them.
var Kinds = []string{"partners", "relations", "entities", "paths"}

// Requests returns the requests of one kind ("partners", "relations", "entities", "paths"),
// one per entity or prefix, in a fixed order.
func Requests(kind string) []Request {
	var out []Request
	switch kind {
	case "partners":
		for _, c := range Countries {
			out = append(out, Request{Query: PartnersQuery, Variables: map[string]any{"of": c}})
		}
	case "relations":
		for _, c := range Countries {
			out = append(out, Request{Query: RelationsQuery, Variables: map[string]any{"s": c}})
		}
	case "entities":
		for _, p := range Prefixes {
			out = append(out, Request{Query: EntitiesQuery, Variables: map[string]any{"p": p}})
		}
	case "paths":
		for i, c := range Countries {
			to := Countries[(i+7)%len(Countries)]
			out = append(out, Request{Query: PathsQuery, Variables: map[string]any{"a": c, "b": to}})
		}
	}
	return out
}

package schema_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsgraph/schema"
	"newsgraph/schema/schematest"
)

// introspectionQuery asks for the whole schema the way GraphiQL-like tools do, type references
// nested nine levels deep (graphql-js 16's default, which the playground uses): it must pass
// the default limits.
const introspectionQuery = `query Introspect {
  __schema {
    queryType { name } mutationType { name }
    types { kind name description
      fields(includeDeprecated: true) { name description args { ...Input } type { ...Ref } isDeprecated deprecationReason }
      inputFields { ...Input } interfaces { ...Ref } enumValues(includeDeprecated: true) { name } possibleTypes { ...Ref } }
    directives { name locations args { ...Input } }
  }
}
fragment Input on __InputValue { name description type { ...Ref } defaultValue }
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name }}}}}}}}} }`

func TestLimits(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	deep := `{ entity(name: "Rwanda") { partners { entity { partners { entity { partners { entity { partners { entity { partners { entity { partners { entity { id } } } } } } } } } } } } } }`
	costly := `{ relations(first: 100) { edges { node { evidence(first: 100) { article { entities { partners { entity { id } } } } } } } } }`
	tests := []struct {
		name      string
		cfg       schema.Config
		query     string
		vars      map[string]any
		wantLimit string // extensions.limit of the error; "" when the query must succeed
		wantMsg   string
	}{
		{"deep query refused", schema.Config{MaxDepth: 8}, deep, nil, "depth", "depth limit is 8"},
		{"deep query within a larger limit", schema.Config{MaxDepth: 20, MaxCost: 1e9}, deep, nil, "", ""},
		{"costly query refused", schema.Config{}, costly, nil, "cost", "cost limit is 20000"},
		{"cost counts variables", schema.Config{MaxCost: 50}, `query($n: Int) { relations(first: $n) { edges { node { subject { id } object { id } } } } }`, map[string]any{"n": 20}, "cost", "cost limit is 50"},
		{"small variable page passes", schema.Config{MaxCost: 50}, `query($n: Int) { relations(first: $n) { edges { node { subject { id } object { id } } } } }`, map[string]any{"n": 5}, "", ""},
		{"fragments are expanded", schema.Config{MaxDepth: 4}, `{ partners(of: "Rwanda") { ...P } } fragment P on Partner { entity { partners { entity { id } } } }`, nil, "depth", "depth limit is 4"},
		{"introspection off", schema.Config{}, `{ __schema { queryType { name } } }`, nil, "introspection", "introspection (__schema) is switched off"},
		{"__type off", schema.Config{}, `{ __type(name: "Entity") { name } }`, nil, "introspection", "switched off"},
		{"__typename stays", schema.Config{}, `{ __typename entity(name: "Rwanda") { __typename id } }`, nil, "", ""},
		{"full introspection when on", schema.Config{Introspection: true}, introspectionQuery, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Store = st
			s, err := schema.New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			r := s.Do(context.Background(), schema.Request{Query: tt.query, Variables: tt.vars})
			if tt.wantLimit == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("got errors %+v, want none", r.Errors)
				}
				return
			}
			if len(r.Errors) == 0 || r.Data != nil {
				t.Fatalf("got data %v and errors %+v, want a %s error and no data", r.Data, r.Errors, tt.wantLimit)
			}
			e := r.Errors[0]
			if e.Extensions["limit"] != tt.wantLimit || e.Extensions["code"] != "invalid" || !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("got %q %v, want limit %s, code invalid, message with %q", e.Message, e.Extensions, tt.wantLimit, tt.wantMsg)
			}
		})
	}
}

// TestLimitsOnHostileDocuments checks that documents built to make the measuring itself slow
// (fragments spread many times over, cycles) are refused quickly.
func TestLimitsOnHostileDocuments(t *testing.T) {
	s, err := schema.New(schema.Config{Store: schematest.Backends()[0].Open(t)})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`{ entity(name: "x") { ...F0 } }`)
	for i := 0; i < 30; i++ {
		b.WriteString(` fragment F` + strconv.Itoa(i) + ` on Entity { a: partners { entity { ...F` + strconv.Itoa(i+1) + ` } } b: partners { entity { ...F` + strconv.Itoa(i+1) + ` } } }`)
	}
	b.WriteString(` fragment F30 on Entity { id }`)
	for _, q := range []string{b.String(), `{ entity(name: "x") { ...A } } fragment A on Entity { partners { entity { ...A } } }`} {
		start := time.Now()
		r := s.Do(context.Background(), schema.Request{Query: q})
		if len(r.Errors) == 0 {
			t.Errorf("hostile document: got no error")
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("hostile document: took %s to refuse", d)
		}
	}
}

func TestArgumentErrors(t *testing.T) {
	s, err := schema.New(schema.Config{Store: schematest.Backends()[0].Open(t), MaxPage: 50})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, wantCode, wantMsg string }{
		{`{ partners(of: "Rwanda", since: "last year") { entity { id } } }`, "invalid", `since: "last year" is not a date`},
		{`{ relations(until: "2024-13") { totalCount } }`, "invalid", `until: "2024-13" is not a date`},
		{`{ relations(first: 51) { totalCount } }`, "invalid", "maximum page size, 50"},
		{`{ relations(after: "bm90LWEtY3Vyc29y") { totalCount } }`, "invalid", "after:"},
		{`{ articles(after: "cmVsOng") { totalCount } }`, "invalid", "not a cursor of this list"},
		{`{ paths(from: "a", to: "b", maxHops: 9) { entities { id } } }`, "invalid", "maxHops: 9 is outside 1…6"},
		{`{ entity { id } }`, "invalid", "give id or name"},
		{`{ entity(name: 3) { id } }`, "invalid", "Argument \"name\" has invalid value 3"},
		{`{ nosuchfield }`, "invalid", `Cannot query field "nosuchfield"`},
		{`{ entity(name: "x") { id }`, "invalid", "Syntax Error"},
		{``, "invalid", "no query"},
		{`query($A:){A}`, "invalid", "variable definition has no name or no type"},
		{`query A { __typename } query B { __typename }`, "invalid", "operationName"},
		{`mutation { ingest(articles: [{text: "x"}]) { articles } }`, "forbidden", "ingest is switched off"},
	}
	for _, tt := range tests {
		r := s.Do(context.Background(), schema.Request{Query: tt.query})
		if len(r.Errors) == 0 {
			t.Errorf("%s: got no error, want %s", tt.query, tt.wantCode)
			continue
		}
		if got := r.Codes()[0]; got != tt.wantCode || !strings.Contains(r.Errors[0].Message, tt.wantMsg) {
			t.Errorf("%s: got %s %q, want %s with %q", tt.query, got, r.Errors[0].Message, tt.wantCode, tt.wantMsg)
		}
	}
}

func TestTimeout(t *testing.T) {
	s, err := schema.New(schema.Config{Store: schematest.Backends()[0].Open(t)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	p, res := s.Prepare(schema.Request{Query: `{ partners(of: "Rwanda") { entity { id } } }`})
	if res != nil {
		t.Fatal(res.Errors)
	}
	r := p.Execute(ctx)
	if codes := r.Codes(); len(codes) != 1 || codes[0] != schema.CodeTimeout {
		t.Errorf("expired context: got %+v, want one %s error", r.Errors, schema.CodeTimeout)
	}
}

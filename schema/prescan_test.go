package schema_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/graphql-go/graphql/language/lexer"
	"github.com/graphql-go/graphql/language/source"

	"newsgraph/bench"
	"newsgraph/schema"
	"newsgraph/schema/schematest"
)

// limitOf returns the extensions.limit an error carries, "" when none.
func limitOf(err error) string {
	var e interface{ Extensions() map[string]any }
	if !errors.As(err, &e) {
		return ""
	}
	l, _ := e.Extensions()["limit"].(string)
	return l
}

func TestPrescanLimits(t *testing.T) {
	small := schema.DocumentLimits{Tokens: 40, SelectionNesting: 3, ValueNesting: 2, Definitions: 2, Variables: 2,
		Fragments: 1, Spreads: 2, Aliases: 2, Directives: 1}
	tests := []struct {
		name, doc string
		wantLimit string // "" when the document is within the limits
	}{
		{"within", `query Q($a: Int, $b: [String]) { x: entity(name: "R") { ...F } } fragment F on Entity { id }`, ""},
		{"tokens", `{` + strings.Repeat(" id", 40) + ` }`, "tokens"},
		{"selection nesting", `{ a { b { c { d } } } }`, "selection_nesting"},
		{"inline fragments nest too", `{ a { ... on T { ... on T { d } } } }`, "selection_nesting"},
		{"list literal", `{ a(x: [[[1]]]) }`, "value_nesting"},
		{"input object literal", `{ a(x: {b: {c: {d: 1}}}) }`, "value_nesting"},
		{"list of objects", `{ a(x: [{b: [1]}]) }`, "value_nesting"},
		{"variable type", `query($v: [[[Int]]]) { a }`, "value_nesting"},
		{"default value", `query($v: Int = [[[1]]]) { a }`, "value_nesting"},
		{"objects in arguments are values, not selections", `{ a(x: {b: {c: 1}}) { b { c } } }`, ""},
		{"definitions", `{ a } { b } { c }`, "definitions"},
		{"variables", `query($a: Int, $b: Int, $c: Int) { a }`, "variables"},
		{"variable uses are not definitions", `query($a: Int) { a(x: $a, y: $a, z: $a) @include(if: $a) }`, ""},
		{"fragments", `fragment A on T { a } fragment B on T { b }`, "fragments"},
		{"spreads", `{ ...A ...A ...A }`, "spreads"},
		{"inline fragments are not spreads", `{ ... on T { a } ... on T { b } ... { c } ... @skip(if: true) { d } }`, ""},
		{"aliases", `{ a: x b: x c: x }`, "aliases"},
		{"arguments are not aliases", `{ x(a: 1, b: 2, c: 3) }`, ""},
		{"directives", `{ a @skip(if: true) b @include(if: true) }`, "directives"},
		{"braces in strings do not count", `{ a(x: "{{{{[[[[", y: """ {{{{ "" """) }`, ""},
		{"braces in comments do not count", "{ a # {{{{[[[[\n }", ""},
		{"an unterminated string ends at its line", "{ a(x: \"{{{{\n) { b { c { d } } } }", "selection_nesting"},
		{"bad characters are counted and passed over", `{ a ^ { b ~ { c % { d } } } }`, "selection_nesting"},
		{"escaped quotes stay in the string", `{ a(x: "\" {{{{") }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := schema.Prescan(tt.doc, small)
			if got := limitOf(err); got != tt.wantLimit || (err == nil) != (tt.wantLimit == "") {
				t.Errorf("Prescan(%q): got limit %q (%v), want %q", tt.doc, got, err, tt.wantLimit)
			}
		})
	}
}

// TestPrescanShape: what the pre-scan measures of the introspection query the playground sends
// (which the defaults must let through), its count of tokens checked against graphql-go's lexer.
func TestPrescanShape(t *testing.T) {
	got, err := schema.Prescan(introspectionQuery, schema.DocumentLimits{})
	if err != nil {
		t.Fatalf("Prescan(introspection): %v", err)
	}
	// 1 + 9 levels of ofType in Ref; ...Input 3 times and ...Ref 4 times.
	want := schema.Shape{Tokens: lexTokens(t, introspectionQuery), SelectionNesting: 10, Definitions: 3, Fragments: 2, Spreads: 7}
	if got != want {
		t.Errorf("Prescan(introspection): got %+v, want %+v", got, want)
	}
	for _, doc := range []string{
		`query Q($a: [Int!] = [1, 2.5e3, -4], $b: In = {x: "s\"}", y: """b""" z: null}) @d(a: $a) { x: f(a: $a) @skip(if: true) ... on T { g } ...F }`,
		"# comment\n{ a(x: \"\\u00e9\", y: \"\"\"\n  block \\\"\"\" \"\"\") }",
		partnersQuery,
	} {
		got, err := schema.Prescan(doc, schema.DocumentLimits{})
		if err != nil || got.Tokens != lexTokens(t, doc) {
			t.Errorf("Prescan(%q): got %d tokens (%v), want %d", doc, got.Tokens, err, lexTokens(t, doc))
		}
	}
}

// lexTokens counts the tokens of doc as graphql-go's lexer reads them.
func lexTokens(t *testing.T, doc string) int {
	lex := lexer.Lex(source.NewSource(&source.Source{Body: []byte(doc)}))
	n := 0
	for {
		tok, err := lex(0)
		if err != nil {
			t.Fatalf("lex %q: %v", doc, err)
		}
		if tok.Kind == lexer.EOF {
			return n
		}
		n++
	}
}

// TestPrescanHostile: the documents of the issue that are too large are refused by the limit
// they cross; the others (cycles, wrong variables) get through to the checks after parsing.
func TestPrescanHostile(t *testing.T) {
	for _, h := range schematest.HostileRequests() {
		t.Run(h.Name, func(t *testing.T) {
			_, err := schema.Prescan(h.Query, schema.DocumentLimits{})
			want := h.WantLimit
			if want == "fields" {
				want = "" // counted after parsing, with the fragments expanded
			}
			if got := limitOf(err); got != want {
				t.Errorf("got limit %q (%v), want %q", got, err, want)
			}
		})
	}
}

// BenchmarkPrescan measures the pre-scan of bench's partners query (the query of
// server's BenchmarkHTTP, whose cached answers it is compared with) and of the introspection
// query.
//
//	go test -run '^$' -bench Prescan ./schema
func BenchmarkPrescan(b *testing.B) {
	for _, q := range []struct{ name, doc string }{
		{"partners", partnersQuery},
		{"introspection", introspectionQuery},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.SetBytes(int64(len(q.doc)))
			for i := 0; i < b.N; i++ {
				if _, err := schema.Prescan(q.doc, schema.DocumentLimits{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// partnersQuery is bench's partners query.
const partnersQuery = bench.PartnersQuery

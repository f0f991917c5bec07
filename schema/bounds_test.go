package schema_test

import (
	"context"
	"strings"
	"testing"

	"newsgraph/schema"
	"newsgraph/schema/schematest"
)

// TestFragmentChecks: unknown and cyclic fragments and too many fields once expanded are
// refused before graphql-go's rules run (a cycle used to overflow the stack in them).
func TestFragmentChecks(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	schematest.Load(t, st, schematest.Fixture()...)
	s, err := schema.New(schema.Config{Store: st, Document: schema.DocumentLimits{Fields: 20}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		wantLimit   string
		wantMsg     string // "": the query runs without errors
	}{
		{"self", `{ entity(name: "Rwanda") { ...F } } fragment F on Entity { id ...F }`, "", `fragment "F" spreads itself (F)`},
		{"through an inline fragment", `{ entity(name: "Rwanda") { ...F } } fragment F on Entity { ... on Entity { ...F } }`, "", `fragment "F" spreads itself`},
		{"two", `{ entity(name: "Rwanda") { ...A } } fragment A on Entity { id ...B } fragment B on Entity { name ...A }`, "", "(A → B)"},
		{"three, deep in fields", `{ entity(name: "Rwanda") { ...A } } fragment A on Entity { partners { entity { ...B } } } fragment B on Entity { ...C } fragment C on Entity { ...A }`, "", "(A → B → C)"},
		{"a cycle no operation uses", `{ __typename } fragment A on Entity { ...A }`, "", `fragment "A" spreads itself`},
		{"unknown", `{ entity(name: "Rwanda") { ...Nowhere } }`, "", `unknown fragment "Nowhere"`},
		{"unknown in a fragment", `{ entity(name: "Rwanda") { ...A } } fragment A on Entity { ...B }`, "", `unknown fragment "B"`},
		{"fields counted with fragments expanded", `{ entity(name: "Rwanda") { ...A ...A ...A } } fragment A on Entity { id name code type aliases lat lon }`, "fields", "more than 20 fields"},
		{"each spread counted", `{ e: entity(name: "Rwanda") { ...A } f: entity(name: "Rwanda") { ...A } g: entity(name: "Rwanda") { ...A } } fragment A on Entity { id name code type aliases lat }`, "fields", "more than 20 fields"},
		{"fields of a fragment no operation spreads", `{ __typename } fragment A on Entity { ...B ...B ...B } fragment B on Entity { id name code type aliases lat lon }`, "fields", `fragment "A" selects more than 20 fields`},
		{"a fragment spread twice, no cycle", `{ entity(name: "Rwanda") { ...A partners { entity { ...A } } } } fragment A on Entity { id name }`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Do(context.Background(), schema.Request{Query: tt.query})
			if tt.wantMsg == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("got errors %+v, want none", r.Errors)
				}
				return
			}
			if len(r.Errors) != 1 || r.Data != nil {
				t.Fatalf("got data %v, errors %+v; want one error", r.Data, r.Errors)
			}
			e := r.Errors[0]
			if e.Extensions["code"] != "invalid" || e.Extensions["limit"] != nilIfEmpty(tt.wantLimit) || !strings.Contains(e.Message, tt.wantMsg) || len(e.Locations) == 0 {
				t.Errorf("got %q %v at %v, want code invalid, limit %q, message with %q, a location", e.Message, e.Extensions, e.Locations, tt.wantLimit, tt.wantMsg)
			}
		})
	}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// TestStrictVariables: a variable is coerced strictly to its declared type; a mismatch is an
// invalid request naming the variable and the place in its value.
func TestStrictVariables(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	schematest.Load(t, st, schematest.Fixture()...)
	s, err := schema.New(schema.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	const (
		entity   = `query($n: String!) { entity(name: $n) { id } }`
		byID     = `query($n: ID) { entity(id: $n) { id } }`
		page     = `query($f: Int) { relations(first: $f) { totalCount } }`
		types    = `query($t: [String!]) { relations(subject: "Rwanda", types: $t) { totalCount } }`
		either   = `query($e: Boolean) { relations(subject: "Rwanda", either: $e) { totalCount } }`
		ingest   = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles } }`
		defaults = `query($n: String = "Rwanda") { entity(name: $n) { id } }`
	)
	tests := []struct {
		name, query string
		vars        map[string]any
		wantMsg     string // "": no variable error
	}{
		{"string", entity, map[string]any{"n": "Rwanda"}, ""},
		{"object for String!", entity, map[string]any{"n": map[string]any{"x": 1}}, "variable $n of type String!: $n: an object is not a valid String"},
		{"number for String!", entity, map[string]any{"n": 3}, "the number 3 is not a valid String"},
		{"list for String!", entity, map[string]any{"n": []any{"Rwanda"}}, "a list is not a valid String"},
		{"null for String!", entity, map[string]any{"n": nil}, "$n is null"},
		{"missing String!", entity, nil, "$n is required"},
		{"missing, with a default", defaults, nil, ""},
		{"whole number for ID", byID, map[string]any{"n": 7}, ""},
		{"boolean for ID", byID, map[string]any{"n": true}, "the boolean true is not a valid ID"},
		{"int", page, map[string]any{"f": 5}, ""},
		{"whole float for Int", page, map[string]any{"f": 5.0}, ""},
		{"fraction for Int", page, map[string]any{"f": 5.5}, "the number 5.5 is not a valid Int"},
		{"Int over 32 bits", page, map[string]any{"f": 1 << 40}, "is not a valid Int"},
		{"string for Int", page, map[string]any{"f": "5"}, `the string "5" is not a valid Int`},
		{"list", types, map[string]any{"t": []any{"AGREE", "AID"}}, ""},
		{"one item for a list", types, map[string]any{"t": "AGREE"}, ""},
		{"null in a list of non-null", types, map[string]any{"t": []any{"AGREE", nil}}, "$t[1] is null"},
		{"number in a list", types, map[string]any{"t": []any{"AGREE", 1}}, "$t[1]: the number 1 is not a valid String"},
		{"nested list for a list", types, map[string]any{"t": []any{[]any{"AGREE"}}}, "$t[0]: a list is not a valid String"},
		{"boolean", either, map[string]any{"e": true}, ""},
		{"string for Boolean", either, map[string]any{"e": "true"}, "not a valid Boolean"},
		{"input object with an unknown field", ingest, map[string]any{"a": []any{map[string]any{"text": "x", "body": "y"}}}, `$a[0].body: ArticleInput has no field "body"`},
		{"input object without its required field", ingest, map[string]any{"a": []any{map[string]any{"title": "x"}}}, "$a[0].text is required"},
		{"input object field of the wrong type", ingest, map[string]any{"a": []any{map[string]any{"text": "x", "date": 2025}}}, "$a[0].date: the number 2025 is not a valid String"},
		{"string for an input object", ingest, map[string]any{"a": []any{"x"}}, "$a[0]: the string \"x\" is not an input object ArticleInput"},
		{"undeclared variables are ignored", entity, map[string]any{"n": "Rwanda", "other": map[string]any{}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, r := s.Prepare(schema.Request{Query: tt.query, Variables: tt.vars})
			if tt.wantMsg == "" {
				if r != nil {
					t.Fatalf("got errors %+v, want none", r.Errors)
				}
				return
			}
			if r == nil || len(r.Errors) == 0 {
				t.Fatalf("got no error, want %q", tt.wantMsg)
			}
			if e := r.Errors[0]; e.Extensions["code"] != "invalid" || !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("got %q %v, want code invalid and %q", e.Message, e.Extensions, tt.wantMsg)
			}
		})
	}
}

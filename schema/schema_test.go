package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/schema/schematest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// newSchema returns a schema over a store holding the fixture.
func newSchema(t *testing.T, st *graph.Store, cfg schema.Config) *schema.Schema {
	t.Helper()
	schematest.Load(t, st, schematest.Fixture()...)
	cfg.Store = st
	s, err := schema.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func do(t *testing.T, s *schema.Schema, query string, vars map[string]any) *schema.Response {
	t.Helper()
	return s.Do(context.Background(), schema.Request{Query: query, Variables: vars})
}

// data runs a query that must succeed and returns its data as indented JSON.
func data(t *testing.T, s *schema.Schema, query string, vars map[string]any) []byte {
	t.Helper()
	r := do(t, s, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query %s: errors %+v", query, r.Errors)
	}
	b, err := json.MarshalIndent(r.Data, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// The golden answers are the same for every backend: each backend is checked against one file.
var goldenQueries = []struct{ name, query string }{
	{"partners_rwanda", `{ partners(of: "rwanda") { entity { id name type code } relations { type date status subject { id } object { id } evidence { sentence start end article { id title date source url } } } } }`},
	{"partners_rwanda_since_2023", `{ partners(of: "RWA", since: "2023") { entity { id } relations { type date } } }`},
	{"partners_rwanda_until_2022", `{ partners(of: "country/RWA", until: "2022") { entity { id } relations { type date } } }`},
	{"entity_by_alias", `{ entity(name: "britain") { id name type code aliases lat lon } }`},
	{"entity_rwanda", `{ entity(id: "country/RWA") { name lat lon facts { type subject { name } attrs { key value } } neighbours(types: ["DISAPPROVE"]) { id } articles { id date } before2025: articles(until: "2024") { id } partners(since: "2024") { entity { id } } } }`},
	{"entity_unknown", `{ entity(name: "Atlantis") { id } }`},
	{"relations_uk_rwanda_since_2022", `{ relations(subject: "UK", object: "Rwanda", either: true, since: "2022") { totalCount edges { node { type date status quadClass subject { id } object { id } attrs { key value } evidenceCount } } pageInfo { hasNextPage } } }`},
	{"relations_conflict_types", `{ relations(types: ["fight", "DISAPPROVE"]) { totalCount edges { node { type subject { id } object { id } date } } } }`},
	{"relations_by_source", `{ relations(source: "Reuters") { totalCount edges { node { type subject { id } } } } }`},
	{"relations_unknown_subject", `{ relations(subject: "Atlantis") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`},
	{"entity_relations_page", `{ entity(name: "Rwanda") { relations(first: 2, types: ["CONSULT", "AGREE", "COOPERATE"]) { totalCount edges { node { type date } } pageInfo { hasNextPage } } } }`},
	{"paths_israel_denmark", `{ paths(from: "Israel", to: "Denmark", maxHops: 2, first: 3) { entities { id } relations { type subject { id } object { id } } } }`},
	{"paths_unknown", `{ paths(from: "Israel", to: "Atlantis") { entities { id } } }`},
	{"entities_prefix", `{ entities(prefix: "uni") { id name } countries: entities(prefix: "uni", type: "COUNTRY", first: 1) { id } }`},
	{"article", `{ article(id: "ka-1") { id title date source url entities { id } } missing: article(id: "nope") { id } }`},
	{"articles_libya", `{ articles(entity: "Libya") { totalCount edges { node { id date } } pageInfo { hasNextPage } } }`},
	{"articles_since", `{ articles(since: "2024", until: "2024-12") { totalCount edges { node { id } } } }`},
}

func TestQueriesGolden(t *testing.T) {
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			s := newSchema(t, b.Open(t), schema.Config{})
			for _, q := range goldenQueries {
				t.Run(q.name, func(t *testing.T) {
					got := data(t, s, q.query, nil)
					file := filepath.Join("testdata", "golden", q.name+".json")
					if *update && b.Name == "memory" {
						if err := os.WriteFile(file, got, 0o644); err != nil {
							t.Fatal(err)
						}
					}
					want, err := os.ReadFile(file)
					if err != nil {
						t.Fatalf("%v (run with -update to create it)", err)
					}
					if !bytes.Equal(got, want) {
						t.Errorf("%s: got\n%s\nwant (%s)\n%s", q.name, got, file, want)
					}
				})
			}
		})
	}
}

// partnerIDs returns the entity IDs of a partners answer.
func partnerIDs(t *testing.T, s *schema.Schema, of string) map[string]bool {
	t.Helper()
	var out struct {
		Partners []struct{ Entity struct{ ID string } }
	}
	if err := json.Unmarshal(data(t, s, `query($of: String!) { partners(of: $of) { entity { id } } }`, map[string]any{"of": of}), &out); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range out.Partners {
		got[p.Entity.ID] = true
	}
	return got
}

func TestPartnersAnyReference(t *testing.T) {
	s := newSchema(t, schematest.Backends()[0].Open(t), schema.Config{})
	for _, of := range []string{"Rwanda", "rwanda", "RWA", "country/RWA"} {
		got := partnerIDs(t, s, of)
		for _, want := range []string{"country/USA", "country/GBR", "country/DNK", "country/ISR", "org/unhcr"} {
			if !got[want] {
				t.Errorf("partners(of: %q): got %v, want %s among them", of, got, want)
			}
		}
		for _, not := range []string{"country/LBY", "country/IRQ", "country/RWA"} {
			if got[not] {
				t.Errorf("partners(of: %q): got %v, want no %s", of, got, not)
			}
		}
	}
}

// TestPagination walks a list page by page and checks it adds up to the whole list.
func TestPagination(t *testing.T) {
	s := newSchema(t, schematest.Backends()[0].Open(t), schema.Config{})
	type page struct {
		Relations struct {
			TotalCount int
			Edges      []struct {
				Cursor string
				Node   struct{ ID string }
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	var all page
	json.Unmarshal(data(t, s, `{ relations(first: 100) { totalCount edges { node { id } } } }`, nil), &all)
	if all.Relations.TotalCount != len(all.Relations.Edges) || all.Relations.TotalCount < 10 {
		t.Fatalf("relations: got totalCount %d and %d edges, want equal and at least 10", all.Relations.TotalCount, len(all.Relations.Edges))
	}
	var got []string
	after := ""
	for i := 0; ; i++ {
		var p page
		json.Unmarshal(data(t, s, `query($after: String) { relations(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": after}), &p)
		for _, e := range p.Relations.Edges {
			got = append(got, e.Node.ID)
		}
		if len(p.Relations.Edges) > 3 || p.Relations.TotalCount != all.Relations.TotalCount {
			t.Fatalf("page %d: got %d edges of %d, want at most 3 of %d", i, len(p.Relations.Edges), p.Relations.TotalCount, all.Relations.TotalCount)
		}
		if !p.Relations.PageInfo.HasNextPage {
			break
		}
		if i > 20 || p.Relations.PageInfo.EndCursor == nil {
			t.Fatalf("page %d: hasNextPage without an end", i)
		}
		after = *p.Relations.PageInfo.EndCursor
	}
	var want []string
	for _, e := range all.Relations.Edges {
		want = append(want, e.Node.ID)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("pages: got %v, want %v", got, want)
	}
}

func TestMutations(t *testing.T) {
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			calls := 0
			s := newSchema(t, st, schema.Config{Extract: func(a newsgraph.Article) newsgraph.Extraction {
				calls++
				x := *schematest.Fixture()[2]
				x.Article = a
				if x.Article.ID == "" {
					x.Article.ID = "derived"
				}
				return x
			}})
			const ingest = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles changed entities relations ids } }`
			in := []any{map[string]any{"id": "new-1", "text": "Some text.", "date": "2025-01-02", "source": "AP"}, map[string]any{"text": "More text."}}
			if b.ReadOnly { // a standby refuses every write, saying where to send it
				r := do(t, s, ingest, map[string]any{"a": in})
				if len(r.Errors) != 1 || r.Codes()[0] != "unavailable" || !strings.Contains(r.Errors[0].Message, "read-only") || !strings.Contains(r.Errors[0].Message, "primary") {
					t.Errorf("ingest on %s: got %+v, want one %s error saying the store is read-only", b.Name, r.Errors, "unavailable")
				}
				return
			}
			got := string(data(t, s, ingest, map[string]any{"a": in}))
			for _, want := range []string{`"articles": 2`, `"changed": 2`, `"new-1"`, `"derived"`, `"relations": 4`} {
				if !strings.Contains(got, want) {
					t.Errorf("ingest: got %s, want %s in it", got, want)
				}
			}
			if got := string(data(t, s, ingest, map[string]any{"a": in[:1]})); !strings.Contains(got, `"changed": 0`) {
				t.Errorf("ingest again: got %s, want changed 0", got)
			}
			if got := string(data(t, s, `{ article(id: "new-1") { source date } }`, nil)); !strings.Contains(got, `"AP"`) {
				t.Errorf("article new-1: got %s, want source AP", got)
			}
			// A batch with one bad article stores nothing.
			before := calls
			bad := []any{map[string]any{"id": "new-2", "text": "Fine."}, map[string]any{"id": "new-3", "text": "Bad date.", "date": "2025-02-30"}}
			r := do(t, s, ingest, map[string]any{"a": bad})
			if codes := r.Codes(); len(codes) != 1 || codes[0] != "invalid" || !strings.Contains(r.Errors[0].Message, "articles[1].date") {
				t.Errorf("bad batch: got %+v, want one invalid error naming articles[1].date", r.Errors)
			}
			if calls != before {
				t.Errorf("bad batch: extractor ran %d times, want 0", calls-before)
			}
			if got := string(data(t, s, `{ article(id: "new-2") { id } }`, nil)); !strings.Contains(got, "null") {
				t.Errorf("bad batch: got %s, want new-2 not stored", got)
			}
			if got := string(data(t, s, `mutation { a: deleteArticle(id: "ka-3") b: deleteArticle(id: "ka-3") }`, nil)); !strings.Contains(got, `"a": true`) || !strings.Contains(got, `"b": false`) {
				t.Errorf("deleteArticle twice: got %s, want true then false", got)
			}
			if got := string(data(t, s, `{ article(id: "ka-3") { id } relations(source: "Reuters") { totalCount } }`, nil)); !strings.Contains(got, `"article": null`) || !strings.Contains(got, `"totalCount": 0`) {
				t.Errorf("after deleteArticle(ka-3): got %s, want no article and no Reuters relation", got)
			}
		})
	}
}

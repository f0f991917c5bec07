package server_test

import (
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// TestResponseCache: a question asked twice is answered from the cache the second time, with the
// same body; any write to the store (here a new article making Libya a partner of Rwanda) makes
// the next answer fresh; answers with errors and a disabled cache are never served from it.
func TestResponseCache(t *testing.T) {
	const q = `query($of: String!) { partners(of: $of) { entity { id } } }`
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			schematest.Load(t, st, schematest.Fixture()...)
			_, base, _ := start(t, server.Config{}, st, nil)

			first := gql(t, base, "", q, map[string]any{"of": "Rwanda"})
			second := gql(t, base, "", q, map[string]any{"of": "Rwanda"})
			for i, tc := range []struct {
				a    *answer
				want string
			}{{first, "miss"}, {second, "hit"}} {
				if got := tc.a.Header.Get("X-Newsgraph-Cache"); got != tc.want || tc.a.Status != 200 {
					t.Errorf("request %d: status %d, X-Newsgraph-Cache %q; want 200, %q", i+1, tc.a.Status, got, tc.want)
				}
			}
			if first.Body != second.Body {
				t.Errorf("cached body differs:\n%s\nwant\n%s", second.Body, first.Body)
			}
			if strings.Contains(first.Body, "country/LBY") {
				t.Fatalf("Libya is a partner before the new article: %s", first.Body)
			}

			lby := newsgraph.Entity{ID: "country/LBY", Type: newsgraph.Country, Name: "Libya", Code: "LBY", Mentions: []newsgraph.Mention{}}
			rwa := newsgraph.Entity{ID: "country/RWA", Type: newsgraph.Country, Name: "Rwanda", Code: "RWA", Mentions: []newsgraph.Mention{}}
			s := "Rwanda and Libya signed a deal on migrants in 2025."
			schematest.Load(t, st, &newsgraph.Extraction{
				Article:  newsgraph.Article{ID: "cache-1", Date: "2025-06-01", Source: "AP"},
				Entities: []newsgraph.Entity{rwa, lby},
				Relations: []newsgraph.Relation{{Type: "AGREE", Subject: "country/RWA", Object: "country/LBY", Date: "2025",
					Evidence: newsgraph.Span{Sentence: s, End: len(s)}}},
			})
			after := gql(t, base, "", q, map[string]any{"of": "Rwanda"})
			if got := after.Header.Get("X-Newsgraph-Cache"); got != "miss" || !strings.Contains(after.Body, "country/LBY") {
				t.Errorf("after a load: X-Newsgraph-Cache %q, body %s; want a fresh answer with country/LBY", got, after.Body)
			}

			for i := range 2 {
				bad := gql(t, base, "", `{ partners(of: "Rwanda", since: "not a date") { entity { id } } }`, nil)
				if got := bad.Header.Get("X-Newsgraph-Cache"); got != "" || bad.code() != newsgraph.EINVALID {
					t.Errorf("bad request %d: X-Newsgraph-Cache %q, code %q; want none, invalid", i+1, got, bad.code())
				}
			}

			_, off, _ := start(t, server.Config{ResponseCache: -1}, st, nil)
			for range 2 {
				if a := gql(t, off, "", q, map[string]any{"of": "Rwanda"}); a.Header.Get("X-Newsgraph-Cache") != "" || a.Body != after.Body {
					t.Errorf("cache off: X-Newsgraph-Cache %q, body %s; want none, %s", a.Header.Get("X-Newsgraph-Cache"), a.Body, after.Body)
				}
			}
		})
	}
}

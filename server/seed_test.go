package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// seedDir is the seed article of ../shared (CONTRACT.md's step 3).
const seedDir = "../../shared/corpus/seed"

// TestSeedArticle ingests the seed article over HTTP (the real loader extracts it) and asks for
// Rwanda's partners, on every backend.
func TestSeedArticle(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed article under %s (../shared is absent): nothing to check", seedDir)
	}
	text, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	extract(newsgraph.Article{Text: "Peru met Chile."}) // the loader's data and parser model, loaded before the clock runs
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			// the race detector slows the parse of 40 sentences tenfold: the default 10 s is for
			// queries, an ingest of a whole article under -race needs more
			st := b.Open(t)
			_, base, _ := start(t, server.Config{Token: token, Timeout: time.Minute}, st, extract)
			if b.ReadOnly { // a standby's server: the article is loaded on its primary
				x := extract(newsgraph.Article{ID: "seed", Text: string(text)})
				schematest.Load(t, st, &x)
			} else {
				a := gql(t, base, token, `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles ids } }`,
					map[string]any{"a": []any{map[string]any{"text": string(text)}}})
				if a.Status != 200 || a.code() != "" {
					t.Fatalf("ingest: got %d %s", a.Status, a.Body)
				}
			}
			a := gql(t, base, "", `{ partners(of: "Rwanda") { entity { id code } relations { type date status evidence { sentence article { id date source } } } } }`, nil)
			if a.Status != 200 {
				t.Fatalf("partners: got %d %s", a.Status, a.Body)
			}
			var got struct {
				Partners []struct {
					Entity    struct{ ID, Code string }
					Relations []struct {
						Type     string
						Evidence []struct {
							Sentence string
							Article  struct{ ID, Date string }
						}
					}
				}
			}
			if err := json.Unmarshal(a.JSON.Data, &got); err != nil {
				t.Fatal(err)
			}
			codes := map[string]bool{}
			var ids []string
			for _, p := range got.Partners {
				codes[p.Entity.Code] = true
				ids = append(ids, p.Entity.ID)
				if len(p.Relations) == 0 {
					t.Errorf("partner %s has no relations", p.Entity.ID)
				}
				for _, r := range p.Relations {
					if len(r.Evidence) == 0 || r.Evidence[0].Sentence == "" || r.Evidence[0].Article.Date != "2025-05-06" {
						t.Errorf("partner %s, %s: got evidence %+v, want a sentence of the 2025-05-06 article", p.Entity.ID, r.Type, r.Evidence)
					}
				}
			}
			t.Logf("partners of Rwanda in the seed article: %v", ids)
			for _, want := range []string{"USA", "GBR", "DNK", "ISR"} {
				if !codes[want] {
					t.Errorf("partners of Rwanda: got %v, want %s among them", codes, want)
				}
			}
			for _, not := range []string{"LBY", "IRQ"} {
				if codes[not] {
					t.Errorf("partners of Rwanda: got %v, want no %s", codes, not)
				}
			}
		})
	}
}

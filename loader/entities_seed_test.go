package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
)

// seedDir is the hand-annotated seed article of the shared test data.
const seedDir = "../../shared/corpus/seed"

// TestSeedArticle checks the entities of the seed article against its gold: every country, the
// four people with their offices or nationality, and one person for every form of a name.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(seedDir, "gold.jsonl"))
	if err != nil {
		t.Skipf("shared test data absent (%v): skipping", err)
	}
	var gold struct {
		File      string
		Countries []string
		People    []struct {
			Name, Office, Of, Nationality string
		}
	}
	if err := json.Unmarshal([]byte(strings.SplitN(string(b), "\n", 2)[0]), &gold); err != nil {
		t.Fatalf("gold.jsonl: %v", err)
	}
	text, err := os.ReadFile(filepath.Join(seedDir, gold.File))
	if err != nil {
		t.Fatalf("%v", err)
	}
	out := New().Extract(newsgraph.Article{ID: "seed", Text: string(text)})
	countries := map[string]bool{}
	people := map[string]newsgraph.Entity{}
	for _, e := range out.Entities {
		switch e.Type {
		case newsgraph.Country:
			countries[e.Code] = true
		case newsgraph.Person:
			people[e.Name] = e
		}
	}
	for _, c := range []string{"RWA", "USA", "LBY", "DNK", "ISR", "GBR", "COD", "IRQ"} {
		if !countries[c] {
			t.Errorf("country %s missing; got %v", c, countries)
		}
	}
	for _, c := range gold.Countries {
		if !countries[c] {
			t.Errorf("gold country %s missing", c)
		}
	}
	rel := map[string]newsgraph.Relation{}
	for _, r := range out.Relations {
		if r.Type == "HOLDS_OFFICE" || r.Type == "NATIONALITY" {
			rel[r.Type+" "+r.Subject] = r
		}
	}
	for _, p := range gold.People {
		e, ok := people[p.Name]
		if !ok {
			t.Errorf("person %q missing; got %v", p.Name, keysOf(people))
			continue
		}
		if p.Office != "" {
			r, ok := rel["HOLDS_OFFICE "+e.ID]
			if !ok || r.Object != "country/"+p.Of || !strings.EqualFold(r.Attrs["office"], p.Office) {
				t.Errorf("%s: got office %v, want %q of %s", p.Name, r, p.Office, p.Of)
			}
		}
		if p.Nationality != "" {
			if r, ok := rel["NATIONALITY "+e.ID]; !ok || r.Object != "country/"+p.Nationality {
				t.Errorf("%s: got nationality %v, want %s", p.Name, r, p.Nationality)
			}
		}
	}
	// "Olivier Nduhungirehe", "Nduhungirehe" and "Mr. Nduhungirehe" are one person
	n := 0
	for _, e := range out.Entities {
		if strings.Contains(e.Name, "Nduhungirehe") {
			n++
			if len(e.Mentions) < 3 {
				t.Errorf("%s: got %d mentions, want 3 or more", e.ID, len(e.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("got %d entities named Nduhungirehe, want 1", n)
	}
}

func keysOf(m map[string]newsgraph.Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

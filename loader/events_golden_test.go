package loader

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"newsgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedArticle is the hand-annotated seed article of the shared test data beside the project (not part of the
// project; the test skips without it).
const seedArticle = "../../shared/corpus/seed/2025-05-06-rwanda-us-talks.txt"

// goldenRelation is a relation as the golden file keeps it: the sentence by its offsets only, so
// that the file holds no text of the article.
type goldenRelation struct {
	Type    string            `json:"type"`
	Subject string            `json:"subject"`
	Object  string            `json:"object"`
	Start   int               `json:"start"`
	End     int               `json:"end"`
	Date    string            `json:"date,omitempty"`
	Status  string            `json:"status,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

// TestSeedArticleGolden pins the relations read from the seed article. Run with -update after a
// deliberate change, and review the diff.
func TestSeedArticleGolden(t *testing.T) {
	var a newsgraph.Article
	err := (&Reader{}).Read(t.Context(), []string{seedArticle}, func(x newsgraph.Article, err error) error {
		a = x
		return err
	})
	if err != nil {
		t.Skipf("seed article not available (%v): the shared test data is not mounted", err)
	}
	out := New().Extract(a)
	got := []goldenRelation{}
	for _, r := range out.Relations {
		if !newsgraph.IsPLOVER(r.Type) && r.Type != "PAYS" && r.Type != "DEPORTS_TO" {
			continue // the entity stage's relations have tests of their own
		}
		got = append(got, goldenRelation{r.Type, r.Subject, r.Object, r.Evidence.Start, r.Evidence.End, r.Date, r.Status, r.Attrs})
	}
	b, _ := json.MarshalIndent(got, "", "  ")
	b = append(b, '\n')
	path := filepath.Join("testdata", "seed-rwanda-relations.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSeedArticleGolden -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("relations of the seed article differ from %s (rerun with -update if the change is intended):\n got %s", path, b)
	}
	// what the hand annotation says, independently of the golden file
	has := map[string]bool{}
	for _, r := range out.Relations {
		has[r.Type+" "+r.Subject+" "+r.Object] = true
		has[r.Type+" "+r.Object+" "+r.Subject] = true
	}
	for _, w := range []string{
		"CONSULT country/RWA country/USA", "COOPERATE country/RWA org/unhcr", "AGREE country/RWA country/DNK",
		"COOPERATE country/RWA country/ISR", "AGREE country/RWA country/GBR", "CONSULT country/USA country/COD",
		"FIGHT country/RWA country/COD", "DEPORTS_TO country/USA country/RWA",
	} {
		if !has[w] {
			t.Errorf("missing %s", w)
		}
	}
	for _, r := range out.Relations {
		if newsgraph.IsPartnering(r.Type) && (r.Subject == "country/LBY" || r.Object == "country/LBY" || r.Subject == "country/IRQ" || r.Object == "country/IRQ") {
			t.Errorf("Libya and Iraq are no partners: got %s %s %s", r.Type, r.Subject, r.Object)
		}
	}
}

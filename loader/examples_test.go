package loader

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"newsgraph"
)

// exampleFacts is what the golden files keep of an extraction: the entities (id, type, code, the
// number of mentions) and every relation without its sentence text.
type exampleFacts struct {
	Article   string           `json:"article"`
	Entities  []exampleEntity  `json:"entities"`
	Relations []goldenRelation `json:"relations"`
}

type exampleEntity struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Code     string `json:"code,omitempty"`
	Mentions int    `json:"mentions"`
}

// TestExamplesGolden pins the facts read from every article in examples/articles (the articles
// `make run` serves). Run with -update after a deliberate change to the loader, and review the
// diff: it shows exactly which facts the change gained and lost.
func TestExamplesGolden(t *testing.T) {
	var arts []newsgraph.Article
	err := (&Reader{}).Read(t.Context(), []string{"../examples/articles"}, func(a newsgraph.Article, err error) error {
		if err != nil {
			t.Errorf("example input: %v", err)
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil || len(arts) < 5 {
		t.Fatalf("read %d example articles (err %v), want at least 5", len(arts), err)
	}
	x := New()
	var got []exampleFacts
	for _, a := range arts {
		out := x.Extract(a)
		f := exampleFacts{Article: a.ID, Entities: []exampleEntity{}, Relations: []goldenRelation{}}
		for _, e := range out.Entities {
			f.Entities = append(f.Entities, exampleEntity{e.ID, e.Type, e.Code, len(e.Mentions)})
		}
		sort.Slice(f.Entities, func(i, j int) bool { return f.Entities[i].ID < f.Entities[j].ID })
		for _, r := range out.Relations {
			f.Relations = append(f.Relations, goldenRelation{r.Type, r.Subject, r.Object, r.Evidence.Start, r.Evidence.End, r.Date, r.Status, r.Attrs})
		}
		got = append(got, f)
	}
	b, _ := json.MarshalIndent(got, "", "  ")
	b = append(b, '\n')
	path := filepath.Join("testdata", "examples.golden.json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestExamplesGolden -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("the facts of examples/articles changed; got:\n%s\nwant the contents of %s (rerun with -update if the change is deliberate, and review the diff)", b, path)
	}
}

package graph

import (
	"bytes"
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"newsgraph"
)

// snapshot is everything a store answers about the fixture, to compare two stores.
func snapshot(t *testing.T, s *Store) map[string]any {
	t.Helper()
	ctx := context.Background()
	out := map[string]any{}
	var ents []string
	if err := s.EachEntity(ctx, func(e newsgraph.Entity) error {
		ents = append(ents, e.ID+"|"+e.Name+"|"+e.Type+"|"+e.Code+"|"+strings.Join(e.Aliases, ","))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(ents)
	out["entities"] = ents
	var arts []newsgraph.Article
	if err := s.EachArticle(ctx, func(a newsgraph.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	out["articles"] = arts
	evs, err := s.Events(ctx, newsgraph.RelationFilter{Types: []string{"CONSULT", "AGREE", "COOPERATE", "DISAPPROVE", "HOLDS_OFFICE"}})
	if err != nil {
		t.Fatal(err)
	}
	out["events"] = evs
	for _, e := range evs {
		ev, err := s.Evidence(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		out["evidence "+e.ID] = ev
	}
	return out
}

func TestNQuadsRoundTrip(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			src, _ := b.open(t)
			load(t, src, talks1(), talks2(), chain())
			var buf bytes.Buffer
			if err := src.WriteNQuads(ctx, &buf); err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(buf.String(), "\n"); n != countQuads(t, src) {
				t.Errorf("export has %d lines, store %d quads", n, countQuads(t, src))
			}
			for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
				if !strings.HasSuffix(line, "> .") || !strings.Contains(line, " <"+prefArticle) {
					t.Fatalf("line without an article label: %s", line)
				}
			}
			dst, _ := b.open(t)
			if err := dst.ImportNQuads(ctx, bytes.NewReader(buf.Bytes())); err != nil {
				t.Fatal(err)
			}
			if got, want := snapshot(t, dst), snapshot(t, src); !reflect.DeepEqual(got, want) {
				t.Errorf("after import:\n%v\nwant\n%v", got, want)
			}
			// Importing quads already there, or one line twice, changes nothing (the summaries
			// count each article once: countQuads compares them with a rebuild from scratch).
			lines := strings.SplitAfter(buf.String(), "\n")
			again := buf.String() + lines[len(lines)/2] + lines[len(lines)/2]
			if err := dst.ImportNQuads(ctx, strings.NewReader(again)); err != nil {
				t.Fatal(err)
			}
			if got, want := countQuads(t, dst), countQuads(t, src); got != want {
				t.Errorf("after importing again: %d quads, want %d", got, want)
			}
			if got, want := snapshot(t, dst), snapshot(t, src); !reflect.DeepEqual(got, want) {
				t.Errorf("after importing again:\n%v\nwant\n%v", got, want)
			}
			// The imported store re-loads and deletes like the original.
			if changed, err := dst.Load(ctx, talks1()); err != nil || changed {
				t.Errorf("Load(talks-1) after import = %v, %v; want unchanged", changed, err)
			}
			if err := dst.DeleteArticle(ctx, "chain/3"); err != nil {
				t.Fatal(err)
			}
			if err := src.DeleteArticle(ctx, "chain/3"); err != nil {
				t.Fatal(err)
			}
			if got, want := countQuads(t, dst), countQuads(t, src); got != want {
				t.Errorf("after delete: imported store has %d quads, original %d", got, want)
			}
			if err := dst.ImportNQuads(ctx, strings.NewReader("<a> <b> .\n<broken")); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
				t.Errorf("ImportNQuads(broken) = %v, want invalid", err)
			}
		})
	}
}

package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
)

// TestSeenItems marks items seen on every backend, beside an article, and reads them back; the
// marks stay out of the N-Quads export and the article lists.
func TestSeenItems(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, cfg Config) {
		ctx := context.Background()
		if _, err := s.Load(ctx, talks1()); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkSeen(ctx, []string{"https://news.example/a", "guid-2", "https://news.example/a"}); err != nil {
			t.Fatal(err)
		}
		got, err := s.SeenItems(ctx, []string{"https://news.example/a", "https://news.example/b", "guid-2", "guid-2"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || !got["https://news.example/a"] || !got["guid-2"] {
			t.Errorf("SeenItems = %v, want a and guid-2", got)
		}
		var buf bytes.Buffer
		if err := s.WriteNQuads(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "news.example/a") || !strings.Contains(buf.String(), "article:") {
			t.Errorf("the export holds the seen marks, or lacks the article:\n%s", buf.String())
		}
		n := 0
		if err := s.EachArticle(ctx, func(newsgraph.Article) error { n++; return nil }); err != nil || n != 1 {
			t.Errorf("EachArticle: %d articles, %v; want 1", n, err)
		}
	})
}

// TestSeenItemsSurviveReopen marks items seen on a bolt store, reopens it and asks again; the
// marks stay out of the N-Quads export.
func TestSeenItemsSurviveReopen(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(ctx, Config{Backend: "bolt", Addr: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSeen(ctx, []string{"https://news.example/a", "guid-2"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, Config{Backend: "bolt", Addr: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.SeenItems(ctx, []string{"https://news.example/a", "https://news.example/b", "guid-2"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"https://news.example/a": true, "guid-2": true}
	if len(got) != len(want) || !got["https://news.example/a"] || !got["guid-2"] {
		t.Errorf("SeenItems = %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if err := s.WriteNQuads(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "news.example") {
		t.Errorf("the export holds the seen marks:\n%s", buf.String())
	}
}

package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

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

package loader

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractAllKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 200; i++ {
		if i == 50 {
			b.WriteString("{broken\n")
		}
		fmt.Fprintf(&b, `{"id":"a%03d","text":"Article %d."}`+"\n", i, i)
	}
	p := write(t, dir, "in.jsonl", b.String())
	x := New()
	for _, workers := range []int{1, 4} {
		var ids []string
		var bad int
		err := x.ExtractAll(context.Background(), &Reader{}, []string{p}, workers, func(it Item) error {
			if it.Err != nil {
				bad++
				return nil
			}
			ids = append(ids, it.Extraction.Article.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) != 200 || bad != 1 {
			t.Fatalf("workers %d: got %d articles and %d errors, want 200 and 1", workers, len(ids), bad)
		}
		for i, id := range ids {
			if want := fmt.Sprintf("a%03d", i); id != want {
				t.Fatalf("workers %d: article %d is %s, want %s", workers, i, id, want)
			}
		}
	}
}

func TestExtractAllStopsOnError(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, `{"id":"a%d","text":"Article."}`+"\n", i)
	}
	p := write(t, dir, "in.jsonl", b.String())
	stop := errors.New("stop")
	n := 0
	err := New().ExtractAll(context.Background(), &Reader{}, []string{filepath.Clean(p)}, 3, func(it Item) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("got err %v after %d items, want stop after 10", err, n)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/loader"
)

// sharedExtractor builds the loader once for the tests of this file (it loads the gazetteers).
var sharedExtractor = sync.OnceValue(loader.New)

func quietEnv() *env {
	return &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(string) string { return "" }, log: slog.New(slog.DiscardHandler)}
}

func openBolt(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Backend: "bolt", Addr: filepath.Join(t.TempDir(), "ng.db")}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sortedNQuads(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// articlesWithRepeats writes the example articles, then n synthetic ones, then later copies of
// two article ids with other text, so that which copy wins depends on the order of storing.
func articlesWithRepeats(t *testing.T, n int) []string {
	t.Helper()
	synth := syntheticArticles(t, n)
	var buf bytes.Buffer
	for i, rec := range []map[string]string{
		{"id": "synthetic-00001", "date": "2023-03-14", "text": "Chile and Argentina agreed to reopen their border crossing in the Andes."},
		{"id": "synthetic-00004", "date": "2021-09-30", "text": "Norway criticised Iceland over whaling quotas on Tuesday."},
		{"id": "synthetic-00001", "date": "2023-03-15", "text": "Ghana accused Togo of closing the border at Aflao without notice."},
	} {
		b, _ := json.Marshal(rec)
		buf.Write(b)
		buf.WriteByte('\n')
		if i == 1 { // some articles between the copies, so they land in other batches
			b, _ := os.ReadFile(synth)
			lines := bytes.SplitAfter(b, []byte("\n"))
			buf.Write(bytes.Join(lines[:min(7, len(lines))], nil))
		}
	}
	again := filepath.Join(t.TempDir(), "again.jsonl")
	if err := os.WriteFile(again, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"../../examples/articles", synth, again}
}

// goroutinesSettle waits until no more goroutines run than before, failing after a few seconds.
func goroutinesSettle(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("goroutines: got %d, want at most %d as before the load:\n%s",
				runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestLoadPipelinedEqualsSequential loads the same articles with batches stored while extraction
// goes on, and one article at a time on one worker, and compares the two graphs quad by quad.
func TestLoadPipelinedEqualsSequential(t *testing.T) {
	paths := articlesWithRepeats(t, 40)
	tests := []struct {
		name           string
		workers, batch int
	}{
		{"batch 1, 1 worker", 1, 1},
		{"batch 4, 2 workers", 2, 4},
		{"batch 256, 3 workers", 3, 256},
	}
	var want string
	var wantStats loadStats
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openBolt(t)
			defer s.Close()
			st, err := loadPaths(context.Background(), quietEnv(), s, paths,
				loadOptions{workers: tt.workers, batch: tt.batch, extractor: sharedExtractor()})
			if err != nil {
				t.Fatal(err)
			}
			// 3 example texts, 2 in more.jsonl, 40 synthetic, 7 of them again, 3 repeats.
			if got, want := st.articles, 3+2+40+7+3; got != want {
				t.Errorf("articles: got %d, want %d", got, want)
			}
			if got, want := st.changed+st.unchanged, st.articles; got != want {
				t.Errorf("stored+unchanged: got %d, want %d (every article counted once)", got, want)
			}
			// Of the 7 copies, synthetic-00001 and -00004 differ from what the text before them stored.
			if got, want := st.unchanged, 5; got != want {
				t.Errorf("unchanged: got %d, want %d identical copies", got, want)
			}
			got := sortedNQuads(t, s)
			if !strings.Contains(got, "Togo") || strings.Contains(got, "Chile") {
				t.Errorf("the last copy of synthetic-00001 (Ghana and Togo) did not win over the earlier one (Chile)")
			}
			if i == 0 {
				want, wantStats = got, *st
				return
			}
			if got != want {
				t.Errorf("graph differs from the one-at-a-time load: %d quads, want %d",
					strings.Count(got, "\n")+1, strings.Count(want, "\n")+1)
			}
			if st.changed != wantStats.changed || st.unchanged != wantStats.unchanged || st.bad != wantStats.bad {
				t.Errorf("counts: got %d stored, %d unchanged, %d bad; want %d, %d, %d",
					st.changed, st.unchanged, st.bad, wantStats.changed, wantStats.unchanged, wantStats.bad)
			}
		})
	}
}

// failingStore stores through a real bolt store and closes it after `after` batches, so that
// the next batch fails as a store gone away does.
type failingStore struct {
	*graph.Store
	after, calls int
	stored       int
	cancel       context.CancelFunc // when set, cancel instead of closing
}

func (f *failingStore) LoadBatch(ctx context.Context, xs []*newsgraph.Extraction) (int, error) {
	f.calls++
	n, err := f.Store.LoadBatch(ctx, xs)
	if err == nil {
		f.stored += len(xs)
	}
	if f.calls == f.after {
		if f.cancel != nil {
			f.cancel()
		} else if cerr := f.Store.Close(); cerr != nil {
			return n, cerr
		}
	}
	return n, err
}

// TestLoadStopsOnStorageError closes the store after two batches: the next batch's error must
// come back wrapped, extraction must stop well before the end of the input, and no goroutine of
// the load may outlive it.
func TestLoadStopsOnStorageError(t *testing.T) {
	paths := []string{syntheticArticles(t, 600)}
	x := sharedExtractor()
	tests := []struct {
		name    string
		cancel  bool
		wantErr string
	}{
		{"store closed", false, "storing articles: "},
		{"interrupted", true, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openBolt(t)
			defer s.Close() // a second close after failingStore's is harmless
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			fs := &failingStore{Store: s, after: 2}
			if tt.cancel {
				fs.cancel = cancel
			}
			before := runtime.NumGoroutine()
			st, err := loadPaths(ctx, quietEnv(), fs, paths, loadOptions{workers: 2, batch: 5, extractor: x})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error: got %v, want one containing %q", err, tt.wantErr)
			}
			t.Logf("error: %v; %d articles extracted", err, st.articles)
			if tt.cancel && !errors.Is(err, context.Canceled) {
				t.Errorf("error: got %v, want it to be context.Canceled", err)
			}
			if got, want := fs.stored, 10; got != want {
				t.Errorf("articles stored: got %d, want %d (two batches of 5)", got, want)
			}
			if got := st.changed; got != fs.stored {
				t.Errorf("stored count: got %d, want %d", got, fs.stored)
			}
			if st.articles > 100 {
				t.Errorf("extracted %d of 600 articles after the store failed at the third batch; want extraction stopped", st.articles)
			}
			if !tt.cancel {
				if calls := fs.calls; calls != 3 {
					t.Errorf("LoadBatch calls: got %d, want 3 (none after the failure)", calls)
				}
			}
			goroutinesSettle(t, before)
		})
	}
}

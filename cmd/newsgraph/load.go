package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"time"

	"golang.org/x/term"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/loader"
)

// loadStats counts what a load did.
type loadStats struct {
	articles, changed, unchanged, bad int
	bytes                             int64
	start                             time.Time
}

// runLoad extracts articles and stores them, each article in one transaction, replacing what the
// same article stored before.
func runLoad(ctx context.Context, e *env) error {
	fs := newFlags(e, "load", "load [--backend NAME] [--db ADDRESS] [-j N] [FILE|DIR|-]...")
	var sf storeFlags
	sf.register(fs, e)
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "extract on `N` cores")
	batch := fs.Int("batch", 256, "articles stored per batch (each article stays all-or-nothing)")
	maxBytes := fs.Int("max-bytes", loader.DefaultMaxArticleBytes, "largest article text accepted, in bytes")
	quiet := fs.Bool("q", false, "no progress line")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	paths := inputs(fs)
	store, err := sf.open(ctx, e)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := loadPaths(ctx, e, store, paths, loadOptions{workers: *workers, batch: *batch, maxBytes: *maxBytes, progress: !*quiet})
	if err != nil {
		return err
	}
	el := time.Since(st.start)
	fmt.Fprintf(e.stderr, "loaded %d articles in %s (%.0f articles/s, %.2f MB/s): %d stored, %d unchanged, %d bad records skipped\n",
		st.articles, el.Round(time.Millisecond), float64(st.articles)/el.Seconds(), float64(st.bytes)/1e6/el.Seconds(),
		st.changed, st.unchanged, st.bad)
	if st.bad > 0 {
		return fmt.Errorf("%d bad records: %w", st.bad, errBadRecords)
	}
	return nil
}

type loadOptions struct {
	workers, batch, maxBytes int
	progress                 bool
}

// loadPaths extracts and stores the articles in paths, reporting bad records on e.stderr and,
// when stderr is a terminal, a progress line.
func loadPaths(ctx context.Context, e *env, store *graph.Store, paths []string, o loadOptions) (*loadStats, error) {
	st := &loadStats{start: time.Now()}
	var p *progress
	if o.progress {
		if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			p = newProgress(f, countRecords(paths))
			defer p.done()
		}
	}
	if o.batch < 1 {
		o.batch = 1
	}
	var pending []*newsgraph.Extraction
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		n, err := store.LoadBatch(ctx, pending)
		if err != nil {
			return fmt.Errorf("storing articles: %w", err)
		}
		st.changed += n
		st.unchanged += len(pending) - n
		pending = pending[:0]
		return nil
	}
	err := loader.New().ExtractAll(ctx, &loader.Reader{MaxBytes: o.maxBytes, Stdin: e.stdin}, paths, o.workers, func(it loader.Item) error {
		if it.Err != nil {
			st.bad++
			if p != nil {
				p.clear()
			}
			fmt.Fprintf(e.stderr, "newsgraph load: skipped %v\n", it.Err)
			return nil
		}
		st.articles++
		st.bytes += int64(len(it.Extraction.Article.Text))
		pending = append(pending, it.Extraction)
		if p != nil {
			p.add(1)
		}
		if len(pending) >= o.batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return st, err
}

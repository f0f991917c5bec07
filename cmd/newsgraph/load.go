package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"time"

	"golang.org/x/term"

	"newsgraph"
	"newsgraph/loader"
)

// loadStats counts what a load did.
type loadStats struct {
	articles, changed, unchanged, bad int
	bytes                             int64
	start                             time.Time
	// storeBusy is the time spent in LoadBatch, storeIdle the time storage waited for a batch,
	// and extractBlocked the time extraction waited for storage to take one.
	storeBusy, storeIdle, extractBlocked time.Duration
}

// runLoad extracts articles and stores them, each article in one transaction, replacing what the
// same article stored before.
func runLoad(ctx context.Context, e *env) error {
	fs := newFlags(e, "load", "load [--backend NAME] [--db ADDRESS] [-j N] [flags] [FILE|DIR|URL|-]...")
	var sf storeFlags
	sf.register(fs, e)
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "extract on `N` cores")
	batch := fs.Int("batch", 256, "articles stored per batch (each article stays all-or-nothing)")
	var in inputFlags
	in.register(fs, true)
	quiet := fs.Bool("q", false, "no progress line")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	r, err := in.reader(e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return err
	}
	paths := inputs(fs)
	store, err := sf.open(ctx, e, false)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := loadPaths(ctx, e, store, paths, loadOptions{workers: *workers, batch: *batch, reader: r, progress: !*quiet})
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
	workers, batch int
	progress       bool
	// reader reads the paths; nil: an input.Reader with the default limits, fetching URLs.
	reader loader.ArticleReader
	// extractor is the one to use; nil: loadPaths builds its own.
	extractor *loader.Extractor
}

// batchStore is the storage loadPaths needs (graph.Store's).
type batchStore interface {
	LoadBatch(ctx context.Context, xs []*newsgraph.Extraction) (int, error)
}

// loadPaths extracts and stores the articles in paths, reporting bad records on e.stderr and,
// when stderr is a terminal, a progress line.
//
// Storage runs in its own goroutine, fed in input order by a channel one batch deep, so that
// extraction goes on while a batch is stored. Each batch is one LoadBatch call and batches are
// stored in order, so a later copy of an article still wins. The first storage error cancels
// extraction and is returned; when loadPaths returns, both sides have ended.
func loadPaths(ctx context.Context, e *env, store batchStore, paths []string, o loadOptions) (*loadStats, error) {
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
	x := o.extractor
	if x == nil {
		x = loader.New()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// One batch waits in the channel while the storer stores another and extraction fills a
	// third, so a slow store costs at most about two batches of memory.
	batches := make(chan []*newsgraph.Extraction, 1)
	stored := make(chan storeResult, 1)
	go func() { stored <- storeBatches(ctx, cancel, store, batches) }()

	pending := make([]*newsgraph.Extraction, 0, o.batch)
	send := func() error {
		if len(pending) == 0 {
			return nil
		}
		t := time.Now()
		select {
		case batches <- pending:
		case <-ctx.Done():
			return ctx.Err()
		}
		st.extractBlocked += time.Since(t)
		pending = make([]*newsgraph.Extraction, 0, o.batch)
		return nil
	}
	rd := o.reader
	if rd == nil {
		ir, err := defaultInputs.reader(e)
		if err != nil {
			return st, err
		}
		rd = ir
	}
	err := x.ExtractAll(ctx, rd, paths, o.workers, func(it loader.Item) error {
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
			return send()
		}
		return nil
	})
	if err == nil {
		err = send()
	}
	close(batches)
	r := <-stored
	st.changed, st.unchanged, st.storeBusy, st.storeIdle = r.changed, r.unchanged, r.busy, r.idle
	if e.log != nil {
		e.log.Debug("load pipeline", "articles", st.articles, "elapsed", time.Since(st.start).Round(time.Millisecond),
			"store_busy", st.storeBusy.Round(time.Millisecond), "store_idle", st.storeIdle.Round(time.Millisecond),
			"extract_blocked", st.extractBlocked.Round(time.Millisecond))
	}
	if r.err != nil { // the cause; extraction's error is then the cancellation it led to
		err = r.err
	}
	return st, err
}

// storeResult is what storeBatches did.
type storeResult struct {
	changed, unchanged int
	busy, idle         time.Duration
	err                error
}

// storeBatches stores the batches it receives, in order, until the channel is closed. After the
// first error it calls cancel and only drains the channel, so the sender never blocks.
func storeBatches(ctx context.Context, cancel context.CancelFunc, store batchStore, batches <-chan []*newsgraph.Extraction) storeResult {
	var r storeResult
	t := time.Now()
	for b := range batches {
		if r.err != nil {
			continue
		}
		r.idle += time.Since(t)
		t = time.Now()
		n, err := store.LoadBatch(ctx, b)
		r.busy += time.Since(t)
		t = time.Now()
		if err != nil {
			r.err = fmt.Errorf("storing articles: %w", err)
			cancel()
			continue
		}
		r.changed += n
		r.unchanged += len(b) - n
	}
	return r
}

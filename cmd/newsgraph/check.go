package main

import (
	"context"
	"fmt"
	"time"

	"newsgraph/graph"
)

// errCheckFailed is returned by check when the derived data differ from the articles (exit 1).
var errCheckFailed = fmt.Errorf("%w: the store's derived data differ from its articles", errBadRecords)

// runCheck recomputes the store's derived data (summaries, index edges) from its articles' quads,
// compares them with the stored ones and the store's marks, prints a summary, and exits 1 when
// they differ. With --repair it rebuilds them when they differ (and exits 0 when that worked).
func runCheck(ctx context.Context, e *env) error {
	fs := newFlags(e, "check", "check [--backend NAME] [--db ADDRESS] [--repair]")
	var sf storeFlags
	sf.register(fs, e)
	repair := fs.Bool("repair", false, "rebuild the derived data when they differ from the articles")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	cfg := sf.config(false)
	cfg.ReadOnly = !*repair
	cfg.NoRepair = true // the open reports what it finds instead of repairing it first
	store, err := graph.Open(ctx, cfg, e.log)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	r, err := store.Check(ctx, *repair)
	if r != nil {
		fmt.Fprint(e.stdout, r)
		fmt.Fprintf(e.stdout, "checked in %s\n", time.Since(start).Round(time.Millisecond))
	}
	if err != nil {
		return err
	}
	if !r.OK() {
		return errCheckFailed
	}
	return nil
}

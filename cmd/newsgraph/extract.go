package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"newsgraph/loader"
)

// runExtract prints one JSON object per article (CONTRACT.md) and touches no store.
func runExtract(ctx context.Context, e *env) error {
	fs := newFlags(e, "extract", "extract [-j N] [flags] [FILE|DIR|URL|-]...")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "extract on `N` cores")
	var in inputFlags
	in.register(fs)
	if err := parse(fs, e.args); err != nil {
		return err
	}
	r, err := in.reader(e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return err
	}
	paths := inputs(fs)
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	bad := 0
	err = loader.New().ExtractAll(ctx, r, paths, *workers, func(it loader.Item) error {
		if it.Err != nil {
			bad++
			fmt.Fprintf(e.stderr, "newsgraph extract: skipped %v\n", it.Err)
			return nil
		}
		return enc.Encode(it.Extraction)
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d bad records: %w", bad, errBadRecords)
	}
	return nil
}

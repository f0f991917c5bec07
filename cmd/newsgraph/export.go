package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"newsgraph/graph"
	"newsgraph/graph/export"
)

// exportHandler serves GET /export.
func exportHandler(store *graph.Store, log *slog.Logger) http.Handler {
	return export.Handler(store, log)
}

// runExport writes the graph in one format to standard output or a file.
func runExport(ctx context.Context, e *env) error {
	fs := newFlags(e, "export", "export [--backend NAME] [--db ADDRESS] --format F [--out FILE]")
	var sf storeFlags
	sf.register(fs, e)
	format := fs.String("format", "nquads", "output `format`: "+strings.Join(export.Names(), ", "))
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	var f export.Filter
	fs.StringVar(&f.Entity, "entity", "", "export the neighbourhood of this `entity` (name, code or ID)")
	fs.IntVar(&f.Depth, "depth", 0, "how many events away from --entity to go (default 1)")
	fs.StringVar(&f.Since, "since", "", "only events dated from `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only events dated up to `DATE`")
	types := fs.String("types", "", "only events of these comma-separated `TYPES` (AGREE,FIGHT,…)")
	fs.StringVar(&f.Class, "class", "", "only events of this quad `class` (verbal-coop, material-coop, verbal-conflict, material-conflict)")
	fs.StringVar(&f.Source, "source", "", "only events reported by articles of this `source`")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	if *types != "" {
		f.Types = strings.Split(*types, ",")
	}
	if _, err := export.Lookup(*format); err != nil {
		return err
	}
	store, err := sf.open(ctx, e, true)
	if err != nil {
		return err
	}
	defer store.Close()
	return writeOut(*out, e.stdout, func(w io.Writer) error { return export.Write(ctx, store, *format, f, w) })
}

// writeOut runs write on a buffered FILE (created via a temporary file renamed into place, so that a
// failed export leaves no half file) or on stdout when file is "".
func writeOut(file string, stdout io.Writer, write func(io.Writer) error) error {
	if file == "" {
		bw := bufio.NewWriterSize(stdout, 256<<10)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(file), ".newsgraph-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}

func dirOf(file string) string {
	for i := len(file) - 1; i >= 0; i-- {
		if file[i] == '/' {
			return file[:i+1]
		}
	}
	return "."
}

// runImport loads N-Quads exports into a store.
func runImport(ctx context.Context, e *env) error {
	fs := newFlags(e, "import", "import [--backend NAME] [--db ADDRESS] FILE.nq...|-")
	var sf storeFlags
	sf.register(fs, e)
	if err := parse(fs, e.args); err != nil {
		return err
	}
	paths := inputs(fs)
	store, err := sf.open(ctx, e, false)
	if err != nil {
		return err
	}
	defer store.Close()
	for _, p := range paths {
		if err := importFile(ctx, store, p, e.stdin); err != nil {
			return fmt.Errorf("importing %s: %w", p, err)
		}
	}
	return nil
}

// importFile loads one N-Quads file ("-": stdin) into the store.
func importFile(ctx context.Context, store *graph.Store, path string, stdin io.Reader) error {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	return store.ImportNQuads(ctx, bufio.NewReaderSize(r, 256<<10))
}

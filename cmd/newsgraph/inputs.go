package main

import (
	"flag"
	"fmt"
	"time"

	"newsgraph/input"
	"newsgraph/loader"
)

// inputFlags are the flags of the commands that read articles (extract, load, follow).
type inputFlags struct {
	maxBytes     int
	maxPageBytes int64
	columns      string
	timeout      time.Duration
	perHost      int
}

// defaultInputs are the input flags' defaults.
var defaultInputs = inputFlags{maxBytes: loader.DefaultMaxArticleBytes, maxPageBytes: input.DefaultMaxPageBytes, timeout: time.Minute, perHost: 2}

// register adds the flags to fs; --columns only when tables is set (the commands that read files).
func (f *inputFlags) register(fs *flag.FlagSet, tables bool) {
	d := defaultInputs
	fs.IntVar(&f.maxBytes, "max-bytes", d.maxBytes, "largest article text accepted, in bytes")
	fs.Int64Var(&f.maxPageBytes, "max-page-bytes", d.maxPageBytes, "largest HTML page, feed, WARC record or fetched body, in bytes")
	if tables {
		fs.StringVar(&f.columns, "columns", "", "CSV/TSV columns of the article fields, as `FIELD=COLUMN,...` (fields: id, title, date, source, url, text; default: the field names)")
	}
	fs.DurationVar(&f.timeout, "fetch-timeout", d.timeout, "time limit of one HTTP request for a URL (a page, a feed, robots.txt)")
	fs.IntVar(&f.perHost, "per-host", d.perHost, "most requests at a time to one host")
}

// reader returns the input reader the flags describe, fetching URLs with a polite fetcher.
func (f *inputFlags) reader(e *env) (*input.Reader, error) {
	cols, err := input.ParseColumns(f.columns)
	if err != nil {
		return nil, fmt.Errorf("--columns: %v: %w", err, errUsage)
	}
	return &input.Reader{
		Loader:       &loader.Reader{MaxBytes: f.maxBytes, Stdin: e.stdin},
		MaxPageBytes: f.maxPageBytes,
		Columns:      cols,
		Fetcher:      input.NewFetcher(input.FetchConfig{Timeout: f.timeout, MaxBytes: f.maxPageBytes, PerHost: f.perHost}),
		Log:          e.log,
	}, nil
}

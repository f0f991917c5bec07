// Package input reads the article formats researchers hold, as newsgraph.Articles, one at a
// time: JSON Lines, JSON and text (through loader.Reader), HTML pages, WARC archives, CSV and TSV
// with a header row, RSS and Atom feeds, each plain or compressed (.gz, .zst), from files,
// directories that mix them, standard input, and http(s) URLs of pages or feeds fetched politely
// (Fetcher). A record that cannot be read is reported, naming its file, URL or record, and the
// rest is read on.
package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"newsgraph"
	"newsgraph/loader"
)

// DefaultMaxPageBytes is the largest HTML page (or feed, or WARC record) read unless told otherwise.
const DefaultMaxPageBytes = 16 << 20

// Reader reads articles from files, directories, "-" (standard input) and URLs. Its zero value
// reads local files; URLs need a Fetcher.
type Reader struct {
	// Loader reads and checks the JSON and text formats, and checks every article (size, date);
	// nil: a loader.Reader with default limits and Stdin.
	Loader *loader.Reader
	// Stdin is read for "-" when Loader is nil.
	Stdin io.Reader
	// MaxPageBytes caps an HTML page, a feed and a WARC record (DefaultMaxPageBytes when 0).
	MaxPageBytes int64
	// Columns maps CSV/TSV columns to article fields (see Columns).
	Columns Columns
	// Fetcher fetches URLs, and the pages of feed items without content; nil: URLs are bad input.
	Fetcher *Fetcher
	// Log receives counts of skipped WARC records; nil: discarded.
	Log *slog.Logger
}

// Format names for a file name's ending (after any compression suffix).
const (
	fmtJSON = "json"
	fmtText = "text"
	fmtHTML = "html"
	fmtWARC = "warc"
	fmtCSV  = "csv"
	fmtTSV  = "tsv"
	fmtFeed = "feed"
)

// formatOf returns the format of a file name, "" when the ending is not one Read takes from a
// directory, with the compression suffix.
func formatOf(name string) (format, comp string) {
	inner, comp := splitCompression(name)
	switch strings.ToLower(filepath.Ext(inner)) {
	case ".jsonl", ".json", ".ndjson":
		return fmtJSON, comp
	case ".txt":
		return fmtText, comp
	case ".html", ".htm", ".xhtml":
		return fmtHTML, comp
	case ".warc", ".arc":
		return fmtWARC, comp
	case ".csv":
		return fmtCSV, comp
	case ".tsv", ".tab":
		return fmtTSV, comp
	case ".rss", ".atom", ".xml":
		return fmtFeed, comp
	}
	return "", comp
}

// Supported reports whether Read takes a file of this name from a directory.
func Supported(name string) bool {
	f, _ := formatOf(name)
	return f != ""
}

// IsURL reports whether a path argument is an http(s) URL.
func IsURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Read calls fn once for every article in paths, in order, with either the article or an error
// naming the file, URL or record that could not be read (a *loader.InputError, or for a WARC
// record an error naming the file, the record's number, offset and URI; the record is then
// skipped). It stops and returns fn's error when fn returns one, or ctx's error when ctx is
// done; an input that cannot be opened or fetched is reported to fn, not a reason to stop.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(newsgraph.Article, error) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-":
			err = r.readStdin(ctx, fn)
		case IsURL(p):
			err = r.readURL(ctx, p, fn)
		default:
			err = r.readPath(ctx, p, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) loader() *loader.Reader {
	if r.Loader != nil {
		return r.Loader
	}
	return &loader.Reader{Stdin: r.Stdin}
}

func (r *Reader) maxPage() int64 {
	if r.MaxPageBytes > 0 {
		return r.MaxPageBytes
	}
	return DefaultMaxPageBytes
}

// bad reports an input error naming name (and record, when > 0) to fn.
func bad(fn func(newsgraph.Article, error) error, name string, record int, err error) error {
	var ie *loader.InputError
	if errors.As(err, &ie) && ie.File != "" {
		return fn(newsgraph.Article{}, err)
	}
	return fn(newsgraph.Article{}, &loader.InputError{File: name, Line: record, Err: err})
}

// readStdin reads standard input, decompressing it when it starts with the gzip or zstd magic,
// then by its first bytes: a WARC, a feed, an HTML page, else JSON or text as loader.Reader sniffs.
func (r *Reader) readStdin(ctx context.Context, fn func(newsgraph.Article, error) error) error {
	l := r.loader()
	if l.Stdin == nil {
		return bad(fn, "-", 0, errors.New("no standard input"))
	}
	in, done, err := decompress(l.Stdin, "", true)
	if err != nil {
		return bad(fn, "-", 0, err)
	}
	defer done()
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(512)
	return r.readFormat(ctx, "-", sniff(head), br, fn)
}

// sniff names the format of a stream by its first bytes: "warc", "feed", "html", or "" (JSON or
// text, which loader.Reader tells apart).
func sniff(head []byte) string {
	b := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(b, []byte("WARC/")):
		return fmtWARC
	case looksHTML(b):
		return fmtHTML
	case bytes.HasPrefix(b, []byte("<?xml")) || bytes.HasPrefix(b, []byte("<rss")) || bytes.HasPrefix(b, []byte("<feed")) || bytes.HasPrefix(b, []byte("<rdf:RDF")):
		return fmtFeed
	}
	return ""
}

func (r *Reader) readPath(ctx context.Context, p string, fn func(newsgraph.Article, error) error) error {
	fi, err := os.Stat(p)
	if err != nil {
		return bad(fn, p, 0, unwrapPath(err))
	}
	if !fi.IsDir() {
		return r.readFile(ctx, p, fn)
	}
	files, err := loader.Files(p, Supported, func(path string, err error) error { return bad(fn, path, 0, err) })
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := r.readFile(ctx, f, fn); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile reads one file by its ending, undoing .gz and .zst first.
func (r *Reader) readFile(ctx context.Context, p string, fn func(newsgraph.Article, error) error) error {
	f, err := os.Open(p)
	if err != nil {
		return bad(fn, p, 0, unwrapPath(err))
	}
	defer f.Close()
	format, comp := formatOf(p)
	if format == fmtWARC && comp == gzipExt {
		comp = "" // gzip per record: the WARC reader undoes it, record by record
	}
	in, done, err := decompress(f, comp, false)
	if err != nil {
		return bad(fn, p, 0, err)
	}
	defer done()
	return r.readFormat(ctx, p, format, in, fn)
}

// readFormat reads a decompressed stream of a known format ("" sniffs JSON or text).
func (r *Reader) readFormat(ctx context.Context, name, format string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	switch format {
	case fmtHTML:
		return r.readHTML(name, "", "", in, fn)
	case fmtWARC:
		return r.readWARC(ctx, name, in, fn)
	case fmtCSV, fmtTSV:
		return r.readCSV(ctx, name, format == fmtTSV, in, fn)
	case fmtFeed:
		return r.readFeed(ctx, name, in, fn)
	}
	return r.loader().ReadStream(ctx, name, format, in, fn)
}

// readHTML reads one page; pageURL is where it came from ("" for a file) and ctype its
// Content-Type ("" when unknown).
func (r *Reader) readHTML(name, pageURL, ctype string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	data, err := readCapped(in, r.maxPage())
	if err != nil {
		return bad(fn, name, 0, err)
	}
	a, err := parseHTML(data, pageURL, ctype)
	if err != nil {
		return bad(fn, name, 0, err)
	}
	return r.emit(fn, name, 0, a)
}

// emit checks an article (check) and gives it, or its error naming name and record, to fn.
func (r *Reader) emit(fn func(newsgraph.Article, error) error, name string, record int, a newsgraph.Article) error {
	if err := r.check(&a); err != nil {
		var ie *loader.InputError
		if errors.As(err, &ie) {
			ie.File, ie.Line = name, record
		}
		return fn(newsgraph.Article{}, err)
	}
	return fn(a, nil)
}

// check gives an article with a URL and no id the id URLID(URL), then checks and completes it as
// loader.Reader does (loader.Reader.Check): the error is a *loader.InputError naming no file.
func (r *Reader) check(a *newsgraph.Article) error {
	if a.ID == "" && a.URL != "" {
		a.ID = URLID(a.URL)
	}
	return r.loader().Check(a)
}

// readSized reads all of in, about size bytes (a hint: 0 when unknown), failing when it holds
// more than max bytes.
func readSized(in io.Reader, size, max int64) ([]byte, error) {
	if size <= 0 || size > max {
		return readCapped(in, max)
	}
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(in, max+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > max {
		return nil, fmt.Errorf("larger than the %d MB limit", max>>20)
	}
	return buf.Bytes(), nil
}

// readCapped reads all of in, failing when it holds more than max bytes.
func readCapped(in io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than the %d MB limit", max>>20)
	}
	return data, nil
}

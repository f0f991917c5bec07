package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"newsgraph"
	"newsgraph/loader"
)

// WARCStats counts what a WARC file held.
type WARCStats struct {
	Articles int // HTML response records read as articles
	Revisits int // revisit records, skipped
	NonHTML  int // other records (requests, metadata, non-HTML or non-2xx responses), skipped
}

// readWARC streams a WARC file (plain, or gzipped record by record): each HTML response (or
// resource) record becomes an article with WARC-Target-URI as its url; revisits and other
// records are skipped and counted in the log. A record cut short (a truncated archive) or that
// cannot be parsed is reported with its number, offset and URI; one that cannot be parsed ends
// the file.
func (r *Reader) readWARC(ctx context.Context, name string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		return bad(fn, name, 0, err)
	}
	defer wr.Close()
	var st WARCStats
	defer func() {
		r.logf("warc read", "file", name, "articles", st.Articles, "revisits_skipped", st.Revisits, "non_html_skipped", st.NonHTML)
	}()
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return nil
		}
		if err != nil || rec.WarcRecord == nil {
			if err == nil {
				err = errors.New("unreadable record")
			}
			return fn(newsgraph.Article{}, &warcError{file: name, record: n, offset: rec.Offset, err: err})
		}
		err = r.warcRecord(name, n, rec, &st, fn)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// warcRecord gives the article of record n, or the error that names it, to fn; records that are
// not HTML responses are counted in st and skipped.
func (r *Reader) warcRecord(name string, n int, rec gowarc.Record, st *WARCStats, fn func(newsgraph.Article, error) error) error {
	uri := rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI)
	fail := func(err error) error {
		return fn(newsgraph.Article{}, &warcError{file: name, record: n, offset: rec.Offset, uri: uri, err: err})
	}
	if err := truncated(rec.Validation); err != nil {
		return fail(err)
	}
	a, ok, err := r.warcArticle(rec.WarcRecord, st)
	if err != nil {
		return fail(err)
	}
	if !ok {
		return nil
	}
	if err := r.check(&a); err != nil {
		return fail(fieldError(err))
	}
	st.Articles++
	return fn(a, nil)
}

// warcArticle reads the article of an HTML response record; ok is false for a record skipped.
func (r *Reader) warcArticle(rec gowarc.WarcRecord, st *WARCStats) (a newsgraph.Article, ok bool, err error) {
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	a.URL = uri
	var ctype string
	var payload io.Reader
	var chunked bool
	switch rec.Type() {
	case gowarc.Revisit:
		st.Revisits++
		return a, false, nil
	case gowarc.Response:
		hb, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
		if !isHTTP || hb.HttpStatusCode()/100 != 2 {
			st.NonHTML++
			return a, false, nil
		}
		ctype = hb.HttpHeader().Get("Content-Type")
		payload, err = hb.PayloadBytes()
		chunked = isChunked(hb.ProtocolHeaderBytes())
	case gowarc.Resource:
		ctype = rec.WarcHeader().Get(gowarc.ContentType)
		payload, err = rec.Block().RawBytes()
	default:
		st.NonHTML++
		return a, false, nil
	}
	if err != nil {
		return a, false, err
	}
	if !isHTMLType(ctype) {
		st.NonHTML++
		return a, false, nil
	}
	data, err := readSized(payload, rec.Block().Size(), r.maxPage())
	if err != nil {
		return a, false, err
	}
	if chunked { // stored as sent: undo the chunking, unless the crawler did already
		if plain, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(data))); err == nil {
			data = plain
		}
	}
	if bytes.HasPrefix(data, gzipMagic) { // stored with its Content-Encoding
		in, done, derr := decompress(bytes.NewReader(data), gzipExt, false)
		if derr != nil {
			return a, false, derr
		}
		data, err = readCapped(in, r.maxPage())
		done()
		if err != nil {
			return a, false, err
		}
	}
	page, err := parseHTML(data, uri, ctype)
	if err != nil {
		return a, false, err
	}
	page.URL = uri // the archived address, whatever the page calls itself
	return page, true, nil
}

// truncated returns the finding that says a record is cut short (its block shorter than its
// Content-Length: a truncated file); other findings (digests, fields) do not stop a record.
func truncated(validation []error) error {
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return fmt.Errorf("truncated: %w", v)
		}
	}
	return nil
}

// isChunked reports whether raw HTTP response headers say "Transfer-Encoding: chunked" (the
// parsed headers drop that field).
func isChunked(header []byte) bool {
	for line := range bytes.SplitSeq(header, []byte("\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && bytes.EqualFold(bytes.TrimSpace(name), []byte("Transfer-Encoding")) &&
			bytes.Contains(bytes.ToLower(value), []byte("chunked")) {
			return true
		}
	}
	return false
}

// isHTMLType reports whether a Content-Type is HTML (or XHTML); an absent one is not.
func isHTMLType(ctype string) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ctype, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// warcError is a WARC record that could not be read: it names the file, the record's number
// (1-based) and offset, and its target URI when known.
type warcError struct {
	file   string
	record int
	offset int64
	uri    string
	err    error
}

func (e *warcError) Error() string {
	s := fmt.Sprintf("%s: record %d (offset %d)", e.file, e.record, e.offset)
	if e.uri != "" {
		s += " " + e.uri
	}
	return s + ": " + e.err.Error()
}

func (e *warcError) Unwrap() error { return e.err }

// fieldError drops the (empty) file of a check's *loader.InputError, keeping its field.
func fieldError(err error) error {
	var ie *loader.InputError
	if errors.As(err, &ie) && ie.File == "" {
		if ie.Field != "" {
			return fmt.Errorf("field %q: %w", ie.Field, ie.Err)
		}
		return ie.Err
	}
	return err
}

func (r *Reader) logf(msg string, args ...any) {
	if r.Log != nil {
		r.Log.Info(msg, args...)
	}
}

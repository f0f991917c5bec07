package input

import (
	"bytes"
	"context"
	"errors"
	"net/url"

	"github.com/mmcdole/gofeed"

	"newsgraph"
)

// readURL fetches a URL and reads it by what it is: an RSS or Atom feed (its items), an HTML
// page (one article), or a file of another format named by the URL's path (.jsonl, .csv,
// .warc.gz …, compressed or not).
func (r *Reader) readURL(ctx context.Context, raw string, fn func(newsgraph.Article, error) error) error {
	if r.Fetcher == nil {
		return bad(fn, raw, 0, errors.New("fetching URLs is off"))
	}
	resp, err := r.Fetcher.Get(ctx, raw)
	if err != nil {
		return bad(fn, raw, 0, err)
	}
	if IsFeed(resp) {
		return r.readFeed(ctx, raw, bytes.NewReader(resp.Body), fn)
	}
	format, comp := "", ""
	if u, err := url.Parse(resp.URL); err == nil {
		format, comp = formatOf(u.Path)
	}
	if format == "" || format == fmtFeed {
		if isHTMLType(resp.ContentType) || looksHTML(resp.Body) {
			return r.readHTML(raw, resp.URL, resp.ContentType, bytes.NewReader(resp.Body), fn)
		}
	}
	if format == fmtWARC && comp == gzipExt {
		comp = ""
	}
	in, done, err := decompress(bytes.NewReader(resp.Body), comp, comp == "")
	if err != nil {
		return bad(fn, raw, 0, err)
	}
	defer done()
	return r.readFormat(ctx, raw, format, in, fn)
}

// IsFeed reports whether a fetched body is an RSS or Atom feed.
func IsFeed(resp *Response) bool {
	switch gofeed.DetectFeedType(bytes.NewReader(resp.Body)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	return false
}

// looksHTML reports whether a body starts (after spaces) with an HTML tag or doctype.
func looksHTML(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	if len(b) > 64 {
		b = b[:64]
	}
	l := bytes.ToLower(b)
	return bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) || bytes.HasPrefix(l, []byte("<head")) || bytes.HasPrefix(l, []byte("<!--"))
}

package input

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// archive is a made-up crawl: a warcinfo, a request, two HTML responses, an image, a 404, a
// revisit and a page stored with its gzip Content-Encoding.
func archive() (records []string, pages []pageSpec) {
	pages = []pageSpec{
		{title: "First archived", site: "Example Gazette", date: "2025-04-01", paragraphs: 5, seed: 10},
		{title: "Second archived", site: "Example Gazette", date: "2025-04-02", paragraphs: 5, seed: 20},
		{title: "Encoded archived", site: "Example Gazette", date: "2025-04-03", paragraphs: 5, seed: 30},
		{title: "Chunked archived", site: "Example Gazette", date: "2025-04-04", paragraphs: 5, seed: 40},
	}
	chunkedPage := page(pages[3])
	half := len(chunkedPage) / 2
	chunked := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n",
		half, chunkedPage[:half], len(chunkedPage)-half, chunkedPage[half:])
	encoded := string(gzipBytes([]byte(page(pages[2]))))
	records = []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: newsgraph tests\r\n", 1),
		warcRecord("request", "https://news.example/a", "application/http;msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", 2),
		warcRecord("response", "https://news.example/a", "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page(pages[0])), 3),
		warcRecord("response", "https://news.example/logo.png", "application/http;msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG fake"), 4),
		warcRecord("response", "https://news.example/gone", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<p>gone</p>"), 5),
		warcRecord("revisit", "https://news.example/a", "application/http;msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", 6),
		warcRecord("response", "https://news.example/b", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page(pages[1])), 7),
		warcRecord("response", "https://news.example/c", "application/http;msgtype=response",
			strings.Replace(httpResponse("200 OK", "text/html", encoded), "Content-Type", "Content-Encoding: gzip\r\nContent-Type", 1), 8),
		warcRecord("response", "https://news.example/d", "application/http;msgtype=response", chunked, 9),
	}
	return records, pages
}

func TestReadWARC(t *testing.T) {
	records, pages := archive()
	plain := []byte(strings.Join(records, ""))
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc", plain},
		{"crawl.warc.gz", gzipEach(records)},
		{"crawl.warc.zst", zstdBytes(t, plain)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tc.name, tc.data)
			var logBuf bytes.Buffer
			arts, errs := readAll(t, &Reader{Log: slog.New(slog.NewTextHandler(&logBuf, nil))}, p)
			if len(errs) > 0 {
				t.Fatalf("errors: %q", errs)
			}
			wantURLs := []string{"https://news.example/a", "https://news.example/b", "https://news.example/c", "https://news.example/d"}
			if len(arts) != len(wantURLs) {
				t.Fatalf("%d articles, want %d", len(arts), len(wantURLs))
			}
			for i, a := range arts {
				if a.URL != wantURLs[i] || a.Title != pages[i].title || a.Date != pages[i].date {
					t.Errorf("article %d: url %q title %q date %q; want %q %q %q", i, a.URL, a.Title, a.Date, wantURLs[i], pages[i].title, pages[i].date)
				}
				for _, p := range articleParagraphs(pages[i]) {
					if !strings.Contains(a.Text, p) {
						t.Errorf("article %d lacks paragraph %q:\n%s", i, p, a.Text)
					}
				}
			}
			for _, want := range []string{"articles=4", "revisits_skipped=1", "non_html_skipped=4"} {
				if !strings.Contains(logBuf.String(), want) {
					t.Errorf("log lacks %s:\n%s", want, logBuf.String())
				}
			}
		})
	}
}

// TestReadTruncatedWARC cuts an archive inside its seventh record: the records before it are
// read, and the error names the file and the record.
func TestReadTruncatedWARC(t *testing.T) {
	records, _ := archive()
	whole := strings.Join(records, "")
	cut := len(strings.Join(records[:6], "")) + len(records[6])/2
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"cut.warc", []byte(whole[:cut])},
		{"cut.warc.gz", func() []byte { g := gzipEach(records[:7]); return g[:len(g)-len(gzipEach(records[6:7]))/2] }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := writeFile(t, dir, tc.name, tc.data)
			after := writeFile(t, dir, "after.html", []byte(page(pageSpec{title: "After", site: "S", paragraphs: 4, seed: 1})))
			arts, errs := readAll(t, &Reader{}, p, after)
			if len(arts) != 2 || arts[0].URL != "https://news.example/a" || arts[1].Title != "After" {
				t.Errorf("articles = %d (%v), want the first archived page and the next file's", len(arts), titles(arts))
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tc.name+": record 7") {
				t.Errorf("errors = %q, want one naming %s and record 7", errs, tc.name)
			}
		})
	}
}

package input

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsgraph"
)

// benchPages are made-up news pages: "story" pages hold 30 paragraphs (about 20 kB, mostly
// text), "typical" ones add 100 kB of menu, SVG and inline JSON, as real news pages carry. In
// "article" pages the story is the page's one <article> (the fast path); in "paragraphs" pages
// it is in one <div> beside teaser <article>s (paragraphBlock finds it); in "readability" pages
// it is split in three <div>s around adverts, and go-readability's scoring finds it.
func benchPages(noArticle, split bool, bulkKB int) []string {
	pages := make([]string, 16)
	for i := range pages {
		pages[i] = page(pageSpec{title: "Talks resume", site: "Example Gazette", date: "2025-01-02", paragraphs: 30, seed: i * 11, noArticle: noArticle, split: split, bulkKB: bulkKB})
	}
	return pages
}

var benchKinds = []struct {
	name             string
	noArticle, split bool
	bulkKB           int
}{
	{"story/article", false, false, 0},
	{"story/paragraphs", true, false, 0},
	{"story/readability", true, true, 0},
	{"typical/article", false, false, 100},
	{"typical/paragraphs", true, false, 100},
	{"typical/readability", true, true, 100},
}

// BenchmarkParseHTML measures ParseHTML, one page at a time: the MB/s are of HTML read (run
// with GOMAXPROCS=1 for one core; figures in docs/inputs.md). MB/cpu-s divides by the CPU time
// the process used instead of the time that passed: on a machine shared with other jobs, it is
// what one core of its own would do.
func BenchmarkParseHTML(b *testing.B) {
	for _, k := range benchKinds {
		b.Run(k.name, func(b *testing.B) {
			pages := benchPages(k.noArticle, k.split, k.bulkKB)
			size := int64(len(strings.Join(pages, "")) / len(pages))
			b.SetBytes(size)
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				if _, err := ParseHTML(strings.NewReader(pages[i%len(pages)]), ""); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, size)
		})
	}
}

// BenchmarkReadWARC measures Reader.Read on a gzipped WARC file of 64 response records of
// typical pages (and one request record per page): the MB/s are of HTML turned into articles.
func BenchmarkReadWARC(b *testing.B) {
	for _, k := range []struct {
		name             string
		noArticle, split bool
	}{{"article", false, false}, {"paragraphs", true, false}, {"readability", true, true}} {
		b.Run(k.name, func(b *testing.B) {
			pages := benchPages(k.noArticle, k.split, 100)
			var records []string
			html := 0
			for i := 0; i < 64; i++ {
				p := pages[i%len(pages)]
				html += len(p)
				uri := "https://news.example/story/" + strings.Repeat("x", i%7) + string(rune('a'+i%26))
				records = append(records,
					warcRecord("request", uri, "application/http;msgtype=request", "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n", 2*i),
					warcRecord("response", uri, "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", p), 2*i+1))
			}
			path := writeFile(b, b.TempDir(), "bench.warc.gz", gzipEach(records))
			r := &Reader{}
			b.SetBytes(int64(html))
			cpu := cpuTime()
			for b.Loop() {
				n := 0
				err := r.Read(context.Background(), []string{path}, func(a newsgraph.Article, err error) error {
					if err != nil {
						b.Fatal(err)
					}
					n++
					return nil
				})
				if err != nil || n != 64 {
					b.Fatalf("%d articles, %v", n, err)
				}
			}
			reportCPU(b, cpu, int64(html))
		})
	}
}

// reportCPU reports MB of HTML per second of this process's CPU time since cpu0.
func reportCPU(b *testing.B, cpu0 time.Duration, bytesPerOp int64) {
	if cpu0 == 0 {
		return
	}
	if used := cpuTime() - cpu0; used > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

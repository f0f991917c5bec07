package input

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph"
)

// FuzzReadFormats reads arbitrary bytes as each format: no panic, every article has an id and
// valid UTF-8 text, every error names the input.
func FuzzReadFormats(f *testing.F) {
	records, _ := archive()
	f.Add(uint8(0), []byte(page(pageSpec{title: "T", site: "S", date: "2025-01-01", paragraphs: 3, seed: 1})))
	f.Add(uint8(1), []byte(strings.Join(records[:3], "")))
	f.Add(uint8(2), []byte("id,text\na,\"multi\nline\"\n"))
	f.Add(uint8(3), []byte(rss("W", []feedItem{{title: "i", link: "https://news.example/i", content: "<p>text</p>"}})))
	f.Add(uint8(4), []byte(atom("W", []feedItem{{title: "e", guid: "urn:e", link: "https://news.example/e", date: "2025-01-01T00:00:00Z", content: "<p>x</p>"}})))
	formats := []string{fmtHTML, fmtWARC, fmtCSV, fmtFeed, fmtFeed, fmtTSV}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		format := formats[int(which)%len(formats)]
		r := &Reader{MaxPageBytes: 1 << 20}
		err := r.readFormat(context.Background(), "fuzz."+format, format, bytes.NewReader(data), func(a newsgraph.Article, err error) error {
			if err != nil {
				if !strings.Contains(err.Error(), "fuzz."+format) {
					t.Errorf("error %q does not name the input", err)
				}
				return nil
			}
			if a.ID == "" || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
				t.Errorf("article %+v: want an id and valid, non-empty text", a)
			}
			return nil
		})
		if err != nil {
			t.Errorf("readFormat: %v", err)
		}
	})
}

package input

import (
	"strings"
	"testing"
)

// BenchmarkParseHTML measures ParseHTML on made-up news pages of about 20 kB (markup, scripts,
// navigation and adverts around 30 paragraphs), one core: the MB/s are of HTML read.
func BenchmarkParseHTML(b *testing.B) {
	pages := make([]string, 16)
	size := 0
	for i := range pages {
		pages[i] = page(pageSpec{title: "Talks resume", site: "Example Gazette", date: "2025-01-02", paragraphs: 30, seed: i * 11})
		size += len(pages[i])
	}
	b.SetBytes(int64(size / len(pages)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseHTML(strings.NewReader(pages[i%len(pages)]), ""); err != nil {
			b.Fatal(err)
		}
	}
}

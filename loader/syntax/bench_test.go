package syntax

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkParse measures tagging, lemmatizing and parsing (words given) on the EWT dev split,
// or on testdata/news.txt without it, and reports words per second.
func BenchmarkParse(b *testing.B) {
	p := mustDefault(b)
	var sents []Sentence
	if _, err := os.Stat(ewt); err == nil {
		for _, cs := range readTreebank(b, "dev") {
			sents = append(sents, cs.Sentence)
		}
	} else {
		text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
		if err != nil {
			b.Fatal(err)
		}
		sents = p.Sentences(string(text))
	}
	words := 0
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		s := &sents[i%len(sents)]
		p.Parse(s)
		words += len(s.Words)
	}
	b.ReportMetric(float64(words)/time.Since(start).Seconds(), "words/s")
}

// BenchmarkParseText measures the whole chain on text: sentences, words, tags, lemmas, trees.
func BenchmarkParseText(b *testing.B) {
	p := mustDefault(b)
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	words := 0
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, s := range p.ParseText(string(text)) {
			words += len(s.Words)
		}
	}
	b.ReportMetric(float64(words)/time.Since(start).Seconds(), "words/s")
}

// BenchmarkLoad measures loading the embedded model.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}

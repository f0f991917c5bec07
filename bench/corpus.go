// Package bench builds the inputs of newsgraph's benchmarks and measures what they run: a
// deterministic corpus of any number of articles made by repeating a set of article bodies with
// distinct ids and dates (Generate, Article), the fixtures the *_bench_test.go files share
// (Fixture), and latency percentiles (Percentiles). scripts/bench.sh drives the whole ladder
// (10^3, 10^4, 10^5 articles) with the commands under bench/.
package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"newsgraph"
)

// Span of the generated dates: articles are spread evenly over ten years of news, oldest first.
var (
	firstDay = time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	spanDays = 3653
)

// sources are given to the generated articles in turn, so that source filters have work to do.
var sources = []string{"AP", "Reuters", "AFP", "BBC", "NYT", "Guardian", "Al Jazeera"}

// Body is one article body of the source corpus.
type Body struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// ReadBodies reads article bodies from JSON Lines with at least a "text" field (the shape of
// fnc1-bodies.jsonl and of newsgraph's own input). Blank lines are skipped; a line that is not
// JSON or has no text is an error naming its line.
func ReadBodies(r io.Reader, name string) ([]Body, error) {
	var out []Body
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var body Body
		if err := json.Unmarshal(b, &body); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if body.Text == "" {
			return nil, fmt.Errorf("%s:%d: field \"text\": empty", name, line)
		}
		out = append(out, body)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no article bodies", name)
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// Article returns article i (0 ≤ i < n) of a generated corpus of n articles: body i mod
// len(bodies), the id "bench-<i>", a date spread evenly over 2016–2025 (article 0 oldest) and a
// source taken in turn from a short list. The same (bodies, i, n) always give the same article.
func Article(bodies []Body, i, n int) newsgraph.Article {
	b := bodies[i%len(bodies)]
	day := 0
	if n > 1 {
		day = int(int64(i) * int64(spanDays-1) / int64(n-1))
	}
	return newsgraph.Article{
		ID:     fmt.Sprintf("bench-%07d", i),
		Date:   firstDay.AddDate(0, 0, day).Format("2006-01-02"),
		Source: sources[i%len(sources)],
		Text:   b.Text,
	}
}

// jsonArticle is the input shape of CONTRACT.md (Article does not marshal its Text).
type jsonArticle struct {
	ID     string `json:"id"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text"`
}

// Generate writes a corpus of n articles (see Article) to w as JSON Lines, the input format of
// `newsgraph load`.
func Generate(w io.Writer, bodies []Body, n int) error {
	if len(bodies) == 0 {
		return fmt.Errorf("generate: no article bodies")
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		a := Article(bodies, i, n)
		if err := enc.Encode(jsonArticle{ID: a.ID, Date: a.Date, Source: a.Source, Text: a.Text}); err != nil {
			return fmt.Errorf("generate: article %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}

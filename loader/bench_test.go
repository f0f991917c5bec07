package loader

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"sync"
	"testing"

	"newsgraph"
)

// fnc1Path is the FNC-1 article bodies shipped in the shared test data (absent outside the
// project's machines).
const fnc1Path = "../../shared/corpus/fnc1-bodies.jsonl"

func readFNC1(tb testing.TB) []newsgraph.Article {
	f, err := os.Open(fnc1Path)
	if err != nil {
		tb.Skipf("shared test data absent (%v): skipping", err)
	}
	defer f.Close()
	var out []newsgraph.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s: %v", fnc1Path, err)
		}
		out = append(out, newsgraph.Article{ID: r.ID, Text: r.Text})
	}
	return out
}

// BenchmarkExtract measures whole extraction (sentences, entities, events) over the FNC-1 bodies
// on one goroutine; MB/s is the figure to watch (target ≥ 2 MB/s).
func BenchmarkExtract(b *testing.B) {
	arts := readFNC1(b)
	x := New()
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	if n := x.evs.sentences.Load(); n > 0 {
		b.ReportMetric(float64(x.evs.parsed.Load())/float64(n), "parsed/sentence-with-actors")
	}
}

// TestExtractFNC1NoPanic runs the extractor over every FNC-1 body: none may panic, and every
// mention must lie inside the text and spell what it says.
func TestExtractFNC1NoPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	arts := readFNC1(t)
	x := New()
	// the extractor is safe for concurrent use: read on every core, as extract -j does
	next := make(chan newsgraph.Article)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				out := x.Extract(a)
				checkMentions(t, a, out)
				checkRules(t, a, out)
			}
		}()
	}
	for _, a := range arts {
		next <- a
	}
	close(next)
	wg.Wait()
}

// checkRules reports every relation of out that does not name the rule that read it.
func checkRules(t *testing.T, a newsgraph.Article, out newsgraph.Extraction) {
	for _, r := range out.Relations {
		if r.Rule == "" {
			t.Errorf("%s: %s %s %s has no rule (sentence %q)", a.ID, r.Type, r.Subject, r.Object, r.Evidence.Sentence)
		}
	}
}

// checkMentions reports every mention of out that lies outside a's text or spells other text.
func checkMentions(t *testing.T, a newsgraph.Article, out newsgraph.Extraction) {
	runes := []rune(a.Text)
	for _, e := range out.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("%s: %s mention %d-%d outside the text", a.ID, e.ID, m.Start, m.End)
				return
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: %s mention %d-%d spells %q, want %q", a.ID, e.ID, m.Start, m.End, got, m.Text)
				return
			}
		}
	}
}

package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"newsgraph"
	"newsgraph/loader"
)

// EnvArticles names the environment variable that sets how many articles the benchmarks'
// fixtures hold (DefaultArticles when unset).
const EnvArticles = "NEWSGRAPH_BENCH_ARTICLES"

// DefaultArticles is the size of the benchmarks' fixtures unless EnvArticles says otherwise.
const DefaultArticles = 1000

// SourceName is the source corpus looked for beside the project (../shared/corpus from the
// module root).
const SourceName = "fnc1-bodies.jsonl"

// ModuleRoot returns the nearest folder at or above the working directory that holds go.mod,
// or "" when there is none.
func ModuleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// SourceCorpus returns the path of ../shared/corpus/fnc1-bodies.jsonl beside the module root,
// or "" when it is not there.
func SourceCorpus() string {
	root := ModuleRoot()
	if root == "" {
		return ""
	}
	p := filepath.Join(root, "..", "shared", "corpus", SourceName)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Bodies returns the article bodies the benchmarks repeat: the FNC-1 bodies when
// ../shared/corpus is present, else the project's own examples/articles (so the benchmarks run
// anywhere, on a smaller variety of text). It says on tb's log which it used.
func Bodies(tb testing.TB) []Body {
	tb.Helper()
	if p := SourceCorpus(); p != "" {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		bodies, err := ReadBodies(f, p)
		if err != nil {
			tb.Fatal(err)
		}
		return bodies
	}
	root := ModuleRoot()
	dir := filepath.Join(root, "examples", "articles")
	var bodies []Body
	err := (&loader.Reader{}).Read(context.Background(), []string{dir}, func(a newsgraph.Article, err error) error {
		if err != nil {
			return err
		}
		bodies = append(bodies, Body{ID: a.ID, Text: a.Text})
		return nil
	})
	if err != nil || len(bodies) == 0 {
		tb.Skipf("no source corpus: %s is absent and %s gave none (%v)", SourceName, dir, err)
	}
	tb.Logf("%s absent (../shared/corpus): repeating the %d articles of examples/articles", SourceName, len(bodies))
	return bodies
}

// Size returns the number of articles the fixtures hold: EnvArticles when set, else def.
func Size(tb testing.TB, def int) int {
	tb.Helper()
	if v := os.Getenv(EnvArticles); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			tb.Fatalf("%s=%q: want a positive number of articles", EnvArticles, v)
		}
		return n
	}
	return def
}

var (
	extractMu    sync.Mutex
	extractCache = map[int][]*newsgraph.Extraction{}
)

// Extractions returns the extractions of a generated corpus of n articles (see Article),
// extracted on all cores once per process and shared by every benchmark that asks for the same n.
func Extractions(tb testing.TB, n int) []*newsgraph.Extraction {
	tb.Helper()
	extractMu.Lock()
	defer extractMu.Unlock()
	if xs, ok := extractCache[n]; ok {
		return xs
	}
	bodies := Bodies(tb)
	x := loader.New()
	xs := make([]*newsgraph.Extraction, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				e := x.Extract(Article(bodies, i, n))
				xs[i] = &e
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	extractCache[n] = xs
	return xs
}

// Describe returns a rough count of what xs hold (entities, mentions and relations), for logs.
func Describe(xs []*newsgraph.Extraction) string {
	var ents, rels int
	for _, x := range xs {
		ents += len(x.Entities)
		rels += len(x.Relations)
	}
	return fmt.Sprintf("%d articles, %d entity mentions, %d relations", len(xs), ents, rels)
}

package server_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"newsgraph/schema/schematest"
	"newsgraph/server"
)

var updateCorpus = flag.Bool("update-corpus", false, "rewrite FuzzDocuments' corpus under testdata/fuzz/FuzzDocuments")

// corpusDir is FuzzDocuments' committed corpus.
var corpusDir = filepath.Join("testdata", "fuzz", "FuzzDocuments")

// corpusClasses are what the corpus must reach: each refusal of issue 14 and an answer.
var corpusClasses = []string{
	"answered", "cycle", "unknown fragment", "variable", "syntax",
	"limit:tokens", "limit:selection_nesting", "limit:value_nesting", "limit:definitions",
	"limit:variables", "limit:fragments", "limit:spreads", "limit:aliases", "limit:directives",
	"limit:fields", "limit:depth", "limit:cost",
}

// classify names what a server made of a generated request.
func classify(status int, body []byte) string {
	var out struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	json.Unmarshal(body, &out)
	if status == 200 {
		return "answered"
	}
	if status != 400 || len(out.Errors) == 0 {
		return strconv.Itoa(status)
	}
	e := out.Errors[0]
	if l, ok := e.Extensions["limit"].(string); ok {
		return "limit:" + l
	}
	for _, c := range []struct{ in, class string }{
		{"spreads itself", "cycle"}, {"unknown fragment", "unknown fragment"}, {"variable $", "variable"}, {"Syntax Error", "syntax"},
	} {
		if strings.Contains(e.Message, c.in) {
			return c.class
		}
	}
	return "invalid"
}

// TestDocumentCorpus checks that the committed corpus of FuzzDocuments reaches every class of
// corpusClasses on a real server. With -update-corpus it draws recipes at random (from a fixed
// seed) and keeps the first two that reach each class.
func TestDocumentCorpus(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	schematest.Load(t, st, schematest.Fixture()...)
	srv, err := server.New(server.Config{Token: token, ResponseCache: -1}, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler()
	class := func(recipe []byte) string {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(generate(recipe))))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return classify(rec.Code, rec.Body.Bytes())
	}
	if *updateCorpus {
		writeCorpus(t, class)
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*"))
	reached := map[string]int{}
	for _, f := range files {
		recipe := readCorpusEntry(t, f)
		reached[class(recipe)]++
	}
	for _, c := range corpusClasses {
		if reached[c] == 0 {
			t.Errorf("no recipe of %s reaches %q (reached: %v)", corpusDir, c, reached)
		}
	}
}

// writeCorpus replaces the corpus with recipes drawn at random, two per class.
func writeCorpus(t *testing.T, class func([]byte) string) {
	rng := rand.New(rand.NewPCG(14, 2026))
	kept := map[string][][]byte{}
	missing := func() []string {
		var out []string
		for _, c := range corpusClasses {
			if len(kept[c]) < 2 {
				out = append(out, c)
			}
		}
		return out
	}
	for i := 0; i < 6000 && len(missing()) > 0; i++ {
		r := make([]byte, 4+rng.IntN(60))
		for j := range r {
			r[j] = byte(rng.UintN(256))
		}
		if c := class(r); len(kept[c]) < 2 {
			t.Logf("recipe %d: %s", i, c)
			kept[c] = append(kept[c], r)
		}
	}
	os.RemoveAll(corpusDir)
	if err := os.MkdirAll(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	var names []string
	for c, rs := range kept {
		for i, r := range rs {
			name := strings.NewReplacer(":", "-", " ", "-").Replace(c) + "-" + strconv.Itoa(i)
			names = append(names, name)
			if err := os.WriteFile(filepath.Join(corpusDir, name), []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", r)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	sort.Strings(names)
	t.Logf("wrote %d recipes: %s; none reached %v", len(names), strings.Join(names, " "), missing())
}

// readCorpusEntry reads one file of Go's fuzzing corpus format holding one []byte.
func readCorpusEntry(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, line, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	lit, ok := strings.CutPrefix(line, "[]byte(")
	lit, ok2 := strings.CutSuffix(lit, ")")
	s, err := strconv.Unquote(lit)
	if !ok || !ok2 || err != nil {
		t.Fatalf("%s: not a corpus entry of one []byte: %q", path, line)
	}
	return []byte(s)
}

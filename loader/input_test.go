package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
)

// readAll reads paths and returns the articles and the error messages.
func readAll(t *testing.T, r *Reader, paths ...string) ([]newsgraph.Article, []string) {
	t.Helper()
	var arts []newsgraph.Article
	var errs []string
	err := r.Read(context.Background(), paths, func(a newsgraph.Article, err error) error {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			errs = append(errs, err.Error())
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, errs
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content string
		want                []newsgraph.Article
		wantErrs            []string
	}{
		{"jsonl", "a.jsonl",
			`{"id":"x1","text":"Chad and Niger met.","title":"T","date":"2024-03-01","source":"AP","url":"http://e.org/1"}` + "\n\n" +
				`{"id":2,"text":"Peru spoke."}` + "\n",
			[]newsgraph.Article{
				{ID: "x1", Text: "Chad and Niger met.", Title: "T", Date: "2024-03-01", Source: "AP", URL: "http://e.org/1"},
				{ID: "2", Text: "Peru spoke."}},
			nil},
		{"json array", "b.json", `[{"id":"a","text":"One."}, {"id":"b","text":"Two."}]`,
			[]newsgraph.Article{{ID: "a", Text: "One."}, {ID: "b", Text: "Two."}}, nil},
		{"broken line is skipped with its line", "c.jsonl",
			`{"id":"ok1","text":"Fine."}` + "\n" + `{"id":"bad","text":` + "\n" + `{"id":"ok2","text":"Also fine."}` + "\n",
			[]newsgraph.Article{{ID: "ok1", Text: "Fine."}, {ID: "ok2", Text: "Also fine."}},
			[]string{"c.jsonl:2: not a JSON object"}},
		{"missing text", "d.jsonl", `{"id":"n"}` + "\n", nil, []string{`d.jsonl:1: field "text": missing`}},
		{"unknown date", "e.jsonl", `{"id":"d","text":"x","date":"last Tuesday"}` + "\n", nil,
			[]string{`e.jsonl:1: field "date": "last Tuesday" is not a date`}},
		{"impossible date", "e2.jsonl", `{"id":"d","text":"x","date":"2024-02-31"}` + "\n", nil,
			[]string{`e2.jsonl:1: field "date": "2024-02-31" is not a calendar date`}},
		{"wrong type", "f.jsonl", `{"id":"d","text":5}` + "\n", nil, []string{`f.jsonl:1: field "text": want a string`}},
		{"empty file", "g.jsonl", "", nil, []string{"g.jsonl: empty file"}},
		{"empty text file", "h.txt", "  \n", nil, []string{`h.txt: field "text": empty`}},
		{"binary", "i.txt", "abc\x00def", nil, []string{"i.txt: binary file"}},
		{"invalid utf-8 line", "j.txt", "ok\nstill ok\nbad \xff here", nil, []string{"j.txt:3: not valid UTF-8"}},
		{"text with date header and credit", "k.txt", " date 2025-05-06 Kigali said yes. (NYT)\nMore.",
			[]newsgraph.Article{{Text: " date 2025-05-06 Kigali said yes. (NYT)\nMore.", Date: "2025-05-06", Source: "NYT"}}, nil},
		{"dateline credit", "l.txt", "BEIRUT (AP) — Talks resumed.",
			[]newsgraph.Article{{Text: "BEIRUT (AP) — Talks resumed.", Source: "AP"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.content)
			got, errs := readAll(t, &Reader{}, p)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d articles %+v, want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				w := tt.want[i]
				if w.ID == "" {
					w.ID = ContentID(w.Text)
				}
				if got[i] != w {
					t.Errorf("article %d: got %+v, want %+v", i, got[i], w)
				}
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("got errors %q, want %q", errs, tt.wantErrs)
			}
			for i := range errs {
				if !strings.Contains(errs[i], tt.wantErrs[i]) {
					t.Errorf("error %d: got %q, want it to contain %q", i, errs[i], tt.wantErrs[i])
				}
			}
		})
	}
}

func TestReadDirectoryAndLimits(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/two.txt", "Second article.")
	write(t, dir, "a.jsonl", `{"id":"one","text":"First."}`+"\n")
	write(t, dir, "notes.md", "ignored")
	write(t, dir, "big.txt", strings.Repeat("word ", 300))
	got, errs := readAll(t, &Reader{MaxBytes: 1000}, dir)
	if len(got) != 2 || got[0].ID != "one" || got[1].Text != "Second article." {
		t.Errorf("got %+v, want the jsonl article then the text article", got)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "big.txt") || !strings.Contains(errs[0], "limit") {
		t.Errorf("got errors %q, want one naming big.txt and the limit", errs)
	}
	if os.Getuid() != 0 { // root reads everything
		p := write(t, dir, "c/locked.txt", "secret")
		os.Chmod(p, 0)
		_, errs = readAll(t, &Reader{}, filepath.Join(dir, "c"))
		if len(errs) != 1 || !strings.Contains(errs[0], "locked.txt") {
			t.Errorf("got errors %q, want one naming locked.txt", errs)
		}
	}
	_, errs = readAll(t, &Reader{}, filepath.Join(dir, "missing.jsonl"))
	if len(errs) != 1 || !strings.Contains(errs[0], "missing.jsonl") {
		t.Errorf("got errors %q, want one naming missing.jsonl", errs)
	}
}

func TestReadStdin(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader(`{"id":"s","text":"From stdin."}` + "\n")}
	got, errs := readAll(t, r, "-")
	if len(got) != 1 || got[0].ID != "s" || len(errs) != 0 {
		t.Errorf("got %+v %q, want the one stdin article", got, errs)
	}
	r = &Reader{Stdin: strings.NewReader("Plain text from stdin.")}
	got, _ = readAll(t, r, "-")
	if len(got) != 1 || got[0].Text != "Plain text from stdin." {
		t.Errorf("got %+v, want the text article", got)
	}
}

func TestContentIDStable(t *testing.T) {
	if a, b := ContentID("same text"), ContentID("same text"); a != b {
		t.Errorf("got %q and %q for the same text", a, b)
	}
	if a, b := ContentID("one"), ContentID("two"); a == b {
		t.Errorf("got the same id %q for different texts", a)
	}
}

func TestMaskHeaderKeepsOffsets(t *testing.T) {
	in := " date 2025-05-06 Rwanda spoke."
	got := maskHeader(in)
	if len(got) != len(in) || !strings.HasSuffix(got, "Rwanda spoke.") || strings.Contains(got, "2025") {
		t.Errorf("maskHeader(%q) = %q", in, got)
	}
}

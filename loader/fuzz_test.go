package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"newsgraph"
)

// fuzzExtractor is built once: building it loads the gazetteers.
var fuzzExtractor *Extractor

// FuzzExtract runs the whole pipeline on arbitrary text (go test -fuzz FuzzExtract ./loader) and
// checks the output contract: every offset lies in the text, in code points, and names the text
// it claims; every relation joins two entities of the output and carries its sentence; the
// output encodes as JSON.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"date 2025-05-06 Rwanda said it is in talks with the United States. (AP)",
		"Olivier J.P. Nduhungirehe, the foreign minister, met Mr. Rubio in Washington on Jan. 5.",
		"“Peru’s talks with Bolivia,” Chile said. It will not repay 290 million pounds.",
		"BEIRUT (AP) — Israel and Lebanon agreed to a ceasefire last month.\n\n\nThe U.N. refugee agency (UNHCR) said so.",
		"Georgia and Jordan. Chad. Turkey? Niger! The two countries' leaders",
	} {
		f.Add(s)
	}
	if fuzzExtractor == nil {
		fuzzExtractor = New()
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // Read refuses invalid UTF-8 before extraction
		}
		out := fuzzExtractor.Extract(newsgraph.Article{ID: "fuzz", Text: text})
		runes := []rune(text)
		ids := map[string]bool{}
		for _, e := range out.Entities {
			ids[e.ID] = true
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
					t.Fatalf("entity %s: mention [%d,%d) outside the text of %d code points", e.ID, m.Start, m.End, len(runes))
				}
				if got := string(runes[m.Start:m.End]); got != m.Text {
					t.Fatalf("entity %s: mention [%d,%d) is %q in the text, says %q", e.ID, m.Start, m.End, got, m.Text)
				}
			}
		}
		for _, r := range out.Relations {
			if !ids[r.Subject] || !ids[r.Object] {
				t.Fatalf("relation %s %s→%s joins an entity missing from the output", r.Type, r.Subject, r.Object)
			}
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End {
				t.Fatalf("relation %s: evidence [%d,%d) outside the text", r.Type, ev.Start, ev.End)
			}
		}
		if _, err := json.Marshal(out); err != nil {
			t.Fatalf("output does not encode: %v", err)
		}
	})
}

// FuzzRead feeds arbitrary bytes to the input reader as a JSON Lines file and as a text file: it
// must never panic, and every record is either an article with text or an *InputError naming the
// file.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"One.","date":"2024-01-02"}` + "\n" + `{"text":"Two."}`))
	f.Add([]byte(`[{"id":"a","text":"One."},{"id":2,"text":"Two."}]`))
	f.Add([]byte("{broken\n{\"text\":5}\n{\"text\":\"x\",\"date\":\"2024-13-40\"}\n"))
	f.Add([]byte(" date 2025-05-06 Kigali said yes. (NYT)"))
	f.Add([]byte("\xff\xfe\x00binary"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.jsonl", "in.txt"} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			err := (&Reader{MaxBytes: 1 << 16}).Read(context.Background(), []string{p}, func(a newsgraph.Article, err error) error {
				if err != nil {
					var ie *InputError
					if !errors.As(err, &ie) || ie.File != p {
						t.Fatalf("%s: error %v does not name the file", name, err)
					}
					return nil
				}
				if a.ID == "" || len(bytes.TrimSpace([]byte(a.Text))) == 0 || !utf8.ValidString(a.Text) {
					t.Fatalf("%s: accepted an article without id or valid text: %+v", name, a)
				}
				return nil
			})
			if err != nil {
				t.Fatalf("%s: Read: %v", name, err)
			}
		}
	})
}

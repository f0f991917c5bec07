package syntax

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenize checks that sentences and words cut the text exactly, in order, without
// overlaps or empty or blank words.
func FuzzTokenize(f *testing.F) {
	f.Add("Mr. Smith didn't sign the $5 million deal — “It’s over,” he said.")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range splitSentences(text) {
			if s.Start < last || s.End > len(text) || s.Start > s.End {
				t.Fatalf("sentence span %d:%d after %d", s.Start, s.End, last)
			}
			for _, w := range s.Words {
				if w.Start < last || w.End <= w.Start || w.End > s.End || w.Start < s.Start {
					t.Fatalf("word span %d:%d after %d in %d:%d", w.Start, w.End, last, s.Start, s.End)
				}
				if w.Form != text[w.Start:w.End] {
					t.Fatalf("word %q != text %q", w.Form, text[w.Start:w.End])
				}
				if utf8.ValidString(w.Form) && strings.TrimFunc(w.Form, unicode.IsSpace) != w.Form {
					t.Fatalf("word %q has spaces at its ends", w.Form)
				}
				last = w.End
			}
		}
	})
}

// FuzzParse checks that every parse of arbitrary text is a valid tree.
func FuzzParse(f *testing.F) {
	f.Add("The treaty was signed by both leaders on Jan. 5, 2024.")
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range p.ParseText(text) {
			if err := Validate(&s); err != nil {
				t.Fatalf("%q: %v", text[s.Start:s.End], err)
			}
		}
		if len(text) > 0 {
			s := p.ParseSentence(text, 0, len(text))
			if err := Validate(&s); err != nil {
				t.Fatalf("ParseSentence: %v", err)
			}
		}
	})
}

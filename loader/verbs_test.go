package loader

import (
	"strings"
	"testing"

	"newsgraph"
)

func TestInflect(t *testing.T) {
	for _, c := range []struct{ lemma, want string }{
		{"attack", "attacks attacked attacking"},
		{"apologize", "apologizes apologized apologizing"},
		{"ban", "bans banned banning"},
		{"cancel", "cancels cancelled canceled cancelling canceling"},
		{"ally", "allies allied"},
		{"meet/met/met", "meets met meeting"},
		{"push", "pushes pushed"},
	} {
		forms := " " + strings.Join(inflect(c.lemma), " ") + " "
		for _, w := range strings.Fields(c.want) {
			if !strings.Contains(forms, " "+w+" ") {
				t.Errorf("inflect(%q) = %s: missing %q", c.lemma, forms, w)
			}
		}
	}
}

// TestLexiconTypes checks that every type in the lexicon is a PLOVER type or a relation the
// contract names, so that a typo cannot slip into the graph.
func TestLexiconTypes(t *testing.T) {
	ok := func(typ string) bool {
		return typ == "" || newsgraph.IsPLOVER(typ) || typ == "PAYS" || typ == "WAR"
	}
	for form, ss := range evLex.verbs {
		for _, s := range ss {
			if !ok(s.Type) {
				t.Errorf("verb %q: type %q", form, s.Type)
			}
		}
	}
	for w, n := range evLex.nouns {
		if !ok(n.Type) {
			t.Errorf("noun %q: type %q", w, n.Type)
		}
	}
}

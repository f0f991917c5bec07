package loader

import (
	"testing"

	"newsgraph/loader/gazetteer"
)

// TestNounsOfVerbs: an event noun is made from an event verb by the English suffixes of
// nominalisation, but a noun that names a body is no act, whatever verb it comes from.
func TestNounsOfVerbs(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := newTreeLexicon(gz)
	for _, c := range []struct {
		noun  string
		event bool
	}{
		{"invasion", true}, {"deployment", true}, {"withdrawal", true}, {"seizure", true},
		{"department", false}, {"movement", false}, {"government", false}, {"organization", false},
	} {
		s, ok := l.Noun(c.noun)
		if got := ok && s.Type != ""; got != c.event {
			t.Errorf("Noun(%q): got event %v (%+v), want %v", c.noun, got, s, c.event)
		}
	}
}

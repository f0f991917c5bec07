package loader

import (
	"testing"

	"newsgraph/loader/events"
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
		{"beheading", true}, {"patrol", true}, {"compound", false}, {"chain", false}, {"import", false},
	} {
		s, ok := l.Noun(c.noun)
		if got := ok && s.Type != ""; got != c.event {
			t.Errorf("Noun(%q): got event %v (%+v), want %v", c.noun, got, s, c.event)
		}
	}
}

// TestCompoundEventNouns: a noun the own list writes with its compound is its own event ("air
// strike" FIGHT, "hunger strike" PROTEST), and the word rules, which read single words, do not
// take it.
func TestCompoundEventNouns(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := newTreeLexicon(gz)
	for noun, want := range map[string]string{"air strike": "FIGHT", "air strikes": "FIGHT", "hunger strike": "PROTEST", "strike": "PROTEST"} {
		if s, ok := l.Noun(noun); !ok || s.Type != want {
			t.Errorf("Noun(%q): got %+v %v, want %s", noun, s, ok, want)
		}
	}
	if _, ok := evLex.nouns["air_strike"]; ok {
		t.Errorf("the word rules' nouns hold %q", "air_strike")
	}
}

// TestLightVerbs: a light verb takes its event from its object noun and names none alone
// ("conducted airstrikes" is FIGHT; CAMEO's CONDUCT block default, 060, is cooperation).
func TestLightVerbs(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := newTreeLexicon(gz)
	for _, v := range []string{"conduct", "hold", "carry out"} {
		ss := l.Verb(v)
		if len(ss) == 0 || ss[0].Role != events.RoleLight {
			t.Errorf("Verb(%q): got %+v, want a light verb first", v, ss)
		}
	}
}

// TestHasTrigger: only a word that may name an event makes a sentence worth parsing; a
// reporting verb alone, "according to" and punctuation do not.
func TestHasTrigger(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := newTreeLexicon(gz)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kenya attacked Uganda.", true},
		{"Kenya imposed sanctions on Uganda.", true},
		{"Kenya, officials said, told Uganda about it.", false},
		{"According to Kenya, the weather in Uganda is good.", false},
		{"Kenya was attacked, officials in Uganda said.", true},
		{"Kenya closed its border with Uganda.", true},
		{"Kenya studied Uganda.", false},
		{"Kenya used civilians as human shields in Uganda.", true},
		{"Kenya was working with Uganda.", true},
		{"Kenya was working in Uganda.", false},
		{"Kenya kicked the envoy of Uganda out.", true},
		{"Kenya kicked the ball to Uganda.", false},
	} {
		if got := l.hasTrigger(evTokenize(c.text, 0, nil)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

package lexicon

import (
	"fmt"
	"strings"

	"newsgraph/loader/lexicon/lemma"
)

// addOwn reads one line of own.tsv, the project's own entries (README.md describes the format):
//
//	verb    VERBS                 TYPE MODE CODE  # reason
//	object  VERBS OBJECTS         TYPE MODE CODE  # reason
//	prep    VERBS PREP OBJECTS    TYPE MODE CODE  # reason
//	agent   NOUNS SECTOR-CODE                     # reason
//	broad   VERBS                                 # reason
//
// A verb entry of type "-" removes the verb's CAMEO default. A broad verb's default is one sense
// of many: NeedsObject reports it.
// VERBS, OBJECTS and NOUNS list alternatives with "|"; "-" is an empty cell. Every line needs its
// reason.
func (t *tables) addOwn(f []string) error {
	last := f[len(f)-1]
	if !strings.HasPrefix(last, "# ") || len(strings.TrimSpace(last)) < 10 {
		return fmt.Errorf("own entry without a \"# reason\" in its last field")
	}
	f = f[:len(f)-1]
	want := map[string]int{"verb": 5, "object": 6, "prep": 7, "agent": 3, "broad": 2}
	n, ok := want[f[0]]
	if !ok || len(f) != n {
		return fmt.Errorf("own entry %q: want kind verb, object, prep or agent with %d fields", f[0], n)
	}
	if f[0] == "agent" {
		for _, a := range strings.Split(f[1], "|") {
			t.ownAgents[lemma.Noun(a)] = f[2]
		}
		return nil
	}
	if f[0] == "broad" {
		for _, v := range strings.Split(f[1], "|") {
			t.broad[lemma.Clean(v)] = true
		}
		return nil
	}
	typ, mode, code := undash(f[n-3]), undash(f[n-2]), undash(f[n-1])
	if typ != "" && !IsType(typ) || typ == "" && f[0] != "verb" {
		return fmt.Errorf("own entry type %q is not one of the 18 types (or \"-\" for a verb)", typ)
	}
	preps, objects := []string{""}, "-"
	switch f[0] {
	case "object":
		objects = f[2]
	case "prep":
		preps, objects = strings.Split(f[2], "|"), f[3]
	}
	for _, v := range strings.Split(f[1], "|") {
		v = lemma.Clean(v)
		if f[0] == "verb" {
			t.ownVerbs[v] = Sense{Type: typ, Mode: mode, Code: code, Rule: "own:" + v}
			continue
		}
		for _, prep := range preps {
			prep = lemma.Clean(prep)
			for _, o := range strings.Split(objects, "|") {
				o = lemma.Noun(undash(o))
				rule := "own:" + v + " * " + o
				if f[0] == "prep" {
					rule = strings.TrimSuffix("own:"+v+" * ("+prep+" "+o, " ") + ")"
				}
				t.ownPats[patKey{v, prep, o}] = Sense{Type: typ, Mode: mode, Code: code, Rule: rule}
			}
		}
	}
	return nil
}

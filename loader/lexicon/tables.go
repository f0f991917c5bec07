package lexicon

import (
	"strings"

	"newsgraph/loader/lexicon/lemma"
)

// verbEntry is one verb of verbs.tsv.
type verbEntry struct {
	code   string // default CAMEO code, "" for none
	upper  string // the dictionary's spelling, for rules
	blocks []string
}

// patEntry is one resolved pattern key of a block (objects.tsv, preps.tsv).
type patEntry struct {
	rank       int
	code, text string
}

// codeEntry is one row of codes.tsv.
type codeEntry struct{ typ, mode string }

// tables are the parsed data files.
type tables struct {
	verbs     map[string]verbEntry
	forms     map[string]string // inflected form → verb lemma
	patterns  map[patKey]patEntry
	phrases   map[string]bool // the objects of several words that some pattern names itself (rank 0)
	codes     map[string]codeEntry
	agents    map[string]string
	ownVerbs  map[string]Sense
	ownPats   map[patKey]Sense // verb, prep, object
	ownAgents map[string]string
	broad     map[string]bool
}

// patKey is a pattern's key: a block (or, for own entries, a verb), a preposition, an object.
type patKey struct{ owner, prep, object string }

// verbKey normalises a verb: a known lemma stays; a form listed in the dictionary's {…} becomes
// its lemma; else a regular form ("signed", "easing") becomes the first of its possible bases
// that is a known verb.
func (t *tables) verbKey(s string) string {
	v := lemma.Clean(s)
	if _, ok := t.verbs[v]; ok {
		return v
	}
	if base, ok := t.forms[v]; ok {
		return base
	}
	for _, b := range lemma.VerbBases(v) {
		if _, ok := t.verbs[b]; ok {
			return b
		}
	}
	return v
}

// sense maps a CAMEO code to a Sense.
func (t *tables) sense(code, rule string) Sense {
	if code == "" {
		return Sense{Code: "---", Rule: rule}
	}
	c := t.codes[code]
	return Sense{Type: c.typ, Mode: c.mode, Code: code, Rule: rule}
}

// lookup finds verb + prep + object: the own entries first, for the object and then for its head
// word, so that an own entry about a noun covers its compounds; then the verb's CAMEO blocks, for
// the object and then its head (in each, an exact key beats the head of a longer phrase, then the
// earlier block).
func (t *tables) lookup(verb, prep, object string) (Sense, bool) {
	v := t.verbKey(verb)
	o := lemma.Noun(object)
	head := o
	if i := strings.LastIndexByte(o, ' '); i >= 0 {
		head = o[i+1:]
	}
	if s, ok := t.ownPats[patKey{v, prep, o}]; ok {
		return s, true
	}
	if s, ok := t.ownPats[patKey{v, prep, head}]; ok {
		return s, true
	}
	if s, ok := t.find(v, prep, o, 1); ok {
		return s, true
	}
	if head != o {
		// the head alone; for a phrase the dictionary knows as such ("hunger strike") only by a
		// pattern for the bare noun ("* STRIKE"), never by the head of another phrase ("* {AIR
		// STRIKE}"); an unknown phrase ("infrastructure company") may take any pattern's head
		maxRank := 1
		if t.phrases[o] {
			maxRank = 0
		}
		if s, ok := t.find(v, prep, head, maxRank); ok {
			return s, true
		}
	}
	if s, ok := t.ownPats[patKey{v, prep, "*"}]; ok && o != "" {
		return s, true // an own entry for any object: "returned six artifacts"
	}
	return Sense{}, false
}

// find looks a key up in the verb's CAMEO blocks, among the patterns of rank at most maxRank
// (0: the key is the pattern's own noun or phrase; 1: the head of a phrase).
func (t *tables) find(v, prep, o string, maxRank int) (Sense, bool) {
	e, ok := t.verbs[v]
	if !ok {
		return Sense{}, false
	}
	var best patEntry
	found := false
	for _, b := range e.blocks {
		p, ok := t.patterns[patKey{b, prep, o}]
		if ok && int(p.rank) <= maxRank && (!found || p.rank < best.rank) {
			best, found = p, true
		}
	}
	if !found {
		return Sense{}, false
	}
	return t.sense(best.code, "cameo:"+e.upper+" "+best.text), true
}

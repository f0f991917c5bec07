package entities

import (
	"strings"
	"unicode"

	"newsgraph/loader/gazetteer"
	"newsgraph/loader/syntax"
)

// Kinds of gazetteer entries.
const (
	gCountry = iota
	gOrg
	gPlace
	gTitle
)

// gazEntry is one name of one gazetteer item.
type gazEntry struct {
	kind int
	idx  int    // gazIndex into the gazetteer's Countries, Orgs or Places
	how  string // mention kind: name, alias, demonym, people, capital
	// caps holds, per token of the name, 0 (any case), 1 (capitalised) or 2 (all capitals).
	caps []uint8
	// weak marks a small town's name matched without its accents ("Tikrit" for "Tikrīt"): taken
	// only where the article names the town's country.
	weak bool
}

// trieNode is a node of the token trie of all gazetteer names.
type trieNode struct {
	next    map[string]*trieNode
	entries []gazEntry
}

// gazIndex is the token trie over every name in the gazetteer.
type gazIndex struct {
	root *trieNode
	// lowerRoot holds the names whose first word may be written in lower case ("foreign
	// minister"); a lower-case word in the text is looked up there only, a much smaller map.
	lowerRoot *trieNode
	gz        *gazetteer.Gazetteer
}

func (x *gazIndex) add(name string, e gazEntry) { x.addFolded(name, e, true) }

// addFolded indexes a name; with fold unset its accents are kept, so that only text that writes
// them matches ("Dráma" is no "drama").
func (x *gazIndex) addFolded(name string, e gazEntry, fold bool) {
	name = strings.TrimSpace(name)
	if strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ") {
		name = name[4:] // "the Kremlin" is matched as "Kremlin"
	}
	toks := tokenize(name, 0, len(name), 0, nil)
	if len(toks) == 0 {
		return
	}
	e.caps = make([]uint8, len(toks))
	x.insert(x.root, toks, e, fold)
	if !toks[0].Cap && !toks[0].Caps {
		x.insert(x.lowerRoot, toks, e, fold)
	}
	if !fold {
		return
	}
	if s := dropSoftSigns(name); s != name {
		x.addFolded(s, e, fold) // "Kramators’k" as news writes it, "Kramatorsk"
	}
}

// addCaps indexes a name that matches only written in capitals, as it is given ("PM").
func (x *gazIndex) addCaps(name string, e gazEntry) {
	toks := tokenize(name, 0, len(name), 0, nil)
	if len(toks) == 0 {
		return
	}
	e.caps = make([]uint8, len(toks))
	for i := range e.caps {
		e.caps[i] = 2
	}
	x.insert(x.root, toks, e, true)
}

// dropSoftSigns removes from name the apostrophes that transliterate a soft sign between two
// letters ("Kramators’k", "Luhans'k").
func dropSoftSigns(name string) string {
	rs := []rune(name)
	out := rs[:0:0]
	for i, r := range rs {
		if (r == '’' || r == 'ʼ' || r == 'ʹ' || r == '\'') && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLower(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func (x *gazIndex) insert(n *trieNode, toks []token, e gazEntry, fold bool) {
	for i, t := range toks {
		key := t.Lower
		if fold {
			key = foldKey(key)
		}
		if key == "" {
			key = t.Text
		}
		switch {
		case t.Caps:
			e.caps[i] = 2
		case t.Cap:
			e.caps[i] = 1
		}
		c := n.next[key]
		if c == nil {
			c = &trieNode{}
			if n.next == nil {
				n.next = map[string]*trieNode{}
			}
			n.next[key] = c
		}
		n = c
	}
	for _, old := range n.entries {
		if old.kind == e.kind && old.idx == e.idx && old.how == e.how && string(old.caps) == string(e.caps) {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// foldsToWord reports whether a word of the place name, without its accents, is a word of the
// dictionary (WordNet's single words, with some place names among them): "Dráma" is "drama",
// where "Tikrīt" and "Sinjār" fold to no word and may be matched as news writes them.
func foldsToWord(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if syntax.DictionaryWord(foldKey(w)) {
			return true
		}
	}
	return false
}

// foldMinPop is the population from which a city's name is also indexed without its accents
// (the generator's threshold for names that are also English words).
const foldMinPop = 150000

// buildIndex indexes every name of gz: the names, aliases, demonyms, peoples and capitals of
// the countries, the names and aliases of the organisations, the places (cities from minPop
// people) and the titles.
func buildIndex(gz *gazetteer.Gazetteer, minPop int) *gazIndex {
	x := &gazIndex{root: &trieNode{next: map[string]*trieNode{}}, lowerRoot: &trieNode{next: map[string]*trieNode{}}, gz: gz}
	x.addCountries(gz.Countries)
	x.addOrgs(gz.Orgs)
	x.addPlaces(gz, minPop)
	x.addTitles(gz)
	return x
}

// addCountries indexes the name, aliases, demonyms, peoples and capitals of every country of
// cs, the gazetteer's Countries.
func (x *gazIndex) addCountries(cs []gazetteer.Country) {
	for i, c := range cs {
		x.add(c.Name, gazEntry{kind: gCountry, idx: i, how: "name"})
		for _, a := range c.Aliases {
			x.add(a, gazEntry{kind: gCountry, idx: i, how: "alias"})
		}
		for _, a := range c.Demonyms {
			x.add(a, gazEntry{kind: gCountry, idx: i, how: "demonym"})
		}
		for _, a := range c.People {
			x.add(a, gazEntry{kind: gCountry, idx: i, how: "people"})
		}
		for _, a := range c.Capitals {
			x.add(a, gazEntry{kind: gCountry, idx: i, how: "capital"})
		}
	}
}

// addOrgs indexes the name and aliases of every organisation of orgs, the gazetteer's Orgs, each
// also with an Arabic article spaced apart (articleSpaced).
func (x *gazIndex) addOrgs(orgs []gazetteer.Org) {
	for i, o := range orgs {
		x.add(o.Name, gazEntry{kind: gOrg, idx: i, how: "name"})
		for _, a := range o.Aliases {
			x.add(a, gazEntry{kind: gOrg, idx: i, how: "alias"})
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if v := articleSpaced(n); v != n {
				x.add(v, gazEntry{kind: gOrg, idx: i, how: "alias"}) // "Ansar al Sharia"
			}
		}
	}
}

// addPlaces indexes the name, aliases and adjectives of the places of gz, leaving out cities
// of fewer than minPop people and names on the gazetteer's stop list; a city of an
// Arabic-speaking country also under its other spellings (addArabicVariants).
func (x *gazIndex) addPlaces(gz *gazetteer.Gazetteer, minPop int) {
	for i, p := range gz.Places {
		if p.Kind == "city" && p.Pop < minPop {
			continue
		}
		if gz.Stop[strings.ToLower(p.Name)] {
			continue
		}
		// an accent-folded name is a weaker match: only for regions and for cities of the size
		// at which the generator lets a place be named like an English word ("Gujarāt", "Herāt"
		// match "Gujarat", "Herat"; "Dráma" and "Çan" stay apart from "drama" and "can")
		fold := p.Kind != "city" || p.Pop >= foldMinPop
		x.addFolded(p.Name, gazEntry{kind: gPlace, idx: i, how: "name"}, fold)
		if !fold && foldKey(strings.ToLower(p.Name)) != strings.ToLower(p.Name) && !foldsToWord(p.Name) {
			x.addFolded(p.Name, gazEntry{kind: gPlace, idx: i, how: "name", weak: true}, true)
		}
		if p.Kind == "city" && arabicSpeaking[p.ISO3] {
			x.addArabicVariants(gz, i, fold)
		}
		for _, a := range p.Aliases {
			how := "alias"
			if strings.HasSuffix(a, ".") {
				how = "abbrev"
			}
			x.addFolded(a, gazEntry{kind: gPlace, idx: i, how: how}, fold)
		}
		for _, a := range p.Adjectives {
			x.addFolded(a, gazEntry{kind: gPlace, idx: i, how: "demonym"}, fold)
		}
	}
}

// addArabicVariants indexes as aliases of place i of gz the other spellings news gives its
// name (arabicVariants), folded as its name is (fold), leaving out those on the stop list.
func (x *gazIndex) addArabicVariants(gz *gazetteer.Gazetteer, i int, fold bool) {
	p := gz.Places[i]
	for _, v := range arabicVariants(p.Name) {
		// as the generator keeps a place named like a word only from 150,000 people
		if (p.Pop >= foldMinPop || !foldsToWord(v)) && !gz.Stop[strings.ToLower(v)] {
			x.addFolded(v, gazEntry{kind: gPlace, idx: i, how: "alias"}, fold)
			if !fold && foldKey(strings.ToLower(v)) != strings.ToLower(v) && !foldsToWord(v) {
				// a small town's spelling without accents, as for its name
				x.addFolded(v, gazEntry{kind: gPlace, idx: i, how: "alias", weak: true}, true)
			}
		}
	}
}

// addTitles indexes the titles of gz, those the gazetteer writes in capitals (TitleCaps) only
// as written so.
func (x *gazIndex) addTitles(gz *gazetteer.Gazetteer) {
	for form := range gz.Titles {
		if gz.TitleCaps[form] {
			x.addCaps(strings.ToUpper(form), gazEntry{kind: gTitle, how: "title"})
			continue
		}
		x.add(form, gazEntry{kind: gTitle, how: "title"})
	}
}

// caseOK reports whether the tokens match the capitalisation the name asks for.
func caseOK(toks []token, caps []uint8) bool {
	for i, c := range caps {
		switch c {
		case 1:
			if !toks[i].Cap {
				return false
			}
		case 2:
			if !toks[i].Caps && !(toks[i].Cap && strings.Contains(toks[i].Text, ".")) {
				return false
			}
		}
	}
	return true
}

// longest returns the end (exclusive token gazIndex) of the longest name starting at toks[i] whose
// capitalisation fits, with its entries; end == i when none.
func (x *gazIndex) longest(toks []token, i int) (int, []gazEntry) {
	return x.longestCase(toks, i, false)
}

// longestCase is longest; with anyCase it ignores capitalisation (for all-capital datelines).
func (x *gazIndex) longestCase(toks []token, i int, anyCase bool) (int, []gazEntry) {
	n := x.root
	if !toks[i].Cap {
		n = x.lowerRoot
	}
	bestEnd := i
	var best []gazEntry
	sent := toks[i].Sent
	for j := i; j < len(toks) && toks[j].Sent == sent; j++ {
		key := toks[j].Lower
		if key == "" {
			key = toks[j].Text
		}
		c := n.next[foldKey(key)]
		if c == nil {
			c = n.next[key] // a name indexed with its accents
		}
		if c == nil {
			break
		}
		n = c
		if len(n.entries) > 0 {
			var ok []gazEntry
			for _, e := range n.entries {
				if anyCase || caseOK(toks[i:j+1], e.caps) {
					ok = append(ok, e)
				}
			}
			if len(ok) > 0 {
				bestEnd, best = j+1, ok
			}
		}
	}
	return bestEnd, best
}

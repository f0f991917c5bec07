package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Relative clauses: the noun a relative pronoun stands for, as subject or as object.

// antecedent returns the noun that the relative pronoun at id stands for ("the group that
// attacked X": group), the noun its relative clause modifies, or the named subject of that noun
// where a copula makes it one ("Hungary is the only member that …"); 0 when id is no such
// pronoun.
func (c *coder) antecedent(id int) int {
	a := RelativeAntecedent(c.t, id)
	if a == 0 {
		return 0
	}
	if n := c.t.Word(a); c.timeHead(a) && n.Deprel == "appos" && n.Head > 0 {
		a = n.Head // "a drone strike Saturday in Yemen that killed …": the strike killed
	}
	if n := c.t.Word(a); strings.EqualFold(c.t.Word(id).Lemma, "who") && c.placeWord(a) && n.Deprel == "nmod" && n.Head > 0 {
		a = n.Head // "a resident of Tel Aviv who volunteered": "who" is a person, not the town
	}
	if e := c.actAbove(a); e > 0 && c.t.Word(id).Deprel == "nsubj" {
		a = e // "the attack on a U.S. outpost in Benghazi that killed Ambassador Chris Stevens"
	}
	if c.child(a, "cop") > 0 {
		if s := c.child(a, "nsubj"); s > 0 && c.t.Word(s).UPOS != "PRON" {
			// "Hungary is the only NATO member that has not ratified …": Hungary has not ("they
			// are our brothers who are fighting": a pronoun leaves the noun)
			a = s
		}
	}
	return a
}

// actAbove returns the event noun whose place or target the noun a is ("the attack on a U.S.
// outpost", "an attack on a mall in Nairobi"), up to three phrases above it, when a itself names
// no one who can act (no name, no agent or person noun): what a relative clause on such a noun
// does ("that killed 67 people"), the act did. 0 if none.
func (c *coder) actAbove(a int) int {
	for x, i := a, 0; i < 3; i++ {
		w := c.t.Word(x)
		if c.span[x] >= 0 || c.peopleNoun(x) || syntax.BaseRel(w.Deprel) != "nmod" || w.Head <= 0 {
			return 0
		}
		switch c.prep(x) {
		case "on", "in", "at", "against":
		default:
			return 0
		}
		x = w.Head
		if ns, ok := c.noun(x); ok && ns.Type != "" && syntax.ActNoun(strings.ToLower(c.t.Word(x).Lemma)) {
			return x
		}
	}
	return 0
}

// RelativeAntecedent returns the noun of t that the relative pronoun at id ("who", "which",
// "that") stands for, the one its relative clause hangs on, or 0 when id is no such pronoun.
func RelativeAntecedent(t *syntax.Tree, id int) int {
	w := t.Word(id)
	switch strings.ToLower(w.Lemma) {
	case "who", "which", "that":
		if v := w.Head; v > 0 && t.Word(v).Deprel == "acl:relcl" {
			return t.Word(v).Head
		}
	}
	return 0
}

// placeWord reports whether the word at id names only towns or areas.
func (c *coder) placeWord(id int) bool {
	return c.allPlaces(c.actorsOf(id))
}

// relativeObject returns the noun a relative clause of verb v modifies when the clause's
// object is a relative pronoun standing for it: "the sanctions, which the EU imposed on
// Belarus". Without a pronoun ("the sanctions it imposed on Belarus") the greedy parser's
// relative clauses are too often misreadings to guess the object.
func (c *coder) relativeObject(v int) int {
	w := c.t.Word(v)
	if w.Deprel != "acl:relcl" || w.Head <= 0 || w.Head > v || !nominal(c.t.Word(w.Head).UPOS) {
		return 0
	}
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "obj" && c.antecedent(ch) > 0 {
			return w.Head // "which the EU imposed"
		}
	}
	return 0
}

// clauseRelativeAuthor returns the subject of the clause that a relative clause of verb v
// stands on when the clause's object "which", after a comma, stands for that whole clause ("The
// ELN has carried out kidnappings during the truce, which President Gustavo Petro condemned":
// what he condemned is the ELN's act, so the ELN), or 0. UD hangs such a clause on the verb
// (advcl:relcl); a verb of denial hung on a noun that names no claim denies the main clause.
func (c *coder) clauseRelativeAuthor(v int) int {
	w := c.t.Word(v)
	if w.Head <= 0 || w.Head > v {
		return 0
	}
	head := w.Head
	switch {
	case w.Deprel == "advcl:relcl" && c.t.Word(head).UPOS == "VERB":
	case w.Deprel == "acl:relcl" && denyVerbs[strings.ToLower(w.Lemma)] && !c.claimNoun(head):
		// "accused China of supplying Russia with components for weapons, which Beijing
		// rejected": one rejects or denies what was said, not the weapons the parser hung
		// the clause on; the clause is the sentence's main one
		head = c.rootVerb()
		if head == 0 {
			return 0
		}
	default:
		return 0
	}
	for _, ch := range c.t.Children(v) {
		if cw := c.t.Word(ch); cw.Deprel == "obj" && strings.EqualFold(cw.Lemma, "which") && ch > 1 && c.t.Word(ch-1).Form == "," {
			return c.child(head, "nsubj")
		}
	}
	return 0
}

// rootVerb returns the ID of the sentence's root when it is a verb, or 0.
func (c *coder) rootVerb() int {
	for id := 1; id <= len(c.t.S.Words); id++ {
		if w := c.t.Word(id); w.Head == 0 && w.UPOS == "VERB" {
			return id
		}
	}
	return 0
}

// nominal reports whether a UPOS heads a noun phrase.
func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

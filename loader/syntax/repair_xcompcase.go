package syntax

import "strings"

// casedComplements makes a noun the parser hung on a verb as xcomp with a preposition as its
// case an oblique: in "Turkey opened its borders to such a large number of Syrians" it made
// "number" an xcomp, so the recipients were no argument. A nominal xcomp is a predicate with no
// preposition ("elected him president") unless "be" links it ("to be in a world of hurt"); a noun
// with one and no copula is an oblique (UD), unless it is a bare verb form the tagger misread
// after "to" (bareVerbForm).
func casedComplements(s *Sentence) {
	ws := s.Words
	for i := range ws {
		n := &ws[i]
		if n.Deprel == "xcomp" && nominal[n.UPOS] && prepositionOn(ws, n.ID) && !hasChild(ws, n.ID, "cop") && !bareVerbForm(ws, n) {
			n.Deprel = "obl"
		}
	}
}

// bareVerbForm reports whether the noun n has no determiner or modifier and its form is a verb
// the dictionary lists: after "to" it is an infinitive the tagger misread ("want to position this
// service", "had to audition"), not a noun ("rose to fame", "went to hospital").
func bareVerbForm(ws []Word, n *Word) bool {
	if n.UPOS != "NOUN" || !DictionaryVerb(strings.ToLower(n.Form)) {
		return false
	}
	for _, r := range []string{"det", "amod", "nmod:poss", "compound", "nummod"} {
		if hasChild(ws, n.ID, r) {
			return false
		}
	}
	return true
}

package syntax

// casedComplements makes a noun the parser hung on a verb as xcomp with a preposition as its
// case an oblique: in "Turkey opened its borders to such a large number of Syrians" it made
// "number" an xcomp, so the recipients were no argument. A nominal xcomp is a predicate with no
// preposition ("elected him president") unless "be" links it ("to be in a world of hurt"); a noun
// with one and no copula is an oblique (UD).
func casedComplements(s *Sentence) {
	ws := s.Words
	for i := range ws {
		n := &ws[i]
		if n.Deprel == "xcomp" && nominal[n.UPOS] && prepositionOn(ws, n.ID) && !hasChild(ws, n.ID, "cop") {
			n.Deprel = "obl"
		}
	}
}

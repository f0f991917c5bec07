package syntax

// prepositionHeads gives a prepositional phrase whose preposition the parser made its head back
// its noun: in "Kosovo has awarded the Freedom Order to former U.S. President Bill Clinton" it
// hung "to" on "Order" as nmod with "former" and "Bill" under it, so the phrase had no noun and
// the award no recipient. UD hangs a preposition on its noun as case and never gives it
// dependents of its own but fixed expressions. Where a preposition (ADP) bears an nmod or obl
// relation and has a noun, name or pronoun after it among its dependents with no case of its own
// (or under an adjective it has: "to former … Bill Clinton"), that noun takes the preposition's place and relation, the preposition becomes its case, and the
// preposition's other dependents go to the noun.
func prepositionHeads(s *Sentence) {
	ws := s.Words
	for i := range ws {
		p := &ws[i]
		if p.UPOS != "ADP" || p.Deprel != "nmod" && p.Deprel != "obl" {
			continue
		}
		n := phraseNoun(ws, p.ID)
		if n == 0 {
			for j := p.ID + 1; j <= len(ws) && n == 0; j++ {
				// "to former U.S. President Bill Clinton": the name hung on the adjective
				if a := &ws[j-1]; a.Head == p.ID && a.UPOS == "ADJ" {
					if n = phraseNoun(ws, j); n > 0 {
						a.Head, a.Deprel = n, "amod"
					}
				}
			}
		}
		if n == 0 {
			continue
		}
		for j := range ws {
			if ws[j].Head == p.ID && j+1 != n && ws[j].Deprel != "fixed" {
				ws[j].Head = n
			}
		}
		ws[n-1].Head, ws[n-1].Deprel = p.Head, p.Deprel
		p.Head, p.Deprel = n, "case"
	}
}

// phraseNoun returns the first noun, name or pronoun after word h hung on it with no case of its
// own, or 0.
func phraseNoun(ws []Word, h int) int {
	for j := h + 1; j <= len(ws); j++ {
		if w := &ws[j-1]; w.Head == h && (nominal[w.UPOS] || w.UPOS == "PRON") && !hasChild(ws, j, "case") {
			return j
		}
	}
	return 0
}

package syntax

// coordinatedModifiers makes a noun the parser hung on another as a modifier with no preposition
// (nmod with no case), where its phrase opens with a coordinating conjunction, a conjunct of that
// noun: in "drawing condemnation from Japan and South Korea" it made "Korea" an nmod of "Japan"
// and "and" the cc of "South", so South Korea condemned nothing. A phrase that "and" or "or"
// opens is a conjunct (conj), the conjunction its cc.
func coordinatedModifiers(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if x.Deprel != "nmod" || x.Head <= 0 || x.Head > x.ID || (x.UPOS != "NOUN" && x.UPOS != "PROPN") || hasChild(ws, x.ID, "case") {
			continue
		}
		first := i
		for first > 0 && inSubtree(ws, ws[first-1].ID, x.ID) {
			first--
		}
		c := &ws[first]
		if c.UPOS != "CCONJ" || first == i || ws[first+1].UPOS != "PROPN" && ws[first+1].UPOS != "NOUN" && ws[first+1].UPOS != "DET" && ws[first+1].UPOS != "ADJ" {
			continue
		}
		x.Deprel = "conj"
		c.Head, c.Deprel = x.ID, "cc"
	}
}

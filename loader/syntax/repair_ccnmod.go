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

// nameConjuncts makes a name the parser coordinated with a common noun a conjunct of the name
// that ends right before its conjunction, where that name lies in the noun's phrase: in "agreed
// to a ceasefire brokered by Saudi Arabia and the United States" it made "States" a conjunct of
// "ceasefire", so the United States agreed with the two. Conjuncts are of one kind, and the name
// closer to "and" is the nearer one; not a name that names the noun itself ("its private island
// Coco Cay and Labadee": an apposition), only one that is an argument in its phrase, and not the
// noun's own earlier conjunct ("Page, Jones and Bonham").
func nameConjuncts(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if x.Deprel != "conj" || x.UPOS != "PROPN" || x.Head <= 0 || x.Head > x.ID || ws[x.Head-1].UPOS != "NOUN" {
			continue
		}
		first := spanStart(ws, x.ID)
		if first < 2 || ws[first-1].UPOS != "CCONJ" || ws[first-1].Head != x.ID {
			continue
		}
		p := first - 1 // the word before the conjunction, by ID
		for p > 0 && ws[p-1].UPOS == "PROPN" && nameParts[ws[p-1].Deprel] && ws[p-1].Head > p {
			p = ws[p-1].Head // the name's head when its last word is part of it
		}
		if p < 1 || p == x.Head || ws[p-1].UPOS != "PROPN" || !argumentRel[BaseRel(ws[p-1].Deprel)] {
			continue
		}
		if ws[p-1].Head == x.Head && ws[p-1].Deprel == "conj" || !inSubtree(ws, p, x.Head) || spanEnd(ws, p) != first-1 {
			continue // the noun's own earlier conjunct, or a name outside its phrase
		}
		x.Head = p
	}
}

// argumentRel are the relations of a name that is an argument or modifier of its own in a phrase.
var argumentRel = setOf("obl", "nmod", "obj", "iobj", "nsubj", "conj")

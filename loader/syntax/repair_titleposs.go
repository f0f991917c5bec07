package syntax

// possessedAfterTitles gives a noun phrase whose possessor is a titled name back its head: in
// "Prime Minister Nikol Pashinian's government resign" the parser made the title "Minister" the
// subject and "government" an nmod of it with no preposition, so the clause's subject was the
// title and Pashinian's government no party. A noun hung as nmod, with no case of its own, on a
// word before it whose possessor (nmod:poss, with its "'s") stands between them is the phrase's
// head: it takes the word's place and relation, and the word, a title before the possessor's
// name (titleNoun: "Minister", "dictator", "founder"), becomes that name's nmod:desc, as EWT
// hangs "President Chen"; only where the title is an argument (subject, object, oblique, nmod)
// or the root.
func possessedAfterTitles(s *Sentence) {
	ws := s.Words
	for i := range ws {
		n := &ws[i]
		if n.Deprel != "nmod" || !nominal[n.UPOS] || n.Head == 0 || n.Head > n.ID || hasChild(ws, n.ID, "case") {
			continue
		}
		t := &ws[n.Head-1]
		p := 0 // the possessor, between the title and the noun
		for j := t.ID + 1; j < n.ID; j++ {
			if ws[j-1].Head == n.ID && ws[j-1].Deprel == "nmod:poss" && ws[j-1].UPOS == "PROPN" {
				p = j
			}
		}
		if p == 0 || !nominal[t.UPOS] || !titleNoun(t) || !argumentRels[t.Deprel] && t.Deprel != "root" || t.ID+1 != firstOf(ws, p) ||
			prepositionOn(ws, p) {
			continue // "an active member of al-Qaeda's affiliate": "of" opens al-Qaeda's phrase
		}
		n.Head, n.Deprel = t.Head, t.Deprel
		t.Head, t.Deprel = p, "nmod:desc"
		for j := range ws {
			// the title's preposition and its dependents after it go with the noun
			if ws[j].Head == t.ID && (j+1 > t.ID && j+1 != p || ws[j].Deprel == "case") {
				ws[j].Head = n.ID
			}
		}
	}
}

// firstOf returns the first word of the phrase headed by h among the words right before it.
func firstOf(ws []Word, h int) int {
	first := h
	for first > 1 && ws[first-2].Head == h {
		first--
	}
	return first
}

// prepositionOn reports whether the word h has a preposition (an ADP case) among its dependents.
func prepositionOn(ws []Word, h int) bool {
	for j := range ws {
		if ws[j].Head == h && ws[j].Deprel == "case" && ws[j].UPOS == "ADP" {
			return true
		}
	}
	return false
}

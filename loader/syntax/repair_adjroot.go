package syntax

// adjectiveRoots gives a sentence back its verb where the parser rooted it in the adjective that
// opens it: "Iraqi Prime Minister Adel Abdul Mahdi and his Jordanian counterpart, Omar al-Razza,
// signed 14 economic agreements" had "Iraqi" the root, the name its object and "signed" a
// conjunct of the second name, so no one signed. Where the root is the sentence's first word, an
// adjective with no subject or copula of its own, its first dependent a noun phrase
// that follows it directly, and a verb with a tense of its own and no subject or subordinator
// lies under it after that phrase, the verb becomes the root, the phrase its subject and the
// adjective a modifier of the phrase's title ("Minister") or head; the root's other dependents
// go to the verb. titleDemonyms mends the same misreading where the verb hangs on the adjective
// and the name is already its subject.
func adjectiveRoots(s *Sentence) {
	ws := s.Words
	if len(ws) < 4 {
		return
	}
	r := &ws[0]
	if r.Head != 0 || r.UPOS != "ADJ" || hasSubject(ws, r.ID) || hasChild(ws, r.ID, "cop") {
		return
	}
	h := 0 // the head of the noun phrase right after the adjective
	for j := 2; j <= len(ws) && h == 0; j++ {
		if w := &ws[j-1]; w.Head == r.ID {
			if !nominal[w.UPOS] {
				return
			}
			h = j
		}
	}
	for j := 2; j < h; j++ {
		if !inSubtree(ws, j, h) {
			return
		}
	}
	v := 0
	for j := h + 1; j <= len(ws); j++ {
		w := &ws[j-1]
		if w.UPOS == "VERB" && ownTense(ws, w) && inSubtree(ws, j, r.ID) {
			if hasSubject(ws, j) || hasChild(ws, j, "mark") {
				return
			}
			v = j
			break
		}
	}
	if h == 0 || v == 0 {
		return
	}
	for j := range ws {
		if ws[j].Head == r.ID && j+1 != h {
			ws[j].Head = v
		}
	}
	mod := h
	for j := 2; j < h; j++ {
		if ws[j-1].Head == h && ws[j-1].Deprel == "nmod:desc" {
			mod = j
			break
		}
	}
	ws[v-1].Head, ws[v-1].Deprel = 0, "root"
	ws[h-1].Head, ws[h-1].Deprel = v, "nsubj"
	r.Head, r.Deprel = mod, "amod"
}
